/// YAML text composed into a node tree (`YAMLComposer`), with positions mapped to the file it came from.
struct YAMLDocument {
    var path: String
    /// The file line of the YAML text's first line.
    var firstLine: Int
    var root: YAMLNode?

    /// Parses YAML; a syntax error becomes a diagnostic at its position in the file.
    static func parse(_ yaml: String, path: String, firstLine: Int, into log: inout DiagnosticLog) -> YAMLDocument? {
        switch YAMLComposer.compose(yaml) {
        case let .failure(error):
            log.append(diagnostic(for: error, path: path, firstLine: firstLine))
            return nil
        case let .success(root):
            if let root, root.size > nodeBudget {
                log.error(
                    at: SourceLocation(path: path, line: firstLine),
                    "YAML expands to more than \(nodeBudget) values (anchors and aliases nested in each other?)",
                    hint: "write the values out; front matter needs no anchors (&) or aliases (*)")
                return nil
            }
            return YAMLDocument(path: path, firstLine: firstLine, root: root)
        }
    }

    /// More values than any real front matter holds; a YAML alias bomb reaches it at once.
    static let nodeBudget = 100_000

    /// The file position of a node.
    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.mark.line + firstLine - 1, column: node.mark.column)
    }

    private static func diagnostic(for error: YAMLSyntaxError, path: String, firstLine: Int) -> Diagnostic {
        let hint = error.hint ?? "check indentation, and put quotes around values that contain ': ' or start with a special character"
        let reason = [error.context, error.problem].compactMap { $0?.split(separator: "\n").first.map(String.init) }
            .filter { !$0.isEmpty }.joined(separator: ", ")
        guard let mark = error.mark else {
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid YAML: \(reason)", hint: hint)
        }
        let location = SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
        return .error(at: location, "invalid YAML: \(reason)", hint: hint)
    }
}
