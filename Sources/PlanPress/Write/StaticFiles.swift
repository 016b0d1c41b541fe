import Foundation

/// The files of a static folder (the theme's `static/` and the site's `static/`), as the build and the preview
/// both copy them: regular files only, hidden files left out, and symbolic links that lead outside the folder refused.
enum StaticFiles {
    /// Every file to publish, by its path relative to `folder`, with where it really is on disk.
    static func list(_ folder: URL) -> [(relative: String, file: URL)] {
        FolderWalk.files(in: folder.path).filter { !$0.leadsOutside }.map {
            ($0.relative, URL(fileURLWithPath: $0.resolvedPath))
        }
    }
}
