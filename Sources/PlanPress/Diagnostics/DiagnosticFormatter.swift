/// Renders diagnostics for a terminal: the located message, the source line with a caret, then the hint.
public enum DiagnosticFormatter {
    public static func format(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.description]
        if let source = diagnostic.sourceLine {
            let caretPad = String(repeating: " ", count: max(0, diagnostic.location.column - 1))
            lines.append("    \(source)")
            lines.append("    \(caretPad)^")
        }
        if let hint = diagnostic.hint {
            lines.append("  hint: \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    public static func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }
}
