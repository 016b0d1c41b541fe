import Yams

/// YAML text parsed by Yams into a node tree, with positions mapped to the file it came from.
struct YAMLDocument {
    var path: String
    /// The file line of the YAML text's first line.
    var firstLine: Int
    var root: Node?

    /// Parses YAML; a syntax error becomes a diagnostic at its position in the file.
    static func parse(_ yaml: String, path: String, firstLine: Int, into log: inout DiagnosticLog) -> YAMLDocument? {
        do {
            // FieldReader reads every scalar's text itself, so no tag is resolved (the default resolver runs regular
            // expressions on every value).
            let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            if let root, !fitsBudget(root) {
                log.error(
                    at: SourceLocation(path: path, line: firstLine),
                    "YAML expands to more than \(nodeBudget) values (anchors and aliases nested in each other?)",
                    hint: "write the values out; front matter needs no anchors (&) or aliases (*)")
                return nil
            }
            return YAMLDocument(path: path, firstLine: firstLine, root: root)
        } catch let error as YamlError {
            log.append(diagnostic(for: error, path: path, firstLine: firstLine))
            return nil
        } catch {
            log.error(at: SourceLocation(path: path, line: firstLine), "cannot parse YAML: \(error)")
            return nil
        }
    }

    /// More values than any real front matter holds; a YAML alias bomb reaches it at once.
    static let nodeBudget = 100_000

    /// Counts nodes as aliases expand them, stopping as soon as the budget is spent.
    private static func fitsBudget(_ root: Node) -> Bool {
        var remaining = nodeBudget
        var stack = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping { stack += [key, value] }
            case let .sequence(sequence):
                stack += Array(sequence)
            case .scalar, .alias:
                continue
            }
        }
        return true
    }

    /// The file position of a node.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        let hint = "check indentation, and put quotes around values that contain ': ' or start with a special character"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let location = SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
            let reason = [context?.text, problem].compactMap { $0?.split(separator: "\n").first.map(String.init) }
                .filter { !$0.isEmpty }.joined(separator: ", ")
            return .error(at: location, "invalid YAML: \(reason)", hint: hint)
        case let .reader(problem, _, _, _):
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid YAML: \(problem)", hint: hint)
        default:
            return .error(at: SourceLocation(path: path, line: firstLine), "invalid YAML: \(error)", hint: hint)
        }
    }
}
