/// One output file: its path under the output folder and its bytes as text.
public struct RenderedFile: Sendable {
    public var path: String
    public var contents: String
    /// The page kind, for the build summary ("task", "news", …); nil for non-pages.
    public var kind: String?
    /// For a page, its path within its edition (`nhiem-vu/i-1/`), the same in every language.
    public var sitePath: String? = nil
    /// Left out of a partial rebuild: the previous build's file stands.
    var skipped = false
    /// Already written to the output by the build as it rendered; `contents` is dropped.
    var written = false
}
