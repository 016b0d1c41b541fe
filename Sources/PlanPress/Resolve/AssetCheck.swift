import Foundation

/// A news image must exist in `static/` (the site copies it as is); a web address is taken as given.
enum AssetCheck {
    static func run(_ store: ContentStore, sourceRoot: URL, log: inout DiagnosticLog) {
        check(store.news, sourceRoot: sourceRoot, log: &log)
    }

    /// Checks the images of `items`; the static folder's real path is found once for all of them.
    static func check(_ items: [NewsItem], sourceRoot: URL, log: inout DiagnosticLog) {
        let folder = sourceRoot.appendingPathComponent("static")
        let realFolder = folder.resolvingSymlinksInPath().path
        // By index: a loop over the stories copied each one whole.
        for index in items.indices { check(items[index], folder: folder, realFolder: realFolder, log: &log) }
    }

    private static func check(_ item: NewsItem, folder: URL, realFolder: String, log: inout DiagnosticLog) {
        guard let image = item.image, !image.contains(":"), !image.contains("..") else { return }
        let relative = image.hasPrefix("/") ? String(image.dropFirst()) : image
        let file = folder.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else {
            log.error(
                at: item.origin.location(of: "image"), "image 'static/\(relative)' does not exist",
                hint: "put the picture in static/\((relative as NSString).deletingLastPathComponent) or correct the path")
            return
        }
        if isFolder.boolValue {
            log.error(
                at: item.origin.location(of: "image"), "image 'static/\(relative)' is a folder, not a picture",
                hint: "name the picture file, e.g. 'image: \(relative.hasSuffix("/") ? relative : relative + "/")anh.jpg'")
            return
        }
        // The site publishes only what lies inside static/; a link out of it is not copied (StaticFiles).
        if !file.resolvingSymlinksInPath().path.hasPrefix(realFolder + "/") {
            log.error(
                at: item.origin.location(of: "image"), "image 'static/\(relative)' is a symbolic link that leads outside static/",
                hint: "copy the picture into static/ instead of linking to it")
        }
    }
}
