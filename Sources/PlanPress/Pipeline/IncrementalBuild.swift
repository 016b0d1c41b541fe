import Foundation

/// The preview's builder: keeps parsed files and the last output in memory between rebuilds.
///
/// An edit to news items re-renders only the pages that show news (the items, lists, tags, feeds, home and the
/// pages of the tasks and indicators they name); any other change re-renders everything.
public struct IncrementalBuild {
    /// What one rebuild did.
    public struct Outcome: Sendable {
        /// Pages whose template ran this time.
        public var renderedPages: Int
        public var partial: Bool
        public var warnings: [Diagnostic]
        public var seconds: Double
        /// Each stage's name and seconds, in order.
        public var stageTimes: [(String, Double)] = []
    }

    public let options: BuildOptions
    private var cache = LoadCache()
    private var previous: [ResolvedSite]?
    /// The files changed since the last good build; nil when that is not known (a failed rebuild of everything).
    private var unsettled: Set<String>? = []
    /// The last build's map of pages per edition, re-used while no story moves.
    private var editionMap: EditionMap?
    /// The last good build's warnings.
    private var warnings: [Diagnostic] = []
    /// The whole site as the last good build left it: path → bytes, static assets included.
    public private(set) var files: [String: Data] = [:]

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Rebuilds after changes to `changed` (paths relative to the site folder); nil means "anything".
    /// On a content error it throws `BuildFailure` and keeps the last good files.
    public mutating func rebuild(changed: Set<String>? = nil) throws -> Outcome {
        // Files in content/ that PlanPress does not read (an editor's temporary and swap files) change nothing.
        let read = changed.map { $0.filter { !$0.hasPrefix("content/") || LoadStage.mayBeContent($0) } }
        if let read, read.isEmpty, previous != nil, unsettled == [] {
            return Outcome(renderedPages: 0, partial: true, warnings: warnings, seconds: 0)
        }
        // Files changed since the last good build count as changed again: a failed rebuild kept none of them.
        let changed = unsettled.flatMap { unsettled in read.map { $0.union(unsettled) } }
        do {
            let outcome = try rebuildOnce(changed: changed)
            unsettled = []
            return outcome
        } catch {
            unsettled = changed
            throw error
        }
    }

    private mutating func rebuildOnce(changed: Set<String>?) throws -> Outcome {
        let start = Date()
        let times = StageTimes()
        let newsOnly = changed.map { !$0.isEmpty && $0.allSatisfy { $0.hasPrefix("content/news/") } } ?? false
        let (sites, theme, diagnostics) = try Pipeline.check(
            options, cache: &cache, changed: changed, newsOnlySince: newsOnly ? previous ?? [] : [], observe: times.record)
        let renderStart = Date()
        let scope: RenderScope = if newsOnly, let previous, !files.isEmpty {
            .news(edited: changed ?? [], before: previous, after: sites)
        } else {
            .all
        }
        let map = (scope.keepsPages ? editionMap : nil) ?? RenderStage.editionMap(sites, theme: theme)
        let rendered: [RenderedFile]
        do {
            rendered = try RenderStage.run(sites, theme: theme, scope: scope, editions: map)
        } catch {
            throw BuildFailure(stage: "render", diagnostics: [.error(at: SourceLocation(path: "themes/\(theme.name)/templates"), error.description)])
        }
        if !scope.isPartial {
            var all: [String: Data] = [:]
            for folder in [theme.staticFolder, options.source.appendingPathComponent("static")] {
                for (path, data) in Self.readFolder(folder) { all[path] = data }
            }
            files = all
        }
        for path in scope.removedFiles { files[path] = nil }
        for file in rendered { files[file.path] = Data(file.bytes) }
        previous = sites
        editionMap = map
        times.record("render", Date().timeIntervalSince(renderStart))
        warnings = diagnostics.filter { $0.severity == .warning }
        return Outcome(
            renderedPages: rendered.filter { $0.kind != nil }.count, partial: scope.isPartial, warnings: warnings,
            seconds: Date().timeIntervalSince(start), stageTimes: times.all)
    }

    /// The static files of `folder` with their bytes, for serving from memory.
    static func readFolder(_ folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        for (relative, file) in StaticFiles.list(folder) {
            if let data = FileManager.default.contents(atPath: file.path) { out[relative] = data }
        }
        return out
    }
}

/// Stage times as the pipeline reports them.
private final class StageTimes: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [(String, Double)] = []

    func record(_ stage: String, _ seconds: Double) { lock.withLock { times.append((stage, seconds)) } }
    var all: [(String, Double)] { lock.withLock { times } }
}
