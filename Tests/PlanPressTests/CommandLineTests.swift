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

    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
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
