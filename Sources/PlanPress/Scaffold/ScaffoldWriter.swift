import Foundation

/// Writes scaffolded files into a site folder, refusing to replace any file that exists.
public enum ScaffoldWriter {
    /// A file to be written exists already; nothing was written.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ files: [(path: String, text: String)], into root: URL) throws {
        for file in files where FileManager.default.fileExists(atPath: root.appendingPathComponent(file.path).path) {
            throw Refusal(description: "\(file.path) already exists; PlanPress never overwrites content (rename or edit it)")
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
    }

    /// A new site goes into a new or empty folder: `init /` or `init ~` would scatter a site among other files.
    public static func requireNewFolder(_ root: URL) throws {
        let path = root.standardizedFileURL.path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if path == "/" || path == NSHomeDirectory() || !entries.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw Refusal(
                description: "\(path) is not empty; init writes a new site into a new or empty folder, e.g. planpress init ./cchc-so-noi-vu")
        }
    }
}
