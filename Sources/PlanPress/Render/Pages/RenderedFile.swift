/// One output file: its path under the output folder and its bytes.
public struct RenderedFile: Sendable {
    public var path: String
    /// The file's UTF-8 bytes: pages are rendered into bytes and written as they are.
    public var bytes: [UInt8]
    /// The page kind, for the build summary ("task", "news", …); nil for non-pages.
    public var kind: String?
    /// For a page, its path within its edition (`nhiem-vu/i-1/`), the same in every language.
    public var sitePath: String? = nil
    /// Left out of a partial rebuild: the previous build's file stands.
    var skipped = false
    /// Already written to the output by the build as it rendered; `bytes` is dropped.
    var written = false

    init(path: String, bytes: [UInt8], kind: String? = nil, sitePath: String? = nil, skipped: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.kind = kind
        self.sitePath = sitePath
        self.skipped = skipped
    }

    init(path: String, contents: String, kind: String? = nil, sitePath: String? = nil, skipped: Bool = false) {
        self.init(path: path, bytes: Array(contents.utf8), kind: kind, sitePath: sitePath, skipped: skipped)
    }

    /// The bytes as text.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}
