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
        let staging = try Staging(output: output, staticFolders: staticFolders)
        for file in files where !file.written { staging.write(file) }
        try staging.finish()
    }

    /// The folder a build writes into beside the output, filled while pages render so that no more than a few
    /// pages' HTML is held in memory; `finish` swaps it into place, and until then the old output stands.
    final class Staging: @unchecked Sendable {
        let output: URL
        let folder: URL
        /// The staging folder, open: files are written relative to it.
        private let descriptor: Int32
        private let lock = NSLock()
        /// The first write that failed; `finish` reports it.
        private var failure: Failure?

        /// Creates the staging folder with the static files of `staticFolders` (later ones win).
        init(output: URL, staticFolders: [URL]) throws(Failure) {
            let fm = FileManager.default
            self.output = output
            folder = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
            WriteStage.removeLeftovers(of: output)
            StagingRegistry.register(folder)
            do {
                try? fm.removeItem(at: folder)
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                for source in staticFolders where fm.fileExists(atPath: source.path) {
                    try WriteStage.copyContents(of: source, into: folder)
                }
            } catch let failure as Failure {
                StagingRegistry.waitIfInterrupted()
                WriteStage.remove(folder)
                throw failure
            } catch {
                StagingRegistry.waitIfInterrupted()
                WriteStage.remove(folder)
                throw Failure(description: "cannot write the site: \(error.localizedDescription)")
            }
            switch FileWriter.openFolder(folder.path) {
            case let .success(descriptor):
                self.descriptor = descriptor
            case let .failure(error):
                WriteStage.remove(folder)
                throw Failure(description: "cannot write the site: \(error)")
            }
        }

        deinit { close(descriptor) }

        /// Writes one file; callable from any thread. A failure is kept for `finish`.
        func write(_ file: RenderedFile) {
            if StagingRegistry.isInterrupted { return }
            if let error = FileWriter.write(file.bytes, to: file.path, in: descriptor) {
                lock.withLock {
                    if failure == nil { failure = Failure(description: "cannot write \(file.path): \(error)") }
                }
            }
        }

        /// Writes the marker and swaps the folder into place; on any failure the staging folder is removed.
        func finish() throws(Failure) {
            StagingRegistry.waitIfInterrupted()
            if let failure = lock.withLock({ failure }) {
                abandon()
                throw failure
            }
            do {
                try Data("PlanPress output. This folder is replaced on every build.\n".utf8)
                    .write(to: folder.appendingPathComponent(OutputFolder.marker))
                try WriteStage.swap(folder, into: output)
                StagingRegistry.unregister(folder)
            } catch let failure as Failure {
                abandon()
                throw failure
            } catch {
                abandon()
                throw Failure(description: "cannot write the site: \(error.localizedDescription)")
            }
        }

        func abandon() { WriteStage.remove(folder) }
    }

    /// Removes a staging folder that will not be swapped in.
    fileprivate static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        StagingRegistry.unregister(folder)
    }

    /// Removes staging and old folders a killed build left beside the output.
    fileprivate static func removeLeftovers(of output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).old-"]
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where prefixes.contains(where: name.hasPrefix) {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Copies a folder's files into `destination`, merging with what is there.
    fileprivate static func copyContents(of folder: URL, into destination: URL) throws {
        let fm = FileManager.default
        for (relative, source) in StaticFiles.list(folder) {
            if StagingRegistry.isInterrupted { return }
            let target = destination.appendingPathComponent(relative)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            do {
                try fm.copyItem(at: source, to: target)
            } catch {
                throw Failure(description: "cannot copy \(source.path): \(error.localizedDescription)")
            }
        }
    }

    /// Puts `staging` where `output` is, atomically when the system can exchange two folders.
    fileprivate static func swap(_ staging: URL, into output: URL) throws {
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
