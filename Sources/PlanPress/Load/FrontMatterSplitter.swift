/// Splits a Markdown file into its YAML front matter and its body.
///
/// Front matter sits between a first line `---` and the next line `---`. The scan works on UTF-8 bytes: it runs
/// for every content file of the site.
enum FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The file line the YAML text starts on.
        var yamlFirstLine: Int
        var body: MarkdownSource
    }

    static func split(_ file: SourceFile, into log: inout DiagnosticLog) -> Parts? {
        let bytes = file.text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A)
            let lineEnd = newline ?? bytes.endIndex
            let isFence = isFenceLine(bytes[lineStart..<lineEnd])
            if lineNumber == 1 {
                guard isFence else { break }
                yamlStart = newline.map(bytes.index(after:)) ?? bytes.endIndex
            } else if isFence, let yamlStart {
                // The YAML keeps its last line's newline out, as the body keeps the fence's.
                let yamlEnd = lineStart > yamlStart ? bytes.index(before: lineStart) : yamlStart
                let bodyStart = newline.map(bytes.index(after:)) ?? bytes.endIndex
                return Parts(
                    yaml: String(file.text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                    body: MarkdownSource(markdown: file.text[bodyStart...], firstLine: lineNumber + 1))
            }
            guard let newline else { break }
            lineStart = bytes.index(after: newline)
            lineNumber += 1
        }
        if yamlStart == nil {
            log.error(
                at: SourceLocation(path: file.path), "missing front matter",
                hint: "start the file with a line '---', the fields (title: …), then another line '---'")
        } else {
            log.error(
                at: SourceLocation(path: file.path), "front matter opened with '---' on line 1 is never closed",
                hint: "add a line '---' after the last front matter field")
        }
        return nil
    }

    /// `---`, with any spaces or tabs around it.
    private static func isFenceLine(_ line: Substring.UTF8View) -> Bool {
        var dashes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"):
                dashes += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if dashes != 0 && dashes != 3 { return false }
            default:
                return false
            }
        }
        return dashes == 3
    }
}
