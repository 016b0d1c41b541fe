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
        for path in reader.contentPaths(into: &log) {
            let (relative, language) = TranslationPath.split(String(path.dropFirst("content/".count)), languages: otherLanguages)
            guard let kind = ContentKind(contentPath: relative) else {
                if path.hasSuffix(".md") || path.hasSuffix(".yaml") {
                    log.warning(
                        at: SourceLocation(path: path), "file is not read: PlanPress does not know this place",
                        hint: "content files go in areas/, tasks/, indicators/, reports/, news/ or pages/")
                }
                continue
            }
            let stamp = LoadCache.stamp(of: sourceRoot.appendingPathComponent(path))
            if let stamp, let cached = cache.entries[path], cached.stamp == stamp {
                log.append(contentsOf: cached.diagnostics)
                if let source = cached.source { site.sources[path] = source }
                if let loaded = cached.loaded { site.files.append(loaded) }
                continue
            }
            var fileLog = DiagnosticLog()
            let file = reader.read(path, into: &fileLog)
            var loaded = file.flatMap { load($0, kind: kind, log: &fileLog) }
            loaded?.language = language
            if let file { site.sources[path] = file }
            if let loaded { site.files.append(loaded) }
            log.append(contentsOf: fileLog.entries)
            if let stamp {
                cache.entries[path] = LoadCache.Entry(stamp: stamp, source: file, loaded: loaded, diagnostics: fileLog.entries)
            }
        }
        let present = Set(site.sources.keys)
        cache.entries = cache.entries.filter { present.contains($0.key) || $0.value.source == nil }
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
