import Foundation

/// Decides whether a folder may be used as build output, so a build never overwrites something it did not make.
enum OutputFolder {
    /// The file that marks a folder as PlanPress output.
    static let marker = ".planpress-output"

    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// Refuses `/`, the home folder, the source folder or one of its parents, and non-empty folders PlanPress did not write.
    static func check(_ output: URL, source: URL) throws(Refusal) {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let src = source.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" || out == home {
            throw Refusal(description: "refusing to write the site into \(out): choose a folder of its own, e.g. site/")
        }
        if out == src || src.hasPrefix(out + "/") {
            throw Refusal(description: "refusing to write the site into \(out): it holds the site's sources")
        }
        if out.hasPrefix(src + "/content") || out.hasPrefix(src + "/themes") || out.hasPrefix(src + "/static") {
            throw Refusal(description: "refusing to write the site into \(out): it is inside the content, themes or static folder")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Refusal(description: "\(out) is a file, not a folder")
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).filter {
            $0 != ".gitkeep" && $0 != ".DS_Store"
        }
        if !entries.isEmpty, !entries.contains(marker) {
            throw Refusal(
                description: "\(out) is not empty and was not written by PlanPress; empty it or choose another --output")
        }
    }
}
