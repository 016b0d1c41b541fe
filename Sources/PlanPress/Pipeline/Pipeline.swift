import Foundation

/// The build: load → validate → resolve → render → write, each a named stage with one entry point.
///
/// `check` is the same pipeline stopped after resolve, so checking and building can never disagree.
public enum Pipeline {
    /// Called as each stage finishes, with its name and duration, for progress output.
    public typealias StageObserver = @Sendable (_ stage: String, _ seconds: Double) -> Void

    /// Runs load, validate and resolve; throws every content error found, together.
    public static func check(_ options: BuildOptions, observe: StageObserver? = nil) throws -> ([ResolvedSite], Theme, [Diagnostic]) {
        var cache = LoadCache()
        return try check(options, cache: &cache, observe: observe)
    }

    /// `check` re-using the files `cache` holds from an earlier run (the preview's rebuilds). `changed` names the
    /// files changed since (nil: look at every file); `newsOnlySince` is the earlier run's result when only news
    /// changed, whose plan figures are then re-used, and which is patched when the edit moves no story.
    public static func check(
        _ options: BuildOptions, cache: inout LoadCache, changed: Set<String>? = nil,
        newsOnlySince previous: [ResolvedSite] = [], observe: StageObserver? = nil
    ) throws -> ([ResolvedSite], Theme, [Diagnostic]) {
        var timer = StageTimer(observe: observe)
        return try check(options, cache: &cache, changed: changed, newsOnlySince: previous, timer: &timer)
    }

    static func check(
        _ options: BuildOptions, cache: inout LoadCache, changed: Set<String>?, newsOnlySince previous: [ResolvedSite],
        timer: inout StageTimer
    ) throws -> ([ResolvedSite], Theme, [Diagnostic]) {
        var log = DiagnosticLog()

        var patch = NewsEditPatch.Outcome.notApplicable
        if let changed, !changed.isEmpty {
            patch = timer.measure("load") { NewsEditPatch.apply(changed, sourceRoot: options.source, cache: &cache, log: &log) }
        }
        let validated: (ContentStore, Theme)?
        switch patch {
        case let .patched(store):
            validated = store.flatMap { store in cache.theme.map { (store, $0) } }
        case .notApplicable:
            let themeUnchanged = changed.map { !$0.contains { $0.hasPrefix("themes/") || $0 == LoadStage.configPath } } ?? false
            // The theme loads on another core while the content loads; a rebuild that changed neither reuses it.
            let preload = themeUnchanged && cache.theme != nil ? nil : ThemePreload(source: options.source)
            let loaded = timer.measure("load") { LoadStage.run(sourceRoot: options.source, cache: &cache, changed: changed, log: &log) }
            validated = timer.measure("validate") { () -> (ContentStore, Theme)? in
                cache.checked = nil
                guard var store = ValidateStage.run(loaded, cache: &cache.decoded, log: &log) else { return nil }
                if let override = options.baseURL {
                    guard let base = BaseURL(override) else {
                        log.error(at: SourceLocation(path: "--base-url"), "'\(override)' is not an http(s) URL or a path")
                        return nil
                    }
                    store.config.baseURL = base
                }
                var preloaded: Theme?
                if let (theme, diagnostics) = preload?.theme(for: store.config) {
                    log.append(contentsOf: diagnostics)
                    preloaded = theme
                    if theme == nil { return nil }
                }
                guard
                    var theme = (themeUnchanged ? cache.theme : nil) ?? preloaded
                        ?? ThemeLoader.load(named: store.config.theme, in: options.source, languages: store.config.languages, log: &log)
                else { return nil }
                theme.rendersWithReference = options.referenceTemplates
                cache.theme = theme
                for page in store.pages where !theme.hasTemplate(page.layout) {
                    log.error(
                        at: page.origin.location(of: "layout"), "unknown template '\(page.layout)' for this page",
                        hint: "use a template of themes/\(theme.name)/templates, e.g. 'layout: page' or 'layout: feedback'")
                }
                guard !log.hasErrors else { return nil }
                cache.checked = NewsEditPatch.Checked(store: store, diagnostics: log.entries)
                return (store, theme)
            }
            cache.configSource = loaded.configSource
            // The cache holds the same files; letting go of this list released each file's fields on one core.
            if options.keepsContentUntilExit { ContentLifetime.keepUntilExit(loaded) }
        }
        let resolved = timer.measure("resolve") { () -> [ResolvedSite] in
            guard let (store, theme) = validated else { return [] }
            let resolveOptions = ResolveStage.Options(
                includeDrafts: options.includeDrafts, includeFuture: options.includeFuture, today: options.today,
                unchangedPlanFrom: previous)
            if case .patched = patch, let changed,
                let sites = ResolvePatch.apply(
                    changed, to: previous, store: store, options: resolveOptions, sourceRoot: options.source, log: &log)
            {
                return sites
            }
            AssetCheck.run(store, sourceRoot: options.source, log: &log)
            StaticFiles.check(
                [(theme.staticFolder, "themes/\(theme.name)/static"), (options.source.appendingPathComponent("static"), "static")],
                log: &log)
            return ResolveStage.run(store, options: resolveOptions, log: &log)
        }
        let diagnostics = attachSourceLines(log.sorted) { path in
            path == LoadStage.configPath ? cache.configSource : cache.entries[path]?.source
        }
        guard !resolved.isEmpty, let (_, theme) = validated, !log.hasErrors else {
            throw BuildFailure(stage: "check", diagnostics: diagnostics)
        }
        if options.strict, !log.warnings.isEmpty {
            throw BuildFailure(stage: "check (--strict: warnings count as errors)", diagnostics: diagnostics)
        }
        return (resolved, theme, diagnostics)
    }

    /// Builds the site into `options.output`; on any error the previous output is left untouched.
    public static func build(_ options: BuildOptions, observe: StageObserver? = nil) throws -> BuildReport {
        do {
            try OutputFolder.check(options.output, source: options.source)
        } catch {
            throw UsageError(error.description)
        }
        var timer = StageTimer(observe: observe)
        var cache = LoadCache()
        let (sites, theme, diagnostics) = try check(options, cache: &cache, changed: nil, newsOnlySince: [], timer: &timer)

        // The write stage opens its staging folder first, so that render can hand it each page as it is made.
        let staticFolders = [theme.staticFolder, options.source.appendingPathComponent("static")]
        func writeFailure(_ error: WriteStage.Failure) -> BuildFailure {
            BuildFailure(stage: "write", diagnostics: [.error(at: SourceLocation(path: options.output.path), error.description)])
        }
        let staging: WriteStage.Staging
        do {
            staging = try WriteStage.Staging(output: options.output, staticFolders: staticFolders)
        } catch {
            throw writeFailure(error)
        }
        let files: [RenderedFile]
        do {
            files = try timer.measure("render") { () throws(TemplateError) in
                try RenderStage.run(sites, theme: theme, keepsViewsUntilExit: options.keepsContentUntilExit, sink: staging.write)
            }
        } catch {
            staging.abandon()
            throw BuildFailure(
                stage: "render",
                diagnostics: [.error(at: SourceLocation(path: "themes/\(theme.name)/templates"), error.description)])
        }
        do {
            try timer.measure("write") { () throws(WriteStage.Failure) in
                for file in files where !file.written { staging.write(file) }
                try staging.finish()
            }
        } catch {
            throw writeFailure(error)
        }
        if options.keepsContentUntilExit { ContentLifetime.keepUntilExit((cache, sites, files)) }
        var pagesByKind: [String: Int] = [:]
        for file in files { if let kind = file.kind { pagesByKind[kind, default: 0] += 1 } }
        return BuildReport(
            pagesByKind: pagesByKind, fileCount: files.count, warnings: diagnostics.filter { $0.severity == .warning },
            leftOut: sites.first?.leftOut ?? [], stageTimes: timer.times)
    }

    /// Adds the offending line of each diagnostic's file, for the caret display.
    static func attachSourceLines(_ diagnostics: [Diagnostic], source: (String) -> SourceFile?) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var d = diagnostic
            if d.location.line > 0, let line = source(d.location.path)?.line(d.location.line), !line.isEmpty {
                d.sourceLine = line
            }
            return d
        }
    }
}

/// Times each stage and reports it to an observer.
struct StageTimer {
    var observe: Pipeline.StageObserver?
    var times: [(String, Double)] = []

    mutating func measure<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = Date()
        let result = try body()
        let seconds = Date().timeIntervalSince(start)
        times.append((stage, seconds))
        observe?(stage, seconds)
        return result
    }
}
