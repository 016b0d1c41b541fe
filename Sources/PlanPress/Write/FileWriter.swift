import Foundation

/// Writes output files with POSIX calls, making the folders they need. For ten thousand small pages, Foundation's
/// URL and FileManager work cost more than the writes themselves.
///
/// Paths are relative to an open folder (`openat`, `mkdirat`): the kernel then walks only the path inside the
/// output, not the folders above it, for every file and folder.
enum FileWriter {
    /// Opens `path`, a folder, for writing files under it.
    static func openFolder(_ path: String) -> Result<Int32, WriteError> {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 ? .success(descriptor) : .failure(lastError())
    }

    /// Writes `contents` to `path` under the open folder `folder`; on failure, what went wrong.
    static func write(_ contents: [UInt8], to path: String, in folder: Int32) -> WriteError? {
        if let slash = path.lastIndex(of: "/"), let error = makeFolder(String(path[..<slash]), in: folder) { return error }
        let descriptor = openat(folder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return lastError() }
        defer { close(descriptor) }
        return contents.withUnsafeBufferPointer { bytes -> WriteError? in
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

    /// Makes `path` and any missing parent under `folder`; an existing folder is fine.
    static func makeFolder(_ path: String, in folder: Int32) -> WriteError? {
        if mkdirat(folder, path, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return lastError() }
        if let error = makeFolder(String(path[..<slash]), in: folder) { return error }
        return mkdirat(folder, path, 0o755) == 0 || errno == EEXIST ? nil : lastError()
    }

    /// What the system said when a call failed.
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    private static func lastError() -> WriteError { WriteError(description: String(cString: strerror(errno))) }
}
