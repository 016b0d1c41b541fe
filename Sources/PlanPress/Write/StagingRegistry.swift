import Foundation

/// The staging folders this process has open, so that an interrupted build (Ctrl-C, SIGTERM, a closed
/// terminal) can remove its half-written folder before it exits, instead of leaving up to a site's size beside
/// the output until the next build.
///
/// It is process-wide because signals are: the command line installs the handler (`InterruptHandler`), and
/// a staging folder registers itself while it exists.
public enum StagingRegistry {
    private final class Folders: @unchecked Sendable {
        // Guarded by `lock`; a signal's handler runs on a dispatch queue, never inside the signal itself.
        private let lock = NSLock()
        private var paths = Set<String>()
        private var stopped = false

        var isStopped: Bool { lock.withLock { stopped } }

        func insert(_ path: String) { _ = lock.withLock { paths.insert(path) } }
        func remove(_ path: String) { _ = lock.withLock { paths.remove(path) } }
        func takeAll() -> Set<String> {
            lock.withLock {
                stopped = true
                defer { paths = [] }
                return paths
            }
        }
    }

    private static let folders = Folders()

    static func register(_ folder: URL) { folders.insert(folder.path) }

    /// True once the process is being interrupted: writers stop adding files to a folder about to go.
    static var isInterrupted: Bool { folders.isStopped }
    static func unregister(_ folder: URL) { folders.remove(folder.path) }

    /// Called by a build about to finish or fail: once the process is being interrupted, the build waits here
    /// for the interrupt handler to end the process, so that the exit status is the signal's, not a write
    /// failure's caused by the folder's removal.
    static func waitIfInterrupted() {
        while isInterrupted { sleep(1) }
    }

    /// Removes every staging folder still open; what the interrupt handler calls before the process exits.
    public static func removeAll() {
        let paths = folders.takeAll()
        // A writer that looked at `isInterrupted` just before may still add a file or re-create the folder:
        // remove again until the folder stays gone for a moment.
        for _ in 0..<100 {
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            usleep(2_000)
            if !paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) { break }
        }
    }
}
