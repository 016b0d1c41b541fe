import Foundation

/// The files of a static folder (the theme's `static/` and the site's `static/`), as the build and the preview
/// both copy them: regular files only, hidden files left out, and symbolic links that lead outside the folder refused.
enum StaticFiles {
    /// Every file to publish, by its path relative to `folder`, with where it really is on disk.
    static func list(_ folder: URL) -> [(relative: String, file: URL)] {
        FolderWalk.files(in: folder.path).entries.filter { !$0.leadsOutside }.map {
            ($0.relative, URL(fileURLWithPath: $0.resolvedPath))
        }
    }

    /// Reports every file or folder of the static folders that cannot be read, so that no build publishes a site
    /// without it. `folders` pairs each folder with how it is named in messages (`static`, `themes/default/static`).
    static func check(_ folders: [(url: URL, name: String)], log: inout DiagnosticLog) {
        for (folder, name) in folders {
            let listing = FolderWalk.files(in: folder.path)
            listing.reportUnreadable(in: name, into: &log)
            for entry in listing.entries where !entry.leadsOutside && access(entry.resolvedPath, R_OK) != 0 {
                log.unreadable(name + "/" + entry.relative, reason: FolderWalk.reason(errno))
            }
        }
    }
}
