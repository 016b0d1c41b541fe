import Foundation

/// Stage 1: read `planpress.yaml` and `content/`, split front matter and parse the YAML.
///
/// Syntax problems (bad UTF-8, unclosed front matter, invalid YAML) are reported here; field meaning is not.
enum LoadStage {
    static let configPath = "planpress.yaml"

    static func run(sourceRoot: URL, log: inout DiagnosticLog) -> LoadedSite {
        var cache = LoadCache()
        return run(sourceRoot: sourceRoot, cache: &cache, log: &log)
    }

    /// Reads the site, re-using every cached file whose modification time and size are unchanged. When `changed`
    /// names only files the cache knows, the folder is not walked again: those files alone are looked at.
    static func run(sourceRoot: URL, cache: inout LoadCache, changed: Set<String>? = nil, log: inout DiagnosticLog) -> LoadedSite {
        let reader = SourceReader(root: sourceRoot)
        var site = LoadedSite(config: nil, files: [])

        if FileManager.default.fileExists(atPath: sourceRoot.appendingPathComponent(configPath).path) {
            if let file = reader.read(configPath, into: &log) {
                site.configSource = file
                site.config = YAMLDocument.parse(file.text, path: file.path, firstLine: 1, into: &log)
            }
            // Which files are translations depends on the config's languages: without it, every content file
            // would give errors that only follow from the config's.
            if site.config == nil { return site }
        } else {
            log.error(
                at: SourceLocation(path: configPath), "no planpress.yaml in \(sourceRoot.path)",
                hint: "run the command in the site folder or pass --source DIR")
            return site
        }

        var toRead: [LoadCache.Listed]
        let changedStamps = changed.map { paths in
            Dictionary(uniqueKeysWithValues: paths.map { ($0, FileStamp.of(sourceRoot.appendingPathComponent($0).path)) })
        }
        if let changedStamps, let listing = cache.listing, changedStamps[configPath] == nil,
            changedStamps.allSatisfy({ cache.entries[$0.key] != nil && $0.value != nil })
        {
            // Edits of files already known: the walk's result stands, with their new stamps.
            toRead = listing.files
            for index in toRead.indices {
                if let stamp = changedStamps[toRead[index].path] ?? nil { toRead[index].stamp = stamp }
            }
            cache.listing = (toRead, listing.diagnostics)
            log.append(contentsOf: listing.diagnostics)
        } else {
            var walkLog = DiagnosticLog()
            toRead = list(reader, languages: configuredLanguages(site.config), log: &walkLog)
            cache.listing = (toRead, walkLog.entries)
            log.append(contentsOf: walkLog.entries)
        }
        // Files are parsed on every core; the cache and the log are filled afterwards, in path order.
        let entries = ParallelMap.map(toRead) { file -> LoadCache.Entry in
            if let cached = cache.entries[file.path], cached.stamp == file.stamp { return cached }
            var fileLog = DiagnosticLog()
            let source = reader.read(file.path, size: file.stamp.size, into: &fileLog)
            var loaded = source.flatMap { load($0, kind: file.kind, log: &fileLog) }
            loaded?.language = file.language
            loaded?.stamp = file.stamp
            return LoadCache.Entry(stamp: file.stamp, source: source, loaded: loaded, diagnostics: fileLog.entries)
        }
        var fresh: [String: LoadCache.Entry] = [:]
        fresh.reserveCapacity(toRead.count)
        site.readPaths.reserveCapacity(toRead.count)
        site.files.reserveCapacity(toRead.count)
        for (file, entry) in zip(toRead, entries) {
            log.append(contentsOf: entry.diagnostics)
            if entry.source != nil { site.readPaths.append(file.path) }
            if let loaded = entry.loaded { site.files.append(loaded) }
            fresh[file.path] = entry
        }
        cache.entries = fresh
        return site
    }

    /// The content files with their kind and language; files in places PlanPress does not know are warned about.
    /// `languages` are all of the site's, the default first.
    private static func list(_ reader: SourceReader, languages: [String], log: inout DiagnosticLog) -> [LoadCache.Listed] {
        var files: [LoadCache.Listed] = []
        let translated = Array(languages.dropFirst())
        for (path, stamp) in reader.contentFiles(into: &log) {
            let (relative, language) = TranslationPath.split(String(path.dropFirst("content/".count)), languages: translated)
            if let problem = TranslationPath.problem(relative, language: language, languages: languages) {
                log.error(at: SourceLocation(path: path), problem.message, hint: problem.hint)
                continue
            }
            guard let kind = ContentKind(contentPath: relative) else {
                if mayBeContent(path) {
                    log.warning(
                        at: SourceLocation(path: path), "file is not read: PlanPress does not know this place",
                        hint: "content files go in areas/, tasks/, indicators/, reports/, news/ or pages/")
                }
                continue
            }
            files.append(LoadCache.Listed(path: path, kind: kind, language: language, stamp: stamp))
        }
        return files
    }

    /// Whether PlanPress reads a file by this name when it is in the right place: Markdown and YAML files.
    static func mayBeContent(_ path: String) -> Bool { path.hasSuffix(".md") || path.hasSuffix(".yaml") }

    /// The `languages:` of planpress.yaml as written, before the config is validated.
    private static func configuredLanguages(_ config: YAMLDocument?) -> [String] {
        guard let mapping = config?.root?.mapping else { return [] }
        for (key, value) in mapping where key.scalar?.string == "languages" {
            return value.sequence.map { $0.compactMap { $0.scalar?.string } } ?? []
        }
        return []
    }

    /// Parses one file's text; pure, so tests can call it without a file system.
    static func load(_ file: SourceFile, kind: ContentKind, log: inout DiagnosticLog) -> LoadedFile? {
        if kind == .units || kind == .assessment {
            guard let document = YAMLDocument.parse(file.text, path: file.path, firstLine: 1, into: &log) else {
                return nil
            }
            return LoadedFile(kind: kind, source: file, frontMatter: document, body: .empty)
        }
        guard let parts = FrontMatterSplitter.split(file, into: &log),
            let document = YAMLDocument.parse(parts.yaml, path: file.path, firstLine: parts.yamlFirstLine, into: &log)
        else { return nil }
        MarkdownTableLimit.check(parts.body, path: file.path, log: &log)
        return LoadedFile(kind: kind, source: file, frontMatter: document, body: parts.body)
    }
}
