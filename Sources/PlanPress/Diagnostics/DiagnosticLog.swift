/// Collects every diagnostic of a build, so that all problems are reported together.
public struct DiagnosticLog: Sendable {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        entries.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        entries.append(contentsOf: other)
    }

    public mutating func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        entries.append(.error(at: location, message, hint: hint))
    }

    public mutating func warning(at location: SourceLocation, _ message: String, hint: String? = nil) {
        entries.append(.warning(at: location, message, hint: hint))
    }

    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { entries.filter { $0.severity == .warning } }
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// Entries in file order, so output reads top to bottom per file.
    public var sorted: [Diagnostic] {
        entries.sorted {
            ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column)
        }
    }

    /// A file or folder the build could not read, named with the system's reason: skipping it would publish the
    /// site without it.
    mutating func unreadable(_ path: String, reason: String, folder: Bool = false) {
        error(
            at: SourceLocation(path: path), "cannot read \(path): \(reason)",
            hint: folder ? "make it readable (chmod a+r, and a+x for a folder) or move it away" : "make it readable (chmod a+r) or remove it")
    }
}
