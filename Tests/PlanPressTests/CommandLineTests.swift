import Foundation
import Testing

/// The `planpress` binary: its output and exit codes (0 ok, 1 content errors, 2 usage errors).
@Suite struct CommandLineTests {
    static let binary = TestSite.repository.appendingPathComponent(".build/debug/planpress")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL, executable: URL = binary) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are drained at once: a child that fills one pipe while the other is read would block forever.
        let errorOutput = Pipe.Drain(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errorOutput.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a system tool, e.g. chmod.
    static func runTool(_ path: String, _ arguments: [String]) throws -> Run {
        try run(arguments, in: URL(fileURLWithPath: "/"), executable: URL(fileURLWithPath: path))
    }

    @Test func buildPrintsASummaryAndExitsZero() throws {
        let site = try TestSite(Fixtures.site)
        let run = try Self.run(["build"], in: site.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Built "))
        #expect(run.stdout.contains("task         3"))
        #expect(run.stderr.contains("render"))
        #expect(site.exists("index.html"))
    }

    @Test func contentErrorsExitOneWithLocatedMessagesAndWriteNothing() throws {
        let site = try TestSite(Fixtures.site)
        try site.write(
            "content/tasks/I.1.md", "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: van-phong-so\ndue: 2026-2030\n---\n")
        let run = try Self.run(["build"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/tasks/I.1.md:5:7: error: unknown unit 'van-phong-so'"))
        #expect(run.stderr.contains("nothing was written"))
        #expect(!site.exists("index.html"))
    }

    @Test func checkValidatesWithoutWriting() throws {
        let site = try TestSite(Fixtures.site)
        let run = try Self.run(["check"], in: site.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("3 tasks"))
        #expect(!site.exists("index.html"))
    }

    @Test func usageErrorsExitTwo() throws {
        let site = try TestSite(Fixtures.site)
        #expect(try Self.run(["build", "--no-such-flag"], in: site.root).status == 2)
        #expect(try Self.run(["build", "--base-url", "ftp://x"], in: site.root).status == 2)
        let refused = try Self.run(["build", "--output", "/"], in: site.root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("refusing"))
    }
}

/// A build killed in the middle of writing leaves the previous site complete and unchanged.
@Suite struct InterruptedBuildTests {
    @Test func aBuildKilledWhileWritingLeavesThePreviousSiteUnchanged() throws {
        let site = try TestSite(Fixtures.site + Self.stories(500, tagged: true))
        let first = try CommandLineTests.run(["build"], in: site.root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.outputSnapshot()
        try site.write("content/news/2026-09-01-moi.md", "---\ntitle: Tin mới\ndate: 2026-09-01\n---\n")

        var killedWhileWriting = false
        for _ in 1...3 where !killedWhileWriting {
            killedWhileWriting = try Self.interruptWhileWriting(site, with: SIGKILL) != nil
            if !killedWhileWriting {
                // The build won the race: put the old site back and try again.
                try FileManager.default.removeItem(at: site.output)
                #expect(try CommandLineTests.run(["build"], in: site.root).status == 0)
            }
        }
        #expect(killedWhileWriting, "the build never got caught while writing")
        #expect(try site.outputSnapshot() == before, "the killed build changed site/")
        #expect(!site.exists("tin-tuc/tin-moi/index.html"))

        let again = try CommandLineTests.run(["build"], in: site.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(site.exists("tin-tuc/tin-moi/index.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    /// Ctrl-C, a `kill` and a closed terminal: the build removes its staging folder before it exits.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aBuildInterruptedBySignalRemovesItsStagingFolder(_ signalNumber: Int32) throws {
        let site = try TestSite(Fixtures.site + Self.stories(1500, tagged: false))
        var interrupted: Process?
        for _ in 1...5 where interrupted == nil {
            interrupted = try Self.interruptWhileWriting(site, with: signalNumber)
            if interrupted == nil { try? FileManager.default.removeItem(at: site.output) }
        }
        let process = try #require(interrupted, "the build never got caught while writing")
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signalNumber)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
        #expect(!site.exists("index.html"), "an interrupted first build published a site")
    }

    /// `count` short stories, enough that a build spends a while writing.
    static func stories(_ count: Int, tagged: Bool) -> String {
        (1...count).map { i in
            let date = "2026-07-\(String(format: "%02d", i % 28 + 1))"
            let tags = tagged ? "tags: [chủ đề \(i % 40)]\n" : ""
            return "\n-- content/news/\(date)-tin-\(i).md --\n---\ntitle: Tin số \(i)\ndate: \(date)\nsummary: Tóm tắt tin \(i).\n\(tags)---\nNội dung tin \(i).\n"
        }.joined()
    }

    /// Starts `planpress build` in the site and sends `signal` as soon as its staging folder appears. The ended
    /// process, or nil when the build finished before it could be caught.
    static func interruptWhileWriting(_ site: TestSite, with signal: Int32) throws -> Process? {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["build"]
        process.currentDirectoryURL = site.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var caught = false
        while process.isRunning, !caught {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".site.staging-") }) {
                kill(process.processIdentifier, signal)
                caught = true
            } else {
                usleep(1_000)
            }
        }
        process.waitUntilExit()
        // A build that ended well had finished writing before the signal came.
        let finished = process.terminationReason == .exit && process.terminationStatus == 0
        return caught && !finished ? process : nil
    }
}

/// `planpress init` writes a new site only into a new or empty folder.
@Suite struct InitTargetTests {
    @Test func initRefusesTheRootAndAFolderWithFiles() throws {
        let root = try CommandLineTests.run(["init", "/"], in: TestSite.repository)
        #expect(root.status == 2)
        #expect(root.stderr.contains("error: / is not empty; init writes a new site into a new or empty folder"), "\(root.stderr)")
        let used = try TestSite("-- notes.txt --\nghi chú\n", theme: false)
        let run = try CommandLineTests.run(["init", used.root.path], in: TestSite.repository)
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: used.root.appendingPathComponent("planpress.yaml").path))
        let empty = used.root.appendingPathComponent("moi")
        #expect(try CommandLineTests.run(["init", empty.path], in: TestSite.repository).status == 0)
        #expect(try CommandLineTests.run(["build", "--source", empty.path], in: TestSite.repository).status == 0)
    }
}

extension Pipe {
    /// Reads a pipe to its end on a thread of its own.
    final class Drain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
