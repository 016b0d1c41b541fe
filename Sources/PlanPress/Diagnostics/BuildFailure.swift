/// Thrown when a build stops on content errors; carries every diagnostic found so far.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var stage: String
    public var diagnostics: [Diagnostic]

    public init(stage: String, diagnostics: [Diagnostic]) {
        self.stage = stage
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        let count = errors.count
        return "\(stage) failed with \(count) error\(count == 1 ? "" : "s")"
    }
}
