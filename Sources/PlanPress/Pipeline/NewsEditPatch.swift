import Foundation

/// The load and validate stages for an edit of news files the last check already knew (the preview's most
/// common rebuild): only those files are read and decoded, and the last check's content store is patched.
///
/// Not applicable whenever the edit is anything else: the stages then run over the whole site.
enum NewsEditPatch {
    enum Outcome {
        case notApplicable
        /// The patched store; nil when the edited files have errors, which are in the log.
        case patched(ContentStore?)
    }

    /// What the last check's load and validate stages produced, kept in the cache.
    struct Checked {
        var store: ContentStore
        /// The load and validate diagnostics, of every file.
        var diagnostics: [Diagnostic]
    }

    static func apply(
        _ changed: Set<String>, sourceRoot: URL, cache: inout LoadCache, log: inout DiagnosticLog
    ) -> Outcome {
        guard var checked = cache.checked, let listing = cache.listing, !changed.isEmpty else { return .notApplicable }
        var listed: [String: LoadCache.Listed] = [:]
        for path in changed {
            guard let index = listing.files.firstIndex(where: { $0.path == path }), listing.files[index].kind == .news,
                let stamp = FileStamp.of(sourceRoot.appendingPathComponent(path).path)
            else { return .notApplicable }
            var file = listing.files[index]
            file.stamp = stamp
            listed[path] = file
            cache.listing?.files[index] = file
        }
        var fileLog = DiagnosticLog()
        let reader = SourceReader(root: sourceRoot)
        for (path, file) in listed.sorted(by: { $0.key < $1.key }) {
            var loadLog = DiagnosticLog()
            let source = reader.read(path, size: file.stamp.size, into: &loadLog)
            var loaded = source.flatMap { LoadStage.load($0, kind: .news, log: &loadLog) }
            loaded?.language = file.language
            loaded?.stamp = file.stamp
            cache.entries[path] = LoadCache.Entry(stamp: file.stamp, source: source, loaded: loaded, diagnostics: loadLog.entries)
            fileLog.append(contentsOf: loadLog.entries)
            guard let loaded else {
                cache.decoded[path] = nil
                continue
            }
            let decoded = ValidateStage.decode(loaded)
            cache.decoded[path] = decoded
            fileLog.append(contentsOf: decoded.diagnostics)
            switch decoded.item {
            case let .news(item):
                guard let index = checked.store.news.firstIndex(where: { $0.origin.path == path }) else { return .notApplicable }
                checked.store.news[index] = item
            case let .translation(translation):
                guard let language = file.language else { return .notApplicable }
                checked.store.translations[language, default: [:]][loaded.originalPath] = translation
            default:
                continue
            }
        }
        checked.diagnostics = checked.diagnostics.filter { !changed.contains($0.location.path) } + fileLog.entries
        log.append(contentsOf: checked.diagnostics)
        guard !fileLog.hasErrors else { return .patched(nil) }
        cache.checked = checked
        return .patched(checked.store)
    }
}
