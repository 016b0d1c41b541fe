import Foundation
import PlanPress

/// The preview's current site in memory: the last good build, the error of a failed rebuild, and a version
/// that every rebuild raises, so open pages know when to reload.
public actor PreviewState {
    private var builder: IncrementalBuild
    public private(set) var files: [String: Data] = [:]
    public private(set) var version = 0
    /// Set while the content has an error; the last good files stay served.
    public private(set) var failure: BuildFailure? {
        didSet { overlay = failure.map(LiveReload.errorBox) }
    }
    /// The error box shown over every page while `failure` is set, made once per failed rebuild.
    public private(set) var overlay: String?
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]

    public init(options: BuildOptions) {
        builder = IncrementalBuild(options: options)
    }

    /// Rebuilds after `changed` paths and tells every open page to reload; returns a line for the log.
    @discardableResult
    public func rebuild(changed: Set<String>? = nil) -> String {
        let line: String
        let failedBefore = failure != nil
        var changedNothing = false
        // Let go of the files while the builder updates them, so that they are changed in place, not copied;
        // no request can come in between (this is an actor).
        files = [:]
        do {
            let outcome = try builder.rebuild(changed: changed)
            failure = nil
            // A partial rebuild that rendered nothing (an editor's swap file, a draft left out) reloads no page.
            changedNothing = outcome.partial && outcome.renderedPages == 0 && !failedBefore
            let what = outcome.partial ? "partial" : "full"
            let stages = outcome.stageTimes.map { "\($0.0) \(Int($0.1 * 1000))" }.joined(separator: ", ")
            line = "rebuilt (\(what)): \(outcome.renderedPages) pages rendered in \(Int(outcome.seconds * 1000)) ms (\(stages))"
        } catch let error as BuildFailure {
            failure = error
            line = LiveReload.errorText(error)
        } catch {
            failure = BuildFailure(stage: "build", diagnostics: [.error(at: SourceLocation(path: "."), "\(error)")])
            line = "error: \(error)"
        }
        files = builder.files
        guard !changedNothing else { return line }
        version += 1
        for continuation in listeners.values { continuation.yield(version) }
        return line
    }

    /// A stream of versions, one per rebuild, for a page's live reload connection.
    public func subscribe() -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return stream
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }

    /// Ends every live reload stream, so the server can stop.
    public func finish() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }
}
