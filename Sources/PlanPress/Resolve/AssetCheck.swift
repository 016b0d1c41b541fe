import Foundation

/// A news image must exist in `static/` (the site copies it as is); a web address is taken as given.
enum AssetCheck {
    static func run(_ store: ContentStore, sourceRoot: URL, log: inout DiagnosticLog) {
        // By index: a loop over the stories copied each one whole.
        for index in store.news.indices { check(store.news[index], sourceRoot: sourceRoot, log: &log) }
    }

    static func check(_ item: NewsItem, sourceRoot: URL, log: inout DiagnosticLog) {
        guard let image = item.image, !image.contains(":"), !image.contains("..") else { return }
        let relative = image.hasPrefix("/") ? String(image.dropFirst()) : image
        let file = sourceRoot.appendingPathComponent("static").appendingPathComponent(relative)
        if !FileManager.default.fileExists(atPath: file.path) {
            log.error(
                at: item.origin.location(of: "image"), "image 'static/\(relative)' does not exist",
                hint: "put the picture in static/\((relative as NSString).deletingLastPathComponent) or correct the path")
        }
    }
}
