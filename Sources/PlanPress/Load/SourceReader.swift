import Foundation

/// Reads the site's text files from disk: `planpress.yaml` and everything under `content/`.
///
/// This is the only place content is read from the file system; every later stage works on `SourceFile` values.
struct SourceReader {
    /// Files larger than this are refused rather than read into memory.
    static let maximumFileSize = ContentLimits.fileSize

    let root: URL
    /// `root` as a path: joining strings costs a fraction of `URL.appendingPathComponent`, once per file.
    private let rootPath: String

    init(root: URL) {
        self.root = root
        rootPath = root.path.hasSuffix("/") ? String(root.path.dropLast()) : root.path
    }

    /// Reads one file, reporting an unreadable, oversized or non-UTF-8 file as a diagnostic. `size` is the
    /// file's size when the caller has just looked at it (the folder walk has); otherwise it is looked up.
    func read(_ relativePath: String, size: Int? = nil, into log: inout DiagnosticLog) -> SourceFile? {
        let path = rootPath + "/" + relativePath
        let location = SourceLocation(path: relativePath)
        if let size = size ?? FileStamp.of(path)?.size, size > Self.maximumFileSize {
            log.error(
                at: location, "file is \(size / 1_048_576) MB, larger than the \(Self.maximumFileSize / 1_048_576) MB limit",
                hint: "content files hold text; put large data or media in static/")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(at: location, "cannot read file", hint: "check that it exists and is readable")
            return nil
        }
        return Self.decode(data, path: relativePath, into: &log)
    }

    /// Decodes bytes as UTF-8, dropping a BOM and turning CRLF and CR into LF.
    static func decode(_ data: Data, path: String, into log: inout DiagnosticLog) -> SourceFile? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let carriageReturn = UInt8(ascii: "\r")
        let hasCarriageReturn = bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, Int32(carriageReturn), raw.count) != nil } ?? false }
        if hasCarriageReturn { bytes = Data(unixLineEnds(bytes))[...] }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Array(bytes))
            log.error(
                at: SourceLocation(path: path, line: line, column: column), "file is not valid UTF-8",
                hint: "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)")
            return nil
        }
        if let forbidden = ForbiddenCharacters.first(in: text) {
            log.error(
                at: SourceLocation(path: path, line: forbidden.line, column: forbidden.column),
                "invisible control character \(ForbiddenCharacters.name(forbidden.scalar)) in the text",
                hint: "delete it (it often comes with text pasted from a spreadsheet or a PDF); no page may carry it")
            return nil
        }
        return SourceFile(path: path, text: text)
    }

    /// The bytes with CRLF and lone CR turned into LF; both are single bytes in UTF-8, so this cannot break it.
    private static func unixLineEnds(_ bytes: Data.SubSequence) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == UInt8(ascii: "\r") {
                result.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if !(byte == UInt8(ascii: "\n") && previousWasCR) { result.append(byte) }
            previousWasCR = false
        }
        return result
    }

    /// The line and column of the first byte that breaks UTF-8, for pointing at it.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }

    /// Every readable file under `content/`, relative to the site root and sorted, with its stamp.
    ///
    /// Symbolic links that lead outside `content/` are refused.
    func contentFiles(into log: inout DiagnosticLog) -> [(path: String, stamp: FileStamp)] {
        let listing = FolderWalk.files(in: root.appendingPathComponent("content").path)
        listing.reportUnreadable(in: "content", into: &log)
        return listing.entries.compactMap { entry in
            let path = "content/" + entry.relative
            if entry.leadsOutside {
                log.error(
                    at: SourceLocation(path: path), "symbolic link points outside content/",
                    hint: "copy the file into content/ instead of linking to it")
                return nil
            }
            return (path, entry.stamp)
        }
    }
}
