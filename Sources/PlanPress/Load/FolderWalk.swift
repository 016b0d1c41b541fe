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

    /// A file or folder the walk could not look into: skipping it would publish the site without it.
    struct Unreadable: Equatable {
        /// Path relative to the walked folder; empty for the folder itself.
        var relative: String
        var reason: String
    }

    /// The files found, and what could not be read.
    struct Listing {
        var entries: [Entry] = []
        var unreadable: [Unreadable] = []

        /// Reports each unreadable entry, named from `folder`, the walked folder as messages name it (`content`).
        func reportUnreadable(in folder: String, into log: inout DiagnosticLog) {
            for problem in unreadable {
                log.unreadable(
                    problem.relative.isEmpty ? folder : folder + "/" + problem.relative, reason: problem.reason, folder: true)
            }
        }
    }

    /// Every file, sorted by relative path; a missing folder gives none, an unreadable one is listed as such.
    static func files(in folder: String) -> Listing {
        var listing = Listing()
        guard let root = realPath(folder) else {
            if errno != ENOENT { listing.unreadable.append(Unreadable(relative: "", reason: reason(errno))) }
            return listing
        }
        walk(folder, relative: "", root: root, into: &listing)
        listing.entries.sort { $0.relative < $1.relative }
        listing.unreadable.sort { $0.relative < $1.relative }
        return listing
    }

    private static func walk(_ directory: String, relative: String, root: String, into listing: inout Listing) {
        guard let handle = opendir(directory) else {
            listing.unreadable.append(Unreadable(relative: relative, reason: reason(errno)))
            return
        }
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
            guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                listing.unreadable.append(Unreadable(relative: relativePath, reason: reason(errno)))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, relative: relativePath, root: root, into: &listing)
            case S_IFREG:
                listing.entries.append(Entry(relative: relativePath, resolvedPath: path, leadsOutside: false, stamp: FileStamp(info)))
            case S_IFLNK:
                guard let target = realPath(path) else {
                    listing.unreadable.append(Unreadable(relative: relativePath, reason: "a symbolic link that leads nowhere"))
                    continue
                }
                let outside = !target.hasPrefix(root + "/")
                var targetInfo = stat()
                guard stat(target, &targetInfo) == 0 else {
                    listing.unreadable.append(Unreadable(relative: relativePath, reason: reason(errno)))
                    continue
                }
                if outside || targetInfo.st_mode & S_IFMT == S_IFREG {
                    listing.entries.append(
                        Entry(relative: relativePath, resolvedPath: target, leadsOutside: outside, stamp: FileStamp(targetInfo)))
                } else if targetInfo.st_mode & S_IFMT == S_IFDIR {
                    // A link to a folder inside: its files are reached by their own path.
                    continue
                }
            default:
                continue
            }
        }
    }

    /// The system's words for an error number, e.g. "Permission denied".
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
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
