/// Splits a Markdown file into its YAML front matter and its body.
///
/// Front matter sits between a first line `---` and the next line `---`.
enum FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The file line the YAML text starts on.
        var yamlFirstLine: Int
        var body: MarkdownSource
    }

    static func split(_ file: SourceFile, into log: inout DiagnosticLog) -> Parts? {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            log.error(
                at: SourceLocation(path: file.path), "missing front matter",
                hint: "start the file with a line '---', the fields (title: …), then another line '---'")
            return nil
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else {
            log.error(
                at: SourceLocation(path: file.path), "front matter opened with '---' on line 1 is never closed",
                hint: "add a line '---' after the last front matter field")
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return Parts(yaml: yaml, yamlFirstLine: 2, body: MarkdownSource(text: body, firstLine: close + 2))
    }
}
