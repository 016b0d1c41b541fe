import Foundation

/// The files of a static folder (the theme's `static/` and the site's `static/`), as the build and the preview
/// both copy them: regular files only, hidden files left out, and symbolic links that lead outside the folder refused.
enum StaticFiles {
    /// Every file to publish, by its path relative to `folder`, with where it really is on disk.
    static func list(_ folder: URL) -> [(relative: String, file: URL)] {
        let fm = FileManager.default
        let root = folder.resolvingSymlinksInPath().path
        guard let enumerator = fm.enumerator(atPath: folder.path) else { return [] }
        var files: [(String, URL)] = []
        for case let relative as String in enumerator where !(relative as NSString).lastPathComponent.hasPrefix(".") {
            let resolved = folder.appendingPathComponent(relative).resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            guard resolved.path.hasPrefix(root + "/"),
                fm.fileExists(atPath: resolved.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files.append((relative, resolved))
        }
        return files
    }
}
