/// One problem found in the content: where it is, what is wrong and how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Errors stop the build; warnings are listed and fail it only with `--strict`.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// The offending source line, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String,
        hint: String? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `path:line:col: error: message`, the form editors and CI logs link to.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
