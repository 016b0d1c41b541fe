import Foundation

/// Parsed and decoded content files kept between preview rebuilds, keyed by path and checked by modification
/// time and size, so an edit re-reads and re-decodes one file instead of the whole site.
public struct LoadCache {
    /// One file as the load stage left it. A class: the stage hands ten thousand of them from its threads to the
    /// cache, and copying each one's fields, then releasing them, held up a core.
    final class Entry: Sendable {
        let stamp: FileStamp
        let source: SourceFile?
        let loaded: LoadedFile?
        let diagnostics: [Diagnostic]

        init(stamp: FileStamp, source: SourceFile?, loaded: LoadedFile?, diagnostics: [Diagnostic]) {
            self.stamp = stamp
            self.source = source
            self.loaded = loaded
            self.diagnostics = diagnostics
        }
    }

    /// A content file found by walking `content/`.
    struct Listed {
        var path: String
        var kind: ContentKind
        var language: String?
        var stamp: FileStamp
    }

    var entries: [String: Entry] = [:]
    /// The last walk of `content/` and its warnings, re-used when the preview knows which files changed.
    var listing: (files: [Listed], diagnostics: [Diagnostic])?
    /// The last load and validate result, which a news edit patches (`NewsEditPatch`); nil after errors.
    var checked: NewsEditPatch.Checked?
    var configSource: SourceFile?
    /// The theme as last loaded, re-used while no file under themes/ and not planpress.yaml changes.
    var theme: Theme?
    /// The validate stage's items, by path, for the same files.
    var decoded: [String: ValidateStage.Decoded] = [:]

    public init() {}
}
