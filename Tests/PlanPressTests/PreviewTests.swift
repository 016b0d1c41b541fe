import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@testable import PlanPress
@testable import PlanPressPreview

/// `planpress serve`: answers from memory, live reload, partial rebuilds, the error overlay, safe paths.
@Suite struct PreviewTests {
    static let files: [String: Data] = [
        "index.html": Data("home".utf8), "nhiem-vu/i-1/index.html": Data("task".utf8),
        "assets/css/style.css": Data("css".utf8), "404.html": Data("not found".utf8), "data/tasks.csv": Data("csv".utf8),
    ]

    @Test func pathsAnswerWithFilesFoldersRedirectsAndThe404Page() {
        #expect(PreviewFiles.answer("/", files: Self.files) == .file(path: "index.html", data: Data("home".utf8)))
        #expect(PreviewFiles.answer("/nhiem-vu/i-1/", files: Self.files) == .file(path: "nhiem-vu/i-1/index.html", data: Data("task".utf8)))
        #expect(PreviewFiles.answer("/nhiem-vu/i-1", files: Self.files) == .redirect(to: "/nhiem-vu/i-1/"))
        #expect(PreviewFiles.answer("/khong-co/", files: Self.files) == .notFound(page: Data("not found".utf8)))
        #expect(PreviewFiles.contentType("assets/css/style.css") == "text/css; charset=utf-8")
        #expect(PreviewFiles.contentType("data/tasks.csv") == "text/csv; charset=utf-8")
        #expect(PreviewFiles.contentType("a/xu-huong.svg") == "image/svg+xml")
        #expect(PreviewFiles.contentType("feed.json") == "application/json; charset=utf-8")
        #expect(PreviewFiles.contentType("feed.xml") == "application/xml; charset=utf-8")
    }

    @Test(arguments: ["/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/assets/../../x", "/a/%2E%2E/%2E%2E/b", "/a\\..\\b", "/%00"])
    func traversalIsRefused(_ path: String) {
        #expect(PreviewFiles.answer(path, files: Self.files) == .badRequest)
    }

    @Test func aSymlinkOutOfTheStaticFolderIsNotServed() throws {
        let site = try TestSite(Fixtures.site)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-secret-\(UUID().uuidString)")
        try Data("secret".utf8).write(to: outside)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("static/secret.txt"), withDestinationURL: outside)
        try site.write("static/ok.txt", "ok")
        let read = IncrementalBuild.readFolder(site.root.appendingPathComponent("static"))
        #expect(read["ok.txt"] == Data("ok".utf8))
        #expect(read["secret.txt"] == nil)
    }

    @Test func editingOneNewsItemRerendersOnlyThePagesThatShowNews() throws {
        let site = try TestSite(Fixtures.site)
        var build = IncrementalBuild(options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/"))
        let full = try build.rebuild()
        #expect(!full.partial && full.renderedPages > 20)
        let before = try #require(build.files["nhiem-vu/i-1/index.html"])
        let sitemap = try #require(build.files["sitemap.xml"])
        try site.write("content/news/2026-08-01-mot-cua.md", "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-08-01\nsummary: Tóm tắt mới.\ntags: [dịch vụ công]\nrelated: [II.1, ty-le-ho-so-truc-tuyen]\n---\nNội dung đã sửa.\n")
        let partial = try build.rebuild(changed: ["content/news/2026-08-01-mot-cua.md"])
        #expect(partial.partial)
        #expect(partial.renderedPages < full.renderedPages)
        // The item, the news list, the tag page, the home page and the related task and indicator pages.
        let item = String(decoding: try #require(build.files["tin-tuc/day-manh-dich-vu-cong-truc-tuyen/index.html"]), as: UTF8.self)
        #expect(item.contains("Nội dung đã sửa."))
        #expect(String(decoding: try #require(build.files["nhiem-vu/ii-1/index.html"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(String(decoding: try #require(build.files["feed.xml"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(String(decoding: try #require(build.files["tin-tuc/index.html"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(String(decoding: try #require(build.files["the/dich-vu-cong/index.html"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(String(decoding: try #require(build.files["linh-vuc/cai-cach-thu-tuc-hanh-chinh/feed.xml"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(String(decoding: try #require(build.files["nhiem-vu/ii-1/feed.json"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(String(decoding: try #require(build.files["the/dich-vu-cong/feed.xml"]), as: UTF8.self).contains("Tóm tắt mới."))
        #expect(build.files["nhiem-vu/i-1/index.html"] == before, "an unrelated task page is left as it was")
        #expect(build.files["sitemap.xml"] == sitemap, "the sitemap still lists the pages this rebuild left alone")
        // A theme change renders everything again.
        let base = try #require(try? String(contentsOf: site.root.appendingPathComponent("themes/default/templates/base.mustache"), encoding: .utf8))
        try site.write("themes/default/templates/base.mustache", base.replacingOccurrences(of: "</body>", with: "<!-- theme edited --></body>"))
        #expect(try build.rebuild(changed: ["themes/default/templates/base.mustache"]).partial == false)
        #expect(String(decoding: try #require(build.files["nhiem-vu/i-1/index.html"]), as: UTF8.self).contains("theme edited"))
    }

    @Test func aDeletedOrAddedNewsFileIsSeenWhenOnlyItIsNamedAsChanged() throws {
        let site = try TestSite(Fixtures.site)
        var build = IncrementalBuild(options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/"))
        _ = try build.rebuild()
        let page = "tin-tuc/day-manh-dich-vu-cong-truc-tuyen/index.html"
        #expect(build.files[page] != nil)
        let path = "content/news/2026-08-01-mot-cua.md"
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
        _ = try build.rebuild(changed: [path])
        #expect(build.files[page] == nil)
        try Self.expectSameAsAFullBuild(build, options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/"), after: "a deletion")
        try site.write("content/news/2026-09-01-moi.md", "---\ntitle: Tin mới\ndate: 2026-09-01\ntags: [mới]\n---\nMới.\n")
        #expect(try build.rebuild(changed: ["content/news/2026-09-01-moi.md"]).partial)
        #expect(build.files["tin-tuc/tin-moi/index.html"] != nil)
        try Self.expectSameAsAFullBuild(build, options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/"), after: "an addition")
    }

    @Test func aBrokenNewsEditIsReportedAtItsPlaceAndTheFixedSiteEqualsAFullBuild() throws {
        // A task no report mentions gives a warning from the resolve stage, which a news edit must keep.
        let site = try TestSite(Fixtures.site + "\n-- content/tasks/I.9.md --\n---\nid: \"I.9\"\narea: I\ntitle: Nhiệm vụ mới\nlead: van-phong\ndue: 2026-2030\nproduct: Báo cáo\n---\n")
        let options = BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/")
        var build = IncrementalBuild(options: options)
        let first = try build.rebuild()
        let path = "content/news/2026-08-01-mot-cua.md"
        try site.write(path, "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-13-45\n---\nSửa.\n")
        let failure = #expect(throws: BuildFailure.self, "a bad date must fail the rebuild") { try build.rebuild(changed: [path]) }
        #expect(failure?.diagnostics.contains { $0.location.path == path && $0.location.line == 3 && $0.severity == .error } == true)
        try site.write(path, "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-08-02\nsummary: Sở đẩy mạnh dịch vụ công.\ntags: [dịch vụ công]\n---\nĐã sửa xong.\n")
        let fixed = try build.rebuild(changed: [path])
        #expect(first.warnings.contains { $0.message.contains("I.9") })
        #expect(fixed.warnings.map(\.message) == first.warnings.map(\.message), "the other files' warnings are kept")
        try Self.expectSameAsAFullBuild(build, options: options, after: "the fix")
    }

    /// Stories over two years, two to a list page, in two languages, for edits of every kind.
    static let newsSite = LanguageTests.bilingual.replacingOccurrences(of: "illustrative: true", with: "illustrative: true\npagination:\n  news: 2")
        + (1...6).map { n in
            // The last two share a day, which orders them by title.
            let date = "202\(n <= 3 ? 5 : 6)-0\(min(n, 5))-0\(min(n, 5))"
            return """

            -- content/news/\(date)-tin-\(n).md --
            ---
            title: Tin số \(n)
            slug: tin-so-\(n)
            date: \(date)
            summary: Tóm tắt \(n).
            tags: [\(n % 2 == 0 ? "chẵn" : "lẻ"), chung]
            related: [\(n % 2 == 0 ? "II.1" : "ty-le-ho-so-truc-tuyen")]
            ---
            Nội dung \(n).
            """
        }.joined()
        + "\n-- content/news/2025-02-02-tin-2.en.md --\n---\ntitle: Story 2\ntags: [even, common]\n---\nStory 2.\n"

    /// Each kind of edit, and whether the rebuild is partial.
    @Test(arguments: [
        ("a story's text", "content/news/2025-02-02-tin-2.md", "---\ntitle: Tin số 2\nslug: tin-so-2\ndate: 2025-02-02\nsummary: Tóm tắt 2.\ntags: [chẵn, chung]\nrelated: [II.1]\n---\nNội dung đã sửa.\n", true),
        ("its translation", "content/news/2025-02-02-tin-2.en.md", "---\ntitle: Story 2\ntags: [even, common]\n---\nEdited story.\n", true),
        ("the newest story's summary", "content/news/2026-08-01-mot-cua.md", "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-08-01\nsummary: Tóm tắt mới.\ntags: [dịch vụ công]\nrelated: [II.1, ty-le-ho-so-truc-tuyen]\n---\nNội dung tin.\n", true),
        ("a title, which orders a day's stories", "content/news/2026-05-05-tin-5.md", "---\ntitle: Z Tin số 5\nslug: tin-so-5\ndate: 2026-05-05\nsummary: Tóm tắt 5.\ntags: [lẻ, chung]\nrelated: [ty-le-ho-so-truc-tuyen]\n---\nNội dung 5.\n", true),
        ("the tags and links", "content/news/2026-04-04-tin-4.md", "---\ntitle: Tin số 4\nslug: tin-so-4\ndate: 2026-04-04\nsummary: Tóm tắt 4.\ntags: [lẻ]\nrelated: [ty-le-ho-so-truc-tuyen]\n---\nNội dung 4.\n", true),
        ("a date, into another year", "content/news/2025-01-01-tin-1.md", "---\ntitle: Tin số 1\nslug: tin-so-1\ndate: 2026-01-01\nsummary: Tóm tắt 1.\ntags: [lẻ, chung]\nrelated: [ty-le-ho-so-truc-tuyen]\n---\nNội dung 1.\n", true),
        ("a title, and with it the address", "content/news/2025-03-03-tin-3.md", "---\ntitle: Tin số ba\ndate: 2025-03-03\nsummary: Tóm tắt 3.\ntags: [lẻ, chung]\nrelated: [ty-le-ho-so-truc-tuyen]\n---\nNội dung 3.\n", true),
        ("a tag of its own, which adds a tag page", "content/news/2026-04-04-tin-4.md", "---\ntitle: Tin số 4\nslug: tin-so-4\ndate: 2026-04-04\nsummary: Tóm tắt 4.\ntags: [chẵn, chung, riêng]\nrelated: [II.1]\n---\nNội dung 4.\n", true),
        ("a story made a draft", "content/news/2025-03-03-tin-3.md", "---\ntitle: Tin số 3\nslug: tin-so-3\ndate: 2025-03-03\ndraft: true\nsummary: Tóm tắt 3.\ntags: [lẻ, chung]\n---\nNội dung 3.\n", true),
    ])
    func everyKindOfNewsEditGivesWhatAFullBuildGives(_ kind: String, _ path: String, _ text: String, _ partial: Bool) throws {
        let site = try TestSite(Self.newsSite)
        let options = BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/")
        var build = IncrementalBuild(options: options)
        let full = try build.rebuild()
        try site.write(path, text)
        let edit = try build.rebuild(changed: [path])
        #expect(edit.partial == partial, "\(kind): \(edit.renderedPages) of \(full.renderedPages) pages")
        try Self.expectSameAsAFullBuild(build, options: options, after: kind)
    }

    @Test func anEditorsTemporaryFilesChangeNothing() throws {
        let site = try TestSite(Self.newsSite)
        let options = BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/")
        var build = IncrementalBuild(options: options)
        _ = try build.rebuild()
        let before = build.files
        let (temporary, swap) = ("content/news/sedAb12Cd", "content/news/.2025-02-02-tin-2.md.swp")
        try site.write(temporary, "Nội dung đang ghi")
        #expect(try build.rebuild(changed: [temporary, swap]).renderedPages == 0)
        #expect(build.files == before)
        let path = "content/news/2025-02-02-tin-2.md"
        try site.write(path, "---\ntitle: Tin số 2\nslug: tin-so-2\ndate: 2025-02-02\nsummary: Tóm tắt 2.\ntags: [chẵn, chung]\nrelated: [II.1]\n---\nĐã sửa.\n")
        let edit = try build.rebuild(changed: [path, temporary])
        #expect(!edit.stageTimes.map(\.0).contains("validate"), "only the saved file is read and checked again")
        try Self.expectSameAsAFullBuild(build, options: options, after: "a save beside a temporary file")
    }

    @Test func aSwapFileReloadsNoPageAndASavedStoryDoes() async throws {
        let site = try TestSite(Fixtures.site)
        let state = PreviewState(options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1/"))
        await state.rebuild()
        let version = await state.version
        try site.write("content/news/.2026-08-01-mot-cua.md.swp", "b0VIM")
        await state.rebuild(changed: ["content/news/.2026-08-01-mot-cua.md.swp"])
        #expect(await state.version == version)
        let path = "content/news/2026-08-01-mot-cua.md"
        try site.write(path, "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-08-01\ntags: [dịch vụ công]\n---\nĐã sửa.\n")
        await state.rebuild(changed: [path])
        #expect(await state.version == version + 1)
    }

    @Test func aFailedRebuildsFilesCountAsChangedUntilABuildSucceeds() throws {
        let site = try TestSite(Self.newsSite)
        let options = BuildOptions(source: site.root, baseURL: "http://127.0.0.1:1313/")
        var build = IncrementalBuild(options: options)
        _ = try build.rebuild()
        let broken = "content/news/2025-02-02-tin-2.md"
        let story = "---\ntitle: Tin số 2\ndate: 2025-02-02\nsummary: Tóm tắt 2.\ntags: [chẵn, chung]\nrelated: [II.1]\n---\n"
        try site.write(broken, story + "Trước.\n\n{{< task X.9 >}}\n")
        #expect(throws: BuildFailure.self) { try build.rebuild(changed: [broken]) }
        let other = "content/news/2026-05-05-tin-5.md"
        try site.write(other, "---\ntitle: Tin số 5\ndate: 2026-05-05\nsummary: Tóm tắt 5.\ntags: [lẻ, chung]\n---\nĐã sửa.\n")
        let failure = #expect(throws: BuildFailure.self, "the story still names an unknown task") { try build.rebuild(changed: [other]) }
        #expect(failure?.diagnostics.contains { $0.location.path == broken && $0.location.line == 10 && $0.message.contains("X.9") } == true)
        try site.write(broken, story + "Đã sửa.\n")
        _ = try build.rebuild(changed: [broken])
        try Self.expectSameAsAFullBuild(build, options: options, after: "the fix")
    }

    /// Every file `build` holds has the bytes a fresh build of the same content gives, and no file is missing or left over.
    static func expectSameAsAFullBuild(_ build: IncrementalBuild, options: BuildOptions, after edit: String) throws {
        var fresh = IncrementalBuild(options: options)
        _ = try fresh.rebuild()
        #expect(build.files.keys.sorted() == fresh.files.keys.sorted(), "after \(edit)")
        for (file, bytes) in fresh.files.sorted(by: { $0.key < $1.key }) where build.files[file] != bytes {
            Issue.record("after \(edit), \(file) differs from a full build")
        }
    }

    @Test func aNewsEditRendersTheFeedsOfItsOwnTagsOnly() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("content/news/2026-07-01-an-toan.md", "---\ntitle: Diễn tập an toàn thông tin\ndate: 2026-07-01\ntags: [an toàn]\n---\nNội dung.\n")
        let options = BuildOptions(source: site.root)
        let before = try Pipeline.check(options).0
        let path = "content/news/2026-08-01-mot-cua.md"
        try site.write(path, "---\ntitle: Đẩy mạnh dịch vụ công trực tuyến\ndate: 2026-08-01\ntags: [dịch vụ công]\n---\nSửa.\n")
        let scope = RenderScope.news(edited: [path], before: before, after: try Pipeline.check(options).0)
        #expect(scope.includes("feed.xml") && scope.includes("the/dich-vu-cong/feed.json"))
        #expect(!scope.includes("the/an-toan/feed.xml"))
        #expect(!scope.includes("tin-tuc/dien-tap-an-toan-thong-tin/index.html"))
    }

    @Test func theServerServesReloadsShowsErrorsAndRecovers() async throws {
        let site = try TestSite(Fixtures.site)
        let state = PreviewState(options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1/"))
        await state.rebuild()
        let server = try PreviewServer(state: state, host: "127.0.0.1", port: 0)
        let task = Task { try await server.run() }
        defer { task.cancel() }
        try await server.waitUntilListening()
        let port = try #require(await server.port())
        let base = "http://127.0.0.1:\(port)"

        let home = try await Self.get(base + "/")
        #expect(home.status == 200 && home.body.contains("<script src=\"/__planpress/live.js\"></script>"))
        #expect(home.body.contains("script-src 'self'"), "serve mode lets the reload script run")
        #expect(try await Self.get(base + "/__planpress/live.js").body.contains("new WebSocket"))
        #expect(try await Self.get(base + "/khong-co/").status == 404)
        #expect(try await Self.get(base + "/%2e%2e/%2e%2e/etc/passwd").status == 400)
        let css = try await Self.get(base + "/assets/css/style.css")
        #expect(css.status == 200 && css.type == "text/css; charset=utf-8" && css.etag != nil)

        var versions = await state.subscribe().makeAsyncIterator()
        try site.write("content/tasks/I.1.md", "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: van-phong-so\ndue: 2026-2030\n---\n")
        await state.rebuild(changed: ["content/tasks/I.1.md"])
        #expect(await versions.next() == 2, "a reload event follows the rebuild")
        let broken = try await Self.get(base + "/nhiem-vu/i-1/")
        #expect(broken.status == 200, "the last good page is still served")
        #expect(broken.body.contains("id=\"planpress-error\""))
        #expect(broken.body.contains("content/tasks/I.1.md:5:7: error: unknown unit &#39;van-phong-so&#39;") || broken.body.contains("content/tasks/I.1.md:5:7: error: unknown unit 'van-phong-so'"))

        try site.write("content/tasks/I.1.md", "---\nid: \"I.1\"\narea: I\ntitle: Rà soát đã sửa\nlead: van-phong\ndue: 2026-2030\n---\n")
        await state.rebuild(changed: ["content/tasks/I.1.md"])
        #expect(await versions.next() == 3)
        let fixed = try await Self.get(base + "/nhiem-vu/i-1/")
        #expect(!fixed.body.contains("planpress-error") && fixed.body.contains("Rà soát đã sửa"))
        await server.stop()
    }

    @Test func theWatcherReportsASavedFile() async throws {
        let site = try TestSite(Fixtures.site)
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        let watcher = FileWatcher(root: site.root) { continuation.yield($0) }
        watcher.start()
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(400))
        try site.write("content/news/2026-08-01-mot-cua.md", "---\ntitle: Sửa\ndate: 2026-08-01\n---\n")
        var iterator = stream.makeAsyncIterator()
        let changed = await iterator.next()
        #expect(changed?.contains("content/news/2026-08-01-mot-cua.md") == true, "\(String(describing: changed))")
    }

    struct Response {
        var status: Int
        var type: String?
        var etag: String?
        var body: String
    }

    static func get(_ url: String) async throws -> Response {
        let request = URLRequest(url: try #require(URL(string: url)))
        return try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error { return continuation.resume(throwing: RequestFailure(url: url, error: "\(error)")) }
                let http = response as? HTTPURLResponse
                continuation.resume(returning: Response(
                    status: http?.statusCode ?? 0, type: http?.value(forHTTPHeaderField: "Content-Type"),
                    etag: http?.value(forHTTPHeaderField: "ETag"), body: String(decoding: data ?? Data(), as: UTF8.self)))
            }.resume()
        }
    }
}

/// A request of the preview tests that got no answer, with its address.
struct RequestFailure: Error, CustomStringConvertible {
    var url: String
    var error: String
    var description: String { "GET \(url): \(error)" }
}
