import Foundation

/// One content file's bytes through everything a build reads them with: decoding, the front-matter splitter,
/// the YAML parser, the table limit and the file's decoder. For the coverage-guided fuzz targets (Fuzz/): no
/// bytes may trap, hang or give a diagnostic without a position.
public enum ContentFuzzing {
    /// The diagnostics of the file at `path` (relative to the site, e.g. `content/tasks/I.1.md`, which picks the
    /// decoder); an empty list when it is valid. A path PlanPress does not read gives none.
    public static func check(path: String, bytes: [UInt8]) -> [Diagnostic] {
        var log = DiagnosticLog()
        guard path.hasPrefix("content/"), let kind = ContentKind(contentPath: String(path.dropFirst("content/".count))),
            let source = SourceReader.decode(Data(bytes), path: path, into: &log),
            let loaded = LoadStage.load(source, kind: kind, log: &log)
        else { return log.entries }
        log.append(contentsOf: ValidateStage.decode(loaded).diagnostics)
        return log.entries
    }

    /// The diagnostics of `planpress.yaml` with these bytes.
    public static func checkConfig(bytes: [UInt8]) -> [Diagnostic] {
        var log = DiagnosticLog()
        guard let source = SourceReader.decode(Data(bytes), path: LoadStage.configPath, into: &log),
            let document = YAMLDocument.parse(source.text, path: source.path, firstLine: 1, into: &log)
        else { return log.entries }
        _ = SiteConfig.decode(document, log: &log)
        return log.entries
    }
}
