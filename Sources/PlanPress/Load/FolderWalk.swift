import Foundation

import Glibc

/// The regular files under a folder, found with `readdir` and `fstatat`: one system call per entry, where a
/// `FileManager` enumerator with `resolvingSymlinksInPath` costs many. Hidden entries are left out; a symbolic
/// link is followed to a file and marked when it leads outside the folder.
enum FolderWalk {
    struct Entry {
        /// Path relative to the walked folder, with `/` separators.
        var relative: String
        /// Where the file really is: the link's target for a symbolic link.
        var resolvedPath: String
        /// A symbolic link whose target is outside the walked folder.
        var leadsOutside: Bool
        var stamp: FileStamp
    }

    /// Every file, sorted by relative path; an unreadable or missing folder gives none.
    static func files(in folder: String) -> [Entry] {
        guard let root = realPath(folder) else { return [] }
        var entries: [Entry] = []
        walk(folder, relative: "", root: root, into: &entries)
        return entries.sorted { $0.relative < $1.relative }
    }

    private static func walk(_ directory: String, relative: String, root: String, into entries: inout [Entry]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            // Relative to the open folder: the kernel does not walk the whole path again for every file.
            guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, relative: relativePath, root: root, into: &entries)
            case S_IFREG:
                entries.append(Entry(relative: relativePath, resolvedPath: path, leadsOutside: false, stamp: FileStamp(info)))
            case S_IFLNK:
                guard let target = realPath(path) else { continue }
                let outside = !target.hasPrefix(root + "/")
                var targetInfo = stat()
                guard stat(target, &targetInfo) == 0 else { continue }
                if outside || targetInfo.st_mode & S_IFMT == S_IFREG {
                    entries.append(
                        Entry(relative: relativePath, resolvedPath: target, leadsOutside: outside, stamp: FileStamp(targetInfo)))
                }
            default:
                continue
            }
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A file's modification time and size: what tells the preview that a file changed.
struct FileStamp: Equatable, Sendable {
    var modifiedNanoseconds: Int
    var size: Int

    init(_ info: stat) {
        modifiedNanoseconds = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        size = Int(info.st_size)
    }

    /// The stamp of the file at `path`, following symbolic links; nil when it cannot be read.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }
}
