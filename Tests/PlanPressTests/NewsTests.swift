import Foundation
import FoundationXML
import Testing

@testable import PlanPress

/// News for the public: drafts and future items, archive, feeds, live data in stories, sharing and feedback.
@Suite struct NewsTests {
    static let today = CalendarDate(year: 2026, month: 9, day: 15)!

    static func options(_ site: TestSite, drafts: Bool = false, future: Bool = false) -> BuildOptions {
        BuildOptions(source: site.root, output: site.output, includeDrafts: drafts, includeFuture: future, today: today)
    }

    static let moreNews = """

        -- content/news/2026-09-01-nhap.md --
        ---
        title: Bản nháp
        date: 2026-09-01
        draft: true
        ---
        -- content/news/2026-12-01-sap-toi.md --
        ---
        title: Tin sắp tới
        date: 2026-12-01
        ---
        -- content/news/2025-12-20-nam-truoc.md --
        ---
        title: Tin năm trước
        date: 2025-12-20
        tags: [dịch vụ công]
        ---
        """

    @Test func futureItemsAreLeftOutUnlessAskedForAndListed() throws {
        let site = try TestSite(Fixtures.site + Self.moreNews)
        let report = try site.build(Self.options(site))
        #expect(!site.exists("tin-tuc/tin-sap-toi/index.html"))
        #expect(!site.exists("tin-tuc/ban-nhap/index.html"))
        #expect(report.leftOut.contains("future (dated 2026-12-01): content/news/2026-12-01-sap-toi.md"))
        #expect(report.leftOut.contains("draft: content/news/2026-09-01-nhap.md"))
        try site.build(Self.options(site, drafts: true, future: true))
        #expect(site.exists("tin-tuc/tin-sap-toi/index.html"))
        #expect(site.exists("tin-tuc/ban-nhap/index.html"))
    }

    @Test func newsHasAYearlyArchiveNewestFirst() throws {
        let site = try TestSite(Fixtures.site + Self.moreNews)
        try site.build(Self.options(site))
        try site.assertFile("tin-tuc/luu-tru/2025/index.html", "Tin năm trước\n! Đẩy mạnh dịch vụ công trực tuyến")
        try site.assertFile("tin-tuc/index.html", "href=\"/cchc/tin-tuc/luu-tru/2026/\">2026</a>\nhref=\"/cchc/tin-tuc/luu-tru/2025/\">2025</a>")
        let list = try site.file("tin-tuc/index.html")
        let newer = try #require(list.range(of: "Đẩy mạnh dịch vụ công trực tuyến"))
        let older = try #require(list.range(of: "Tin năm trước"))
        #expect(newer.lowerBound < older.lowerBound)
    }

    @Test func feedsAreValidAtomAndJSONWithAbsoluteURLs() throws {
        let site = try TestSite(Fixtures.site + Self.moreNews)
        try site.build(Self.options(site))
        for folder in ["", "the/dich-vu-cong/", "nhiem-vu/ii-1/", "chi-so/ty-le-ho-so-truc-tuyen/", "linh-vuc/cai-cach-thu-tuc-hanh-chinh/"] {
            let atom = try XMLDocument(data: Data(contentsOf: site.output.appendingPathComponent(folder + "feed.xml")))
            let root = try #require(atom.rootElement())
            #expect(root.name == "feed" && root.uri == "http://www.w3.org/2005/Atom", "\(folder)feed.xml")
            let entries = root.elements(forName: "entry")
            #expect(!entries.isEmpty, "\(folder)feed.xml has no entries")
            for entry in entries {
                let href = entry.elements(forName: "link").first?.attributes?.first { $0.name == "href" }?.stringValue ?? ""
                #expect(href.hasPrefix("https://example.gov.vn/cchc/"), "\(folder): \(href)")
            }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent(folder + "feed.json"))) as? [String: Any]
            #expect(json?["version"] as? String == "https://jsonfeed.org/version/1.1")
            #expect((json?["items"] as? [Any])?.count == entries.count)
        }
        // A task's feed carries its report updates as well as its news.
        try site.assertFile(
            "nhiem-vu/ii-1/feed.xml",
            """
            <title>Quý 3/2026: nhiệm vụ II.1 – Hoàn thành, 100%</title>
            <id>https://example.gov.vn/cchc/bao-cao/2026-q3/#task-ii-1</id>
            <title>Đẩy mạnh dịch vụ công trực tuyến</title>
            """)
        try site.assertFile("feed.xml", "! Bản nháp\n! Tin sắp tới")
        try site.assertFile("index.html", "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Cải cách hành chính thử nghiệm\" href=\"/cchc/feed.xml\">")
    }

    @Test func aStoryEmbedsLiveFiguresAndAnUnknownIDIsAnError() throws {
        let story = """

            -- content/news/2026-09-10-so-lieu.md --
            ---
            title: Số liệu mới
            date: 2026-09-10
            ---
            Tỷ lệ hồ sơ trực tuyến hiện nay:

            {{< indicator ty-le-ho-so-truc-tuyen >}}

            {{< task I.2 >}}
            """
        let site = try TestSite(Fixtures.site + story)
        try site.build(Self.options(site))
        try site.assertFile(
            "tin-tuc/so-lieu-moi/index.html",
            """
            <aside class="live-data"
            87,5%
            Nhiệm vụ I.2</a>: Góp ý dự thảo văn bản
            Chậm tiến độ
            Quá hạn
            ! {{&lt;
            """)
        try site.write("content/news/2026-09-10-so-lieu.md", "---\ntitle: Số liệu mới\ndate: 2026-09-10\n---\nMở đầu.\n\n{{< indicator khong-co >}}\n")
        let error = try #require(site.failure(Self.options(site)).first { $0.severity == .error })
        #expect(error.location == SourceLocation(path: "content/news/2026-09-10-so-lieu.md", line: 7, column: 1))
        #expect(error.message == "unknown indicator 'khong-co' in {{< indicator khong-co >}}")
    }

    /// Texts, and whether they hold the start of a live-data tag.
    static let liveDataTagTexts: [(String, Bool)] = [
        ("{{< task I.1 >}}", true), ("Xem {{< indicator x >}} nhé", true), ("cuối {{<", true), ("{{{<", true),
        ("{{ không phải }}", false), ("{ {< a", false), ("{{", false), ("", false), ("kết thúc {{", false),
    ]

    @Test(arguments: liveDataTagTexts)
    func theQuickCheckForLiveDataTagsFindsEveryOne(_ text: String, _ mayContain: Bool) {
        #expect(Shortcode.mayContain(text[...]) == mayContain)
        #expect(Shortcode.mayContain((String(repeating: "{ ", count: 100) + text)[...]) == mayContain, "past many braces")
        // A body is a slice of its file's text: a tag before the body, in the front matter, does not count.
        let file = "---\nsummary: {{< task I.1 >}}\n---\n" + text
        #expect(Shortcode.mayContain(file.dropFirst(file.count - text.count)) == mayContain, "in a slice")
    }

    @Test func newsItemsShareWithoutThirdPartyScriptsAndCarryArticleData() throws {
        let site = try TestSite(
            Fixtures.site + """

                -- static/images/mot-cua.jpg --
                not really a picture
                -- content/news/2026-09-02-anh.md --
                ---
                title: Tin có ảnh </script><script>alert(1)</script>
                date: 2026-09-02
                summary: Tóm tắt "có" ngoặc & ký hiệu
                image: images/mot-cua.jpg
                image_alt: Người dân nộp hồ sơ
                ---
                """)
        try site.build(Self.options(site))
        let page = "tin-tuc/tin-co-anh-script-script-alert-1-script/index.html"
        try site.assertFile(
            page,
            """
            <meta property="og:type" content="article">
            <meta property="og:image" content="https://example.gov.vn/cchc/images/mot-cua.jpg">
            <meta name="twitter:card" content="summary_large_image">
            <meta property="og:locale" content="vi_VN">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"
            "image":["https://example.gov.vn/cchc/images/mot-cua.jpg"],"inLanguage":"vi","mainEntityOfPage":"https://example.gov.vn/cchc/tin-tuc/
            \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e
            https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.gov.vn%2Fcchc%2Ftin-tuc%2F
            https://sp.zalo.me/share?url=https%3A%2F%2Fexample.gov.vn%2Fcchc%2Ftin-tuc%2F
            readonly value="https://example.gov.vn/cchc/tin-tuc/tin-co-anh-script-script-alert-1-script/"
            ! <script>alert(1)</script>
            """)
        #expect(site.exists("images/mot-cua.jpg"))
        try site.write("content/news/2026-09-02-anh.md", "---\ntitle: Ảnh\ndate: 2026-09-02\nimage: images/khong-co.jpg\nimage_alt: Ảnh\n---\n")
        let error = try #require(site.failure(Self.options(site)).first { $0.severity == .error })
        #expect(error.description == "content/news/2026-09-02-anh.md:4:8: error: image 'static/images/khong-co.jpg' does not exist")
    }

    @Test func feedbackLinksEncodeVietnameseAndReservedCharacters() {
        let feedback = Feedback(email: "gopy@example.gov.vn", form: nil)
        let mail = FeedbackLink.url(
            for: feedback, pageURL: "https://example.gov.vn/cchc/nhiem-vu/ii-3/", title: "Góp ý & hỏi? #1 \"x\"", id: "II.3",
            subject: "Góp ý: Nhiệm vụ II.3 [II.3]", body: "Trang: https://example.gov.vn/cchc/nhiem-vu/ii-3/?a=1&b=2#c")
        #expect(
            mail == "mailto:gopy@example.gov.vn?subject=G%C3%B3p%20%C3%BD%3A%20Nhi%E1%BB%87m%20v%E1%BB%A5%20II.3%20%5BII.3%5D"
                + "&body=Trang%3A%20https%3A%2F%2Fexample.gov.vn%2Fcchc%2Fnhiem-vu%2Fii-3%2F%3Fa%3D1%26b%3D2%23c")
        let form = FeedbackLink.url(
            for: Feedback(email: nil, form: "https://example.gov.vn/gop-y?url={url}&title={title}&id={id}"),
            pageURL: "https://example.gov.vn/cchc/a/?x=1#y", title: "Tiêu đề & \"ngoặc\" ? #", id: "II.3", subject: "", body: "")
        #expect(
            form == "https://example.gov.vn/gop-y?url=https%3A%2F%2Fexample.gov.vn%2Fcchc%2Fa%2F%3Fx%3D1%23y"
                + "&title=Ti%C3%AAu%20%C4%91%E1%BB%81%20%26%20%22ngo%E1%BA%B7c%22%20%3F%20%23&id=II.3")
    }

    @Test func everyPageMailsFeedbackNamingThePageItsIDAndTheBuildDate() throws {
        let site = try TestSite(Fixtures.site)
        try site.build(Self.options(site))
        try site.assertFile(
            "nhiem-vu/ii-1/index.html",
            "mailto:gopy@example.gov.vn?subject=G%C3%B3p%20%C3%BD%3A%20Nhi%E1%BB%87m%20v%E1%BB%A5%20II.1%20%5BII.1%5D&amp;body=Trang%3A%20https%3A%2F%2Fexample.gov.vn%2Fcchc%2Fnhiem-vu%2Fii-1%2F%0ANg%C3%A0y%20x%C3%A2y%20d%E1%BB%B1ng%20trang%3A%2015%2F9%2F2026")
    }

    @Test func theFeedbackPageListsEveryChannel() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(
                of: "  email: gopy@example.gov.vn",
                with: "  email: gopy@example.gov.vn\n  phone: 0225 3842 000\n  portal: https://dichvucong.gov.vn/\n  survey: https://example.gov.vn/khao-sat")
                + "\n-- content/pages/gop-y.md --\n---\ntitle: Góp ý\nlayout: feedback\n---\nChúng tôi lắng nghe.\n")
        try site.build(Self.options(site))
        try site.assertFile(
            "gop-y/index.html",
            """
            <a href="mailto:gopy@example.gov.vn">gopy@example.gov.vn</a>
            <a href="tel:02253842000">0225 3842 000</a>
            <a href="https://dichvucong.gov.vn/">
            <a href="https://example.gov.vn/khao-sat">Tham gia khảo sát</a>
            Chúng tôi lắng nghe.
            """)
        try site.write("content/pages/gop-y.md", "---\ntitle: Góp ý\nlayout: khong-co\n---\n")
        let error = try #require(site.failure(Self.options(site)).first { $0.severity == .error })
        #expect(error.description == "content/pages/gop-y.md:3:9: error: unknown template 'khong-co' for this page")
    }
}

/// `planpress new` and `planpress init`.
@Suite struct ScaffoldTests {
    @Test func newNewsIsADraftWithASlugFromTheVietnameseTitle() throws {
        let file = Scaffold.news(title: "Đẩy mạnh \"một cửa\": kết quả", today: CalendarDate(year: 2026, month: 11, day: 29)!)
        #expect(file.path == "content/news/2026-11-29-day-manh-mot-cua-ket-qua.md")
        #expect(file.text.contains("title: \"Đẩy mạnh \\\"một cửa\\\": kết quả\"\ndate: 2026-11-29\ndraft: true\nsummary: \"\"\ntags: []\nrelated: []"))
    }

    @Test func scaffoldingNeverOverwrites() throws {
        let site = try TestSite(Fixtures.site)
        let file = (path: "content/news/x.md", text: "new")
        try ScaffoldWriter.write([file], into: site.root)
        #expect(throws: ScaffoldWriter.Refusal.self) { try ScaffoldWriter.write([(path: "content/news/x.md", text: "other")], into: site.root) }
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/news/x.md"), encoding: .utf8) == "new")
    }

    @Test func aNewReportCarriesEveryTaskAndIndicatorAndBuilds() throws {
        let site = try TestSite(Fixtures.site)
        let resolved = try #require(try Pipeline.check(site.options).0.first)
        let report = Scaffold.report(period: ReportPeriod("2026-Q4")!, site: resolved, today: CalendarDate(year: 2027, month: 1, day: 5)!)
        #expect(report.path == "content/reports/2026-q4.md")
        #expect(report.text.contains("\"I.2\": {status: delayed, progress: 60}"))
        #expect(report.text.contains("ty-le-ho-so-truc-tuyen: 87.5"))
        try ScaffoldWriter.write([report], into: site.root)
        let rebuilt = try #require(try Pipeline.check(site.options).0.first)
        #expect(rebuilt.latestReport?.period == ReportPeriod("2026-Q4"))
    }

    @Test func initMakesASiteThatBuildsAtOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-init-\(UUID().uuidString)")
        try ScaffoldWriter.write(NewSite.files(title: "Cải cách hành chính Sở A", organization: "Sở A", today: CalendarDate(year: 2026, month: 11, day: 29)!), into: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSite.repository.appendingPathComponent("themes/default"), to: root.appendingPathComponent("themes/default"))
        let report = try Pipeline.build(BuildOptions(source: root, today: CalendarDate(year: 2026, month: 11, day: 29)!))
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.pagesByKind["task"] == 1 && report.pagesByKind["news"] == 1 && report.pagesByKind["report"] == 1)
    }
}

/// Long lists stay light on phones: the news list, tag pages and yearly archives all paginate.
@Suite struct PaginationTests {
    @Test func tagAndArchivePagesArePaginatedLikeTheNewsList() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(of: "illustrative: true", with: "illustrative: true\npagination:\n  news: 1")
                + """

                -- content/news/2026-09-01-thu-hai.md --
                ---
                title: Tin thứ hai
                date: 2026-09-01
                tags: [dịch vụ công]
                ---
                """)
        try site.build(NewsTests.options(site))
        try site.assertFile(
            "the/dich-vu-cong/index.html",
            """
            Tin thứ hai
            ! Đẩy mạnh dịch vụ công trực tuyến
            <a rel="next" href="/cchc/the/dich-vu-cong/trang/2/">
            """)
        try site.assertFile("the/dich-vu-cong/trang/2/index.html", "<title>Chủ đề: dịch vụ công – trang 2 –\nĐẩy mạnh dịch vụ công trực tuyến")
        try site.assertFile("tin-tuc/luu-tru/2026/trang/2/index.html", "Đẩy mạnh dịch vụ công trực tuyến\n<a rel=\"prev\" href=\"/cchc/tin-tuc/luu-tru/2026/\">")
        try site.assertFile("tin-tuc/trang/2/index.html", "<h1>Tin tức – trang 2</h1>")
        try site.assertFile("sitemap.xml", "<loc>https://example.gov.vn/cchc/the/dich-vu-cong/trang/2/</loc>")
    }
}
