import Foundation
import Testing

@testable import PlanPress

/// A bilingual site: Vietnamese at the root, English under /en/, translations beside their originals.
@Suite struct LanguageTests {
    static let bilingual = Fixtures.site
        .replacingOccurrences(of: "languages: [vi]", with: """
            languages: [vi, en]
            translations:
              en:
                title: Trial administrative reform
            """)
        + """

        -- content/tasks/I.1.en.md --
        ---
        title: Review legal documents
        product: Review report
        ---
        -- content/news/2026-08-01-mot-cua.en.md --
        ---
        title: Promoting online public services
        summary: The department promotes online services.
        tags: [public services]
        ---
        Story text.
        -- content/units.en.yaml --
        van-phong: Department Office
        """

    @Test func englishLivesUnderEnWithTranslatedWordsAndTheSameFigures() throws {
        let site = try TestSite(Self.bilingual)
        try site.build()
        try site.assertFile(
            "en/nhiem-vu/i-1/index.html",
            """
            <html lang="en">
            <title>Task I.1 – Trial administrative reform</title>
            Review legal documents
            Review report
            Department Office
            href="/cchc/en/linh-vuc/cai-cach-the-che/"
            ! Rà soát văn bản quy phạm pháp luật
            ! not been translated
            """)
        try site.assertFile(
            "en/index.html",
            """
            <p class="big-figure">64%</p>
            Figures as of <strong>30 Sep 2026</strong>
            87.5%
            Q3 2026
            rank 4
            <meta property="og:locale" content="en_US">
            """)
        try site.assertFile("en/chi-so/ty-le-ho-so-truc-tuyen/index.html", "<td>87.5%</td><td>+7.5</td>")
        try site.assertFile("nhiem-vu/i-2/index.html", "Tháng 6/2026")
        try site.assertFile("en/nhiem-vu/i-2/index.html", "Jun 2026")
    }

    @Test func anUntranslatedPageShowsTheOriginalWithANotice() throws {
        let site = try TestSite(Self.bilingual)
        let report = try site.build()
        try site.assertFile(
            "en/nhiem-vu/i-2/index.html",
            """
            Góp ý dự thảo văn bản
            This page has not been translated into English yet
            """)
        #expect(report.leftOut.contains("not translated into en, shown with a notice: content/tasks/I.2.md"))
    }

    @Test func withFallbackOmitUntranslatedNewsIsLeftOutAndTheSwitcherLeadsHome() throws {
        let site = try TestSite(
            Self.bilingual.replacingOccurrences(of: "languages: [vi, en]", with: "languages: [vi, en]\nfallback: omit")
                + """

                -- content/news/2026-09-01-chi-tieng-viet.md --
                ---
                title: Chỉ có tiếng Việt
                date: 2026-09-01
                ---
                """)
        let report = try site.build()
        #expect(site.exists("tin-tuc/chi-co-tieng-viet/index.html"))
        #expect(!site.exists("en/tin-tuc/chi-co-tieng-viet/index.html"))
        #expect(site.exists("en/tin-tuc/day-manh-dich-vu-cong-truc-tuyen/index.html"))
        #expect(report.leftOut.contains { $0.contains("2026-09-01-chi-tieng-viet.md") })
        try site.assertFile(
            "tin-tuc/chi-co-tieng-viet/index.html",
            """
            <a href="/cchc/en/" hreflang="en" lang="en">English</a>
            ! hreflang="en" href="https://example.gov.vn/cchc/en/tin-tuc/chi-co-tieng-viet/"
            """)
        try site.assertFile("en/tin-tuc/index.html", "Promoting online public services\n! Chỉ có tiếng Việt")
    }

    @Test func theSwitcherLeadsToTheSamePageInTheOtherLanguage() throws {
        let site = try TestSite(Self.bilingual)
        try site.build()
        try site.assertFile(
            "nhiem-vu/i-1/index.html",
            """
            <a href="/cchc/en/nhiem-vu/i-1/" hreflang="en" lang="en">English</a>
            <link rel="alternate" hreflang="en" href="https://example.gov.vn/cchc/en/nhiem-vu/i-1/">
            <link rel="alternate" hreflang="vi" href="https://example.gov.vn/cchc/nhiem-vu/i-1/">
            """)
        try site.assertFile(
            "en/the/dich-vu-cong/index.html",
            """
            <a href="/cchc/the/dich-vu-cong/" hreflang="vi" lang="vi">Tiếng Việt</a>
            public services
            """)
        try site.assertFile(
            "sitemap.xml",
            """
            <loc>https://example.gov.vn/cchc/en/nhiem-vu/i-1/</loc>
            <xhtml:link rel="alternate" hreflang="vi" href="https://example.gov.vn/cchc/nhiem-vu/i-1/"/>
            """)
        // Every switcher link of every page lands on a page that exists.
        for language in ["", "en/"] {
            for path in ["", "nhiem-vu/i-1/", "tin-tuc/day-manh-dich-vu-cong-truc-tuyen/", "the/dich-vu-cong/", "404.html"] {
                let file = path.hasSuffix(".html") ? language + path : language + path + "index.html"
                let html = try site.file(file)
                let afterSwitch = try #require(html.components(separatedBy: "class=\"language-switch\"").dropFirst().first)
                let switcher = try #require(afterSwitch.components(separatedBy: "</nav>").first)
                for link in SiteBuildTests.links(in: switcher) {
                    var target = String(link.dropFirst("/cchc/".count))
                    if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                    #expect(site.exists(target), "\(file): switcher link \(link) leads nowhere")
                }
            }
        }
    }

    @Test func aBrokenOriginalIsReportedOnceNotAsMissing() throws {
        let site = try TestSite(Self.bilingual)
        try site.write("content/tasks/I.1.md", "---\nid: \"I.1\"\ntitle: [\n---\n")
        let errors = site.failure().filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.description))")
        #expect(errors.first?.location.path == "content/tasks/I.1.md")
    }

    @Test func aTranslatedListMustKeepTheOriginalLength() throws {
        let site = try TestSite(
            Self.bilingual + """

                -- content/areas/cai-cach-the-che.en.md --
                ---
                title: Institutional reform
                objectives: [One, Two]
                ---
                """)
        let error = try #require(site.failure().first { $0.severity == .error })
        #expect(error.description == "content/areas/cai-cach-the-che.en.md:3:13: error: 'objectives' has 2 items but the original has 1")
    }

    @Test func aMissingUIStringInOneLanguageNamesTheKeyAndTheLanguage() throws {
        let site = try TestSite(Self.bilingual)
        let english = try String(contentsOf: site.root.appendingPathComponent("themes/default/i18n/en.yaml"), encoding: .utf8)
        try site.write(
            "themes/default/i18n/en.yaml",
            english.split(separator: "\n").filter { !$0.hasPrefix("nav_reports:") }.joined(separator: "\n"))
        let messages = site.failure().filter { $0.severity == .error }.map(\.description)
        #expect(messages.contains { $0.hasPrefix("themes/default/i18n/en.yaml:1:1: error: UI string 'nav_reports' is missing for language 'en'") })
    }

    @Test func aTranslationCannotChangeIDsDatesOrFigures() throws {
        let site = try TestSite(
            Self.bilingual + """

                -- content/tasks/I.2.en.md --
                ---
                title: Comment on drafts
                due: 2027-12
                ---
                -- content/tasks/I.9.en.md --
                ---
                title: Nothing
                ---
                """)
        let errors = site.failure().filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.hasPrefix("content/tasks/I.2.en.md:3:6: error: 'due' cannot be translated: it comes from content/tasks/I.2.md") })
        #expect(errors.contains { $0.hasPrefix("content/tasks/I.9.en.md:1:1: error: translation of content/tasks/I.9.md, which does not exist") })
    }
}
