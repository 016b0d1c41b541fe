import Foundation

/// Writes one output file with POSIX calls, making the folders it needs. For ten thousand small pages, Foundation's
/// URL and FileManager work cost more than the writes themselves.
enum FileWriter {
    /// Writes `contents` to `path`; on failure, what went wrong.
    static func write(_ contents: [UInt8], to path: String) -> String? {
        if let slash = path.lastIndex(of: "/"), let error = makeFolder(String(path[..<slash])) { return error }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return lastError() }
        defer { close(descriptor) }
        return contents.withUnsafeBufferPointer { bytes -> String? in
            guard var next = bytes.baseAddress else { return nil }
            var left = bytes.count
            while left > 0 {
                let written = Foundation.write(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                next += written
                left -= written
            }
            return nil
        }
    }

    /// Makes `path` and any missing parent; an existing folder is fine.
    static func makeFolder(_ path: String) -> String? {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return lastError() }
        if let error = makeFolder(String(path[..<slash])) { return error }
        return mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : lastError()
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
