import Foundation

/// Writes the content files an import plans, so that an interrupted import never leaves half a file: the text
/// goes to a temporary file beside the target, is flushed to disk, and is then renamed into place in one step.
/// A new file is linked into place instead, which fails if a file of that name appeared in the meantime.
enum ContentFileWriter {
    enum Mode {
        /// The file must not exist; it never replaces one.
        case create
        /// The file replaces the one there.
        case replace
    }

    /// A write that failed; the target is as it was.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` to `path` (relative to `root`, e.g. `content/tasks/II.7.md`).
    static func write(_ text: String, to path: String, in root: URL, mode: Mode) throws {
        let target = root.appendingPathComponent(path)
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: "cannot make its folder (\(error.localizedDescription))")
        }
        // A dot-name without `.md`: the loader never reads a temporary file left by a crash.
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).import-tmp").path
        defer { unlink(temporary) }
        if let reason = writeAndFlush(Array(text.utf8), to: temporary) { throw Failure(path: path, reason: reason) }
        switch mode {
        case .create:
            guard link(temporary, target.path) == 0 else {
                throw Failure(path: path, reason: errno == EEXIST ? "the file exists; PlanPress never replaces it with a new item" : lastError())
            }
        case .replace:
            guard rename(temporary, target.path) == 0 else { throw Failure(path: path, reason: lastError()) }
        }
    }

    /// Writes the bytes to a new file and flushes them to disk; on failure, what the system said.
    private static func writeAndFlush(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return lastError() }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return lastError()
            }
            offset += written
        }
        return fsync(descriptor) == 0 ? nil : lastError()
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
