import Foundation

/// Reads the site's text files from disk: `planpress.yaml` and everything under `content/`.
///
/// This is the only place content is read from the file system; every later stage works on `SourceFile` values.
struct SourceReader {
    /// Files larger than this are refused rather than read into memory.
    static let maximumFileSize = 8 * 1024 * 1024

    let root: URL

    /// Reads one file, reporting an unreadable, oversized or non-UTF-8 file as a diagnostic.
    func read(_ relativePath: String, into log: inout DiagnosticLog) -> SourceFile? {
        let url = root.appendingPathComponent(relativePath)
        let location = SourceLocation(path: relativePath)
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
            size > Self.maximumFileSize
        {
            log.error(
                at: location, "file is \(size / 1_048_576) MB, larger than the \(Self.maximumFileSize / 1_048_576) MB limit",
                hint: "content files hold text; put large data or media in static/")
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            log.error(at: location, "cannot read file", hint: "check that it exists and is readable")
            return nil
        }
        return Self.decode(data, path: relativePath, into: &log)
    }

    /// Decodes bytes as UTF-8, dropping a BOM and turning CRLF and CR into LF.
    static func decode(_ data: Data, path: String, into log: inout DiagnosticLog) -> SourceFile? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Array(bytes))
            log.error(
                at: SourceLocation(path: path, line: line, column: column), "file is not valid UTF-8",
                hint: "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)")
            return nil
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return SourceFile(path: path, text: text)
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

    /// Every readable file under `content/`, as paths relative to the site root, sorted.
    ///
    /// Symbolic links that lead outside `content/` are refused.
    func contentPaths(into log: inout DiagnosticLog) -> [String] {
        let contentURL = root.appendingPathComponent("content")
        let contentRoot = contentURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: contentURL.path) else { return [] }
        var paths: [String] = []
        for case let relative as String in enumerator {
            let full = contentURL.appendingPathComponent(relative)
            let resolved = full.resolvingSymlinksInPath().path
            if resolved != contentRoot, !resolved.hasPrefix(contentRoot + "/") {
                log.error(
                    at: SourceLocation(path: "content/" + relative), "symbolic link points outside content/",
                    hint: "copy the file into content/ instead of linking to it")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            paths.append("content/" + relative)
        }
        return paths.sorted()
    }
}
