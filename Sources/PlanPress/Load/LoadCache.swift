import Foundation

/// Parsed content files kept between preview rebuilds, keyed by path and checked by modification time and size,
/// so an edit re-reads one file instead of the whole site.
public struct LoadCache {
    struct Entry {
        var stamp: Stamp
        var source: SourceFile?
        var loaded: LoadedFile?
        var diagnostics: [Diagnostic]
    }

    struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    var entries: [String: Entry] = [:]

    public init() {}

    static func stamp(of url: URL) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? Int
        else { return nil }
        return Stamp(modified: modified, size: size)
    }
}
