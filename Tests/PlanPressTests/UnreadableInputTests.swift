import Foundation
import Testing

@testable import PlanPress

/// A file or folder the build cannot read is an error that names it: a site is never published without it.
///
/// Permissions do not stop root, so when the tests run as root the `planpress` binary is run as `nobody`
/// (`setpriv`); a symbolic link that loops stops every user and needs no second user.
@Suite struct UnreadableInputTests {
    /// Runs `planpress ARGS` in the site as a user whom permissions stop.
    static func runUnprivileged(_ arguments: [String], in site: TestSite) throws -> CommandLineTests.Run {
        guard getuid() == 0 else { return try CommandLineTests.run(arguments, in: site.root) }
        return try CommandLineTests.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", CommandLineTests.binary.path] + arguments, in: site.root,
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    /// A site that the unprivileged user can read, with its output beside it.
    static func openSite(_ txtar: String) throws -> TestSite {
        let site = try TestSite(txtar)
        guard getuid() == 0 else { return site }
        _ = try CommandLineTests.runTool("/bin/chmod", ["-R", "a+rwX", site.root.path])
        var path = site.root.deletingLastPathComponent()
        while path.path != "/" {
            _ = try CommandLineTests.runTool("/bin/chmod", ["a+x", path.path])
            path = path.deletingLastPathComponent()
        }
        return site
    }

    func lockUp(_ path: String, in site: TestSite) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: site.root.appendingPathComponent(path).path)
    }

    @Test(arguments: ["content/news", "content/reports", "content/tasks"])
    func anUnreadableContentFolderIsAnErrorNamingIt(_ folder: String) throws {
        let site = try Self.openSite(Fixtures.site)
        try Self.runUnprivileged(["build"], in: site).expectSuccess()
        try lockUp(folder, in: site)
        let run = try Self.runUnprivileged(["build"], in: site)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.root.appendingPathComponent(folder).path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(folder):1:1: error: cannot read \(folder): Permission denied"), "\(run.stderr)")
        // Only the cause: no task or report reported missing because of it.
        #expect(run.stderr.contains("check failed with 1 error"), "\(run.stderr)")
        #expect(try site.file("tin-tuc/index.html").contains("Đẩy mạnh dịch vụ công trực tuyến"), "the previous site changed")
    }

    @Test func anUnreadableContentFileIsAnErrorNamingIt() throws {
        let site = try Self.openSite(Fixtures.site)
        try lockUp("content/news/2026-08-01-mot-cua.md", in: site)
        let run = try Self.runUnprivileged(["check"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/news/2026-08-01-mot-cua.md:1:1: error: cannot read file"), "\(run.stderr)")
    }

    @Test func anUnreadableStaticFolderOrFileIsAnErrorNamingIt() throws {
        let site = try Self.openSite(Fixtures.site + "\n-- static/images/a.txt --\nx\n-- static/docs/b.txt --\ny\n")
        try lockUp("static/images", in: site)
        try lockUp("static/docs/b.txt", in: site)
        let run = try Self.runUnprivileged(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("static/images:1:1: error: cannot read static/images: Permission denied"), "\(run.stderr)")
        #expect(run.stderr.contains("static/docs/b.txt:1:1: error: cannot read static/docs/b.txt: Permission denied"), "\(run.stderr)")
        #expect(!site.exists("index.html"))
    }

    @Test func anUnreadableTemplateIsNamedAndNotReportedMissing() throws {
        let site = try Self.openSite(Fixtures.site)
        try lockUp("themes/default/templates/task.mustache", in: site)
        let run = try Self.runUnprivileged(["check"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("themes/default/templates/task.mustache:1:1: error: cannot read themes/default/templates/task.mustache: Permission denied"), "\(run.stderr)")
        #expect(!run.stderr.contains("has no template"), "\(run.stderr)")
    }

    @Test func aFolderThatIsASymbolicLinkLoopIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/pages/vong").path, withDestinationPath: "vong")
        let errors = site.failure().filter { $0.severity == .error }
        #expect(errors.map(\.description) == ["content/pages/vong:1:1: error: cannot read content/pages/vong: a symbolic link that leads nowhere"])
    }

    @Test func aNewsImageLinkedFromOutsideStaticIsAnError() throws {
        let site = try TestSite(Fixtures.site.replacingOccurrences(
            of: "related: [II.1, ty-le-ho-so-truc-tuyen]", with: "related: [II.1, ty-le-ho-so-truc-tuyen]\nimage: images/a.jpg\nimage_alt: Ảnh"))
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-outside-\(UUID().uuidString).jpg")
        try Data([0xFF, 0xD8, 0xFF]).write(to: outside)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("static/images"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("static/images/a.jpg"), withDestinationURL: outside)
        let error = try #require(site.failure().first { $0.severity == .error })
        #expect(error.message == "image 'static/images/a.jpg' is a symbolic link that leads outside static/")
        #expect(error.location.line == 7 && error.location.column == 8)
    }
}

extension CommandLineTests.Run {
    func expectSuccess(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(status == 0, "\(stderr)", sourceLocation: sourceLocation)
    }
}
