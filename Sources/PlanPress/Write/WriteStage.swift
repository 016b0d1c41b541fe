import Foundation

import CFolderSwap

/// Stage 5: write the rendered files and static assets into a staging folder, then swap it into place.
///
/// The previous output stays complete until the swap, so a failed or killed build leaves it as it was.
enum WriteStage {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `files`, then copies `staticFolders` in order (later ones win), then swaps.
    static func run(_ files: [RenderedFile], staticFolders: [URL], output: URL) throws(Failure) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        removeLeftovers(of: output)
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for folder in staticFolders where fm.fileExists(atPath: folder.path) {
                try copyContents(of: folder, into: staging)
            }
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
            try Data("PlanPress output. This folder is replaced on every build.\n".utf8)
                .write(to: staging.appendingPathComponent(OutputFolder.marker))
            try swap(staging, into: output)
        } catch let failure as Failure {
            try? fm.removeItem(at: staging)
            throw failure
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(description: "cannot write the site: \(error.localizedDescription)")
        }
    }

    /// Removes staging and old folders a killed build left beside the output.
    private static func removeLeftovers(of output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).old-"]
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where prefixes.contains(where: name.hasPrefix) {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Copies a folder's files into `destination`, merging with what is there.
    private static func copyContents(of folder: URL, into destination: URL) throws {
        let fm = FileManager.default
        for (relative, source) in StaticFiles.list(folder) {
            let target = destination.appendingPathComponent(relative)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: source, to: target)
        }
    }

    /// Puts `staging` where `output` is, atomically when the system can exchange two folders.
    private static func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        if planpress_exchange_paths(staging.path, output.path) == 0 {
            try fm.removeItem(at: staging)
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        try fm.moveItem(at: output, to: old)
        try fm.moveItem(at: staging, to: output)
        try? fm.removeItem(at: old)
    }
}
