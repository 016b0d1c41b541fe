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

    /// Reads the site, re-using every cached file whose modification time and size are unchanged.
    static func run(sourceRoot: URL, cache: inout LoadCache, log: inout DiagnosticLog) -> LoadedSite {
        let reader = SourceReader(root: sourceRoot)
        var site = LoadedSite(config: nil, files: [], sources: [:])

        if FileManager.default.fileExists(atPath: sourceRoot.appendingPathComponent(configPath).path) {
            if let file = reader.read(configPath, into: &log) {
                site.sources[file.path] = file
                site.config = YAMLDocument.parse(file.text, path: file.path, firstLine: 1, into: &log)
            }
        } else {
            log.error(
                at: SourceLocation(path: configPath), "no planpress.yaml in \(sourceRoot.path)",
                hint: "run the command in the site folder or pass --source DIR")
            return site
        }

        let otherLanguages = Array(configuredLanguages(site.config).dropFirst())
        var toRead: [(path: String, kind: ContentKind, language: String?, stamp: FileStamp)] = []
        for (path, stamp) in reader.contentFiles(into: &log) {
            let (relative, language) = TranslationPath.split(String(path.dropFirst("content/".count)), languages: otherLanguages)
            guard let kind = ContentKind(contentPath: relative) else {
                if path.hasSuffix(".md") || path.hasSuffix(".yaml") {
                    log.warning(
                        at: SourceLocation(path: path), "file is not read: PlanPress does not know this place",
                        hint: "content files go in areas/, tasks/, indicators/, reports/, news/ or pages/")
                }
                continue
            }
            toRead.append((path, kind, language, stamp))
        }
        // Files are parsed on every core; the cache and the log are filled afterwards, in path order.
        let entries = ParallelMap.map(toRead) { file -> LoadCache.Entry in
            if let cached = cache.entries[file.path], cached.stamp == file.stamp { return cached }
            var fileLog = DiagnosticLog()
            let source = reader.read(file.path, into: &fileLog)
            var loaded = source.flatMap { load($0, kind: file.kind, log: &fileLog) }
            loaded?.language = file.language
            loaded?.stamp = file.stamp
            return LoadCache.Entry(stamp: file.stamp, source: source, loaded: loaded, diagnostics: fileLog.entries)
        }
        var fresh: [String: LoadCache.Entry] = [:]
        for (file, entry) in zip(toRead, entries) {
            log.append(contentsOf: entry.diagnostics)
            if let source = entry.source { site.sources[file.path] = source }
            if let loaded = entry.loaded { site.files.append(loaded) }
            fresh[file.path] = entry
        }
        cache.entries = fresh
        return site
    }

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
        return LoadedFile(kind: kind, source: file, frontMatter: document, body: parts.body)
    }
}
