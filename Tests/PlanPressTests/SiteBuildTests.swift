import Foundation
import Testing

@testable import PlanPress

/// Whole small sites, built and asserted on page by page.
@Suite struct SiteBuildTests {
    @Test func buildsEveryPageKindOfASmallSite() throws {
        let site = try TestSite(Fixtures.site)
        let report = try site.build()
        #expect(report.pagesByKind["task"] == 3)
        #expect(report.pagesByKind["area"] == 2)
        #expect(report.pagesByKind["indicator"] == 2)
        #expect(report.pagesByKind["report"] == 3, "Q2, Q3 and the derived first half year")
        #expect(report.pagesByKind["news"] == 1)
        for path in [
            "index.html", "ke-hoach/index.html", "linh-vuc/cai-cach-the-che/index.html", "nhiem-vu/i-1/index.html",
            "chi-so/ty-le-ho-so-truc-tuyen/index.html", "bao-cao/2026-q3/index.html", "tin-tuc/index.html",
            "tin-tuc/day-manh-dich-vu-cong-truc-tuyen/index.html", "the/dich-vu-cong/index.html",
            "phuong-phap/index.html", "404.html", "sitemap.xml", "robots.txt", "assets/css/style.css",
        ] {
            #expect(site.exists(path), "missing \(path)")
        }
    }

    /// The build writes each page as it renders it; what lands on disk must be exactly what was rendered.
    @Test func theBuildWritesExactlyWhatTheRenderStageRenders() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        let (sites, theme, _) = try Pipeline.check(site.options)
        let rendered = try RenderStage.run(sites, theme: theme)
        #expect(rendered.count > 20)
        for file in rendered {
            let written = try? Data(contentsOf: site.output.appendingPathComponent(file.path))
            #expect(written == Data(file.contents.utf8), "\(file.path)")
        }
    }

    @Test func homeDashboardShowsFiguresComputedFromTheLatestReport() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        // Plan progress: weights 1, 3, 1 and progress 40, 60, 100 → (40 + 180 + 100) / 5 = 64%.
        try site.assertFile(
            "index.html",
            """
            <p class="big-figure">64%</p>
            Số liệu tính đến <strong>30/9/2026</strong>
            # I.2 was due 2026-06 and is not done by 30/9/2026: overdue.
            href="/cchc/nhiem-vu/i-2/">I.2</a>
            87,5%
            Quý 3/2026
            hạng 4
            Đạt mục tiêu
            Chưa đạt mục tiêu
            Báo cáo tình hình thực hiện Quý 3/2026
            Đẩy mạnh dịch vụ công trực tuyến
            """)
    }

    @Test func areaPageShowsItsWeightedProgressAndTheArithmetic() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        // Area I: (1 × 40 + 3 × 60) / 4 = 55%.
        try site.assertFile(
            "linh-vuc/cai-cach-the-che/index.html",
            """
            <p class="big-figure">55%</p>
            = 220 ÷ 4 = 55%
            Hoàn thiện thể chế
            Rà soát văn bản quy phạm pháp luật
            ! Công khai thủ tục hành chính
            """)
    }

    @Test func taskPageShowsEveryFieldAndItsHistoryNewestFirst() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        let html = try site.file("nhiem-vu/i-1/index.html")
        try site.assertFile(
            "nhiem-vu/i-1/index.html",
            """
            <h1>Nhiệm vụ I.1</h1>
            Rà soát văn bản quy phạm pháp luật
            Văn phòng Sở
            Các phòng thuộc Sở
            2026–2030
            Báo cáo rà soát
            Đã rà soát 40 văn bản
            Tình trạng theo báo cáo Quý 3/2026
            """)
        let q3 = try #require(html.range(of: "Quý 3/2026</a>"))
        let q2 = try #require(html.range(of: "Quý 2/2026</a>"))
        #expect(q3.lowerBound < q2.lowerBound)
        try site.assertFile(
            "nhiem-vu/ii-1/index.html",
            """
            Hằng năm
            Đẩy mạnh dịch vụ công trực tuyến
            """)
    }

    @Test func indicatorPageShowsValuesOverTimeAndDistanceToTarget() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile(
            "chi-so/ty-le-ho-so-truc-tuyen/index.html",
            """
            <p class="big-figure">87,5%</p>
            100% vào năm 2030
            còn cách mục tiêu 12,5%
            <td>80%</td><td></td>
            <td>87,5%</td><td>+7,5</td>
            Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ.
            """)
        // A rank of 4 against a top-5 target is met: lower is better.
        try site.assertFile("chi-so/par-index/index.html", "Đạt mục tiêu\n<td>hạng 4</td><td>-3</td>")
    }

    @Test func everyPageHasLanguageBreadcrumbFeedbackAndFreshness() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile(
            "nhiem-vu/i-2/index.html",
            """
            <html lang="vi">
            <title>Nhiệm vụ I.2 – Cải cách hành chính thử nghiệm</title>
            <meta name="description" content="Góp ý dự thảo văn bản">
            <nav class="breadcrumb"
            <a href="/cchc/nhiem-vu/">Nhiệm vụ</a>
            <span aria-current="page">Nhiệm vụ I.2</span>
            href="mailto:gopy@example.gov.vn?subject=G%C3%B3p%20%C3%BD%3A%20Nhi%E1%BB%87m%20v%E1%BB%A5%20I.2
            Cập nhật lần cuối: <time datetime="2026-10-05">5/10/2026</time>
            Số liệu minh họa.
            """)
    }

    @Test func feedbackFormTemplateIsFilledPerPage() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(
                of: "  email: gopy@example.gov.vn",
                with: "  form: https://example.gov.vn/gop-y?url={url}&title={title}&id={id}"))
        try site.build()
        try site.assertFile(
            "nhiem-vu/i-1/index.html",
            "https://example.gov.vn/gop-y?url=https%3A%2F%2Fexample.gov.vn%2Fcchc%2Fnhiem-vu%2Fi-1%2F&amp;title=Nhi%E1%BB%87m%20v%E1%BB%A5%20I.1&amp;id=I.1")
    }

    @Test func everyInternalLinkCarriesTheSubPath() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        for path in ["index.html", "nhiem-vu/i-1/index.html", "404.html", "tin-tuc/index.html"] {
            let html = try site.file(path)
            for link in Self.links(in: html) where link.hasPrefix("/") {
                #expect(link.hasPrefix("/cchc/"), "\(path): \(link) escapes the base path")
                var target = String(link.dropFirst("/cchc/".count)).components(separatedBy: "#")[0]
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                #expect(site.exists(target), "\(path): \(link) leads nowhere")
            }
        }
        try site.assertFile(
            "sitemap.xml",
            """
            <loc>https://example.gov.vn/cchc/</loc>
            <loc>https://example.gov.vn/cchc/nhiem-vu/i-1/</loc>
            """)
        try site.assertFile("robots.txt", "Sitemap: https://example.gov.vn/cchc/sitemap.xml")
    }

    @Test func baseURLCanBeOverriddenForALocalPreview() throws {
        let site = try TestSite(Fixtures.site)
        var options = site.options
        options.baseURL = "/"
        try site.build(options)
        try site.assertFile("index.html", "href=\"/nhiem-vu/i-2/\"\n! /cchc/")
    }

    @Test func draftNewsIsLeftOutUnlessAskedFor() throws {
        let site = try TestSite(
            Fixtures.site + """

                -- content/news/2026-09-01-nhap.md --
                ---
                title: Bản nháp
                date: 2026-09-01
                draft: true
                ---
                """)
        let report = try site.build()
        #expect(!site.exists("tin-tuc/ban-nhap/index.html"))
        #expect(report.leftOut.contains { $0.contains("2026-09-01-nhap.md") })
        var options = site.options
        options.includeDrafts = true
        try site.build(options)
        #expect(site.exists("tin-tuc/ban-nhap/index.html"))
    }

    @Test func markdownBodiesRenderTablesAndFootnotesButDropRawHTML() throws {
        let site = try TestSite(
            Fixtures.site + """

                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                | Cột | Giá trị |
                |-----|---------|
                | A   | ~~1~~   |

                Chú thích[^1]. <script>alert(1)</script> [link](javascript:alert(1))

                [^1]: Ghi chú.
                """)
        try site.build()
        try site.assertFile(
            "gioi-thieu/index.html",
            """
            <table>
            <del>1</del>
            class="footnotes"
            ! <script>alert(1)</script>
            ! javascript:alert
            """)
    }

    static func links(in html: String) -> [String] {
        var links: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "href=\"") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            links.append(String(after[..<end]))
            rest = after[end...]
        }
        return links
    }
}

/// The output folder: only PlanPress's own output is ever replaced.
@Suite struct OutputFolderTests {
    @Test func aFolderPlanPressDidNotWriteIsRefusedAndKept() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("site/notes.txt", "mine")
        #expect(throws: UsageError.self) { try site.build() }
        #expect(try site.file("notes.txt") == "mine")
    }

    @Test func anEmptyFolderOrOneWithOnlyAGitkeepIsUsed() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("site/.gitkeep", "")
        try site.build()
        #expect(site.exists("index.html"))
        // A second build replaces its own output.
        try site.build()
        #expect(site.exists(".planpress-output"))
    }
}

/// Files of `static/` are published as they are; links leading out of it are not followed.
@Suite struct StaticFilesTests {
    @Test func staticFilesArePublishedButLinksOutOfTheFolderAreNot() throws {
        let site = try TestSite(Fixtures.site + "\n-- static/images/mot-cua.jpg --\nảnh\n")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-outside-\(UUID().uuidString).txt")
        try Data("bí mật".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("static/bi-mat.txt"), withDestinationURL: outside)
        try site.build()
        #expect(site.exists("images/mot-cua.jpg"))
        #expect(!site.exists("bi-mat.txt"))
    }

    @Test func aNewsImageLinksToTheSameFileInEveryEdition() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(of: "languages: [vi]", with: "languages: [vi, en]")
                + "\n-- static/images/mot-cua.jpg --\nảnh\n-- content/news/2026-09-02-anh.md --\n---\ntitle: Ảnh\ndate: 2026-09-02\nimage: images/mot-cua.jpg\nimage_alt: Một cửa\n---\n")
        try site.build(BuildOptions(source: site.root, output: site.output, today: CalendarDate(year: 2026, month: 9, day: 30)!))
        try site.assertFile("en/tin-tuc/anh/index.html", "src=\"/cchc/images/mot-cua.jpg\"\n! /cchc/en/images/")
    }
}
