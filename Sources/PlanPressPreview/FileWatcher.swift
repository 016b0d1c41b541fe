import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches the site's sources (content/, static/, themes/, planpress.yaml) and reports the changed paths,
/// gathered over a short pause so one save gives one rebuild. Uses Linux inotify, or polling where it is missing.
public final class FileWatcher: @unchecked Sendable {
    public typealias Handler = @Sendable (Set<String>) -> Void

    let root: URL
    let handler: Handler
    private let lock = NSLock()
    private var pending = Set<String>()
    private var flushScheduled = false
    private var firstEvent: DispatchTime?
    private var lastEvent = DispatchTime.now()
    private var running = true
    /// Whether inotify is in use (false: polling).
    public private(set) var usesInotify = false

    static let watchedFolders = ["content", "static", "themes"]
    static let watchedFiles = ["planpress.yaml"]
    static let quiet = DispatchTimeInterval.milliseconds(10)
    static let patience = DispatchTimeInterval.milliseconds(250)

    public init(root: URL, handler: @escaping Handler) {
        self.root = root
        self.handler = handler
    }

    /// Starts watching on a background thread.
    public func start() {
        #if os(Linux)
            if let inotify = Inotify(root: root, folders: Self.watchedFolders) {
                usesInotify = true
                Thread.detachNewThread { [self] in
                    while isRunning, let paths = inotify.next() { record(paths) }
                }
                return
            }
        #endif
        Thread.detachNewThread { [self] in poll() }
    }

    public func stop() {
        lock.withLock { running = false }
    }

    private var isRunning: Bool { lock.withLock { running } }

    /// Gathers changes and hands them over once none has arrived for `quiet` (an editor's save is a burst
    /// of events within a millisecond or two), or `patience` after the first, whichever comes first.
    private func record(_ paths: Set<String>) {
        let schedule = lock.withLock { () -> Bool in
            pending.formUnion(paths)
            lastEvent = .now()
            if firstEvent == nil { firstEvent = lastEvent }
            defer { flushScheduled = true }
            return !flushScheduled
        }
        if schedule { flush(after: .now() + Self.quiet) }
    }

    /// Hands the changes over at `deadline`, or later if more have come since.
    private func flush(after deadline: DispatchTime) {
        DispatchQueue.global().asyncAfter(deadline: deadline) { [self] in
            let (changed, later) = lock.withLock { () -> (Set<String>, DispatchTime?) in
                let now = DispatchTime.now()
                if let first = firstEvent, lastEvent + Self.quiet > now, first + Self.patience > now {
                    return ([], min(lastEvent + Self.quiet, first + Self.patience))
                }
                defer { pending = []; flushScheduled = false; firstEvent = nil }
                return (pending, nil)
            }
            if let later { return flush(after: later) }
            if !changed.isEmpty { handler(changed) }
        }
    }

    // MARK: - Polling fallback

    private func poll() {
        var last = snapshot()
        while isRunning {
            Thread.sleep(forTimeInterval: 0.3)
            let now = snapshot()
            let changed = Set(now.keys.filter { now[$0] != last[$0] }).union(last.keys.filter { now[$0] == nil })
            if !changed.isEmpty { record(changed) }
            last = now
        }
    }

    /// Modification time and size of every watched file.
    func snapshot() -> [String: String] {
        var out: [String: String] = [:]
        let fm = FileManager.default
        var paths = Self.watchedFiles
        for folder in Self.watchedFolders {
            let enumerator = fm.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let relative = enumerator?.nextObject() as? String { paths.append(folder + "/" + relative) }
        }
        for path in paths {
            guard let attributes = try? fm.attributesOfItem(atPath: root.appendingPathComponent(path).path) else { continue }
            out[path] = "\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)/\(attributes[.size] as? Int ?? 0)"
        }
        return out
    }
}

#if os(Linux)
    /// Linux inotify over a folder tree: one watch per folder, new folders watched as they appear.
    /// After creation it is used by the one watching thread only.
    final class Inotify: @unchecked Sendable {
        private let descriptor: Int32
        private let root: URL
        private var folders: [Int32: String] = [:]
        private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY)

        init?(root: URL, folders: [String]) {
            let fd = inotify_init1(Int32(IN_CLOEXEC))
            guard fd >= 0 else { return nil }
            descriptor = fd
            self.root = root
            watch("")
            for folder in folders { watchTree(folder) }
        }

        deinit { close(descriptor) }

        private func watch(_ relative: String) {
            let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
            let wd = inotify_add_watch(descriptor, path, Self.mask)
            if wd >= 0 { folders[wd] = relative }
        }

        private func watchTree(_ relative: String) {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
            watch(relative)
            for child in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where !child.hasPrefix(".") {
                watchTree(relative + "/" + child)
            }
        }

        /// Blocks until events arrive; returns the changed paths relative to the root (nil when the watch ends).
        func next() -> Set<String>? {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            var changed = Set<String>()
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(count, nameStart + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if let folder = folders[wd], !name.hasPrefix(".") {
                    let path = folder.isEmpty ? name : folder + "/" + name
                    let watchedAtRoot = folder.isEmpty && (FileWatcher.watchedFiles.contains(name) || FileWatcher.watchedFolders.contains(name))
                    if !folder.isEmpty || watchedAtRoot {
                        changed.insert(path)
                        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
                    }
                }
                offset = nameStart + length
            }
            return changed
        }
    }
#endif
