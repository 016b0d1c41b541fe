import Foundation
import Testing

@testable import PlanPress

/// The repository's own content/: the Hai Phong Department of Foreign Affairs' PAR plan 2026–2030.
@Suite struct RealPlanTests {
    static let repository = TestSite.repository

    @Test func theWholePlanBuildsWithoutErrorsOrWarnings() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try Pipeline.build(BuildOptions(source: Self.repository, output: output))
        #expect(report.warnings.map(\.description) == [])
        // Vietnamese and English editions.
        #expect(report.pagesByKind["area"] == 7 * 2)
        #expect(report.pagesByKind["task"] == 42 * 2)
        #expect(report.pagesByKind["indicator"] == 17 * 2)
        // Q1–Q3, and the first half year derived from Q2.
        #expect(report.pagesByKind["report"] == 4 * 2)
        #expect(!report.leftOut.contains { $0.contains("not translated") }, "every item has its English translation")

        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Sở Ngoại vụ thành phố Hải Phòng"))
        #expect(home.contains("Số liệu minh họa."))
        let site = try #require(try Pipeline.check(BuildOptions(source: Self.repository)).0.first)
        #expect(home.contains("<p class=\"big-figure\">\(try theme(site).percent(site.planProgress.progress))</p>"))
        let english = try String(contentsOf: output.appendingPathComponent("en/index.html"), encoding: .utf8)
        #expect(english.contains("Hai Phong City Department of Foreign Affairs"))
    }

    @Test func everyAnnexTaskHasItsLeadDueAndProduct() throws {
        let site = try #require(try Pipeline.check(BuildOptions(source: Self.repository)).0.first)
        let areaIDs = site.areas.map(\.id)
        #expect(areaIDs == ["I", "II", "III", "IV", "V", "VI", "VII"])
        let counts = Dictionary(grouping: site.tasks, by: \.area).mapValues(\.count)
        // The annex: I 4, II 5 (II.2 as three sub-rows), III 3, IV 8, V 1, VI 12 (VI.2 as three), VII 5.
        #expect(counts == ["I": 4, "II": 7, "III": 3, "IV": 8, "V": 1, "VI": 14, "VII": 5])
        for task in site.tasks {
            #expect(site.units[task.lead] != nil, "\(task.id) lead")
            #expect(!task.product.isEmpty, "\(task.id) has no product")
        }
    }

    @Test func theNumericTargetsOfThePlanAreIndicators() throws {
        let site = try #require(try Pipeline.check(BuildOptions(source: Self.repository)).0.first)
        func target(_ id: String) -> Double? { site.indicator(id)?.target.value }
        #expect(target("ty-le-tthc-truc-tuyen") == 100)
        #expect(target("ty-le-ho-so-truc-tuyen") == 100)
        #expect(target("ty-le-dinh-danh-dien-tu") == 90)
        #expect(target("hai-long-giai-quyet-tthc") == 95)
        #expect(target("giam-chi-ngan-sach-su-nghiep") == 15)
        #expect(target("kiem-tra-tren-moi-truong-so") == 70)
        #expect(target("boi-duong-ky-nang-so-can-ban") == 100)
        #expect(target("so-hoa-ho-so-ket-qua") == 100)
        #expect(target("dich-vu-cong-tren-di-dong") == 100)
        for rank in ["par-index", "sipas", "pci"] {
            #expect(target(rank) == 5)
            #expect(site.indicator(rank)?.direction == .down)
        }
    }

    private func theme(_ site: ResolvedSite) throws -> Localizer {
        var log = DiagnosticLog()
        let theme = try #require(ThemeLoader.load(named: "default", in: Self.repository, languages: ["vi"], log: &log))
        return theme.localizer(for: "vi")
    }
}

/// Page kinds render concurrently; cmark-gfm parses under a lock. The output must not depend on it.
@Suite struct ParallelRenderTests {
    @Test func parallelRenderingGivesExactlyTheSerialOutput() throws {
        let (sites, theme, _) = try Pipeline.check(BuildOptions(source: TestSite.repository))
        let serial = try RenderStage.run(sites, theme: theme, parallel: false)
        for _ in 0..<3 {
            let parallel = try RenderStage.run(sites, theme: theme, parallel: true)
            #expect(parallel.map(\.path) == serial.map(\.path))
            for (a, b) in zip(parallel, serial) where a.contents != b.contents {
                Issue.record("\(a.path) differs between parallel and serial rendering")
            }
        }
    }

    @Test(arguments: [0, 1, 64, 65, 66, 100, 129, 1_001])
    func parallelMapKeepsEveryItemInOrder(_ count: Int) {
        let items = Array(0..<count)
        #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
    }

    /// Enough stories for the news pages to spread over every core, written with the syntax that goes wrong
    /// when cmark-gfm parses on two threads at once (strikethrough, autolinks, tables).
    @Test func manyStoriesRenderedOnEveryCoreGiveExactlyTheSerialOutput() throws {
        var news = ""
        for n in 1...150 {
            news += "-- content/news/2026-05-\(String(format: "%02d", n % 28 + 1))-tin-\(n).md --\n"
            news += "---\ntitle: Tin số \(n)\ndate: 2026-05-\(String(format: "%02d", n % 28 + 1))\ntags: [chủ đề \(n % 7)]\n---\n"
            news += "Đã ~~bỏ~~ thủ tục \(n), xem https://dichvucong.gov.vn/\(n) và www.haiphong.gov.vn.\n\n| a | b |\n|---|---|\n| \(n) | ~~x~~ |\n"
        }
        let site = try TestSite(Fixtures.site + "\n" + news)
        let (sites, theme, _) = try Pipeline.check(BuildOptions(source: site.root))
        let serial = try RenderStage.run(sites, theme: theme, parallel: false)
        #expect(serial.contains { $0.contents.contains("<del>bỏ</del>") && $0.contents.contains("href=\"https://dichvucong.gov.vn/7\"") })
        // Bodies are parsed ahead of the pages, in batches: each story still gets its own.
        let pages = Dictionary(serial.map { ($0.path, $0.contents) }) { a, _ in a }
        for n in 1...150 {
            #expect(pages["tin-tuc/tin-so-\(n)/index.html"]?.contains("thủ tục \(n), xem") == true, "story \(n)")
        }
        for _ in 0..<3 {
            let parallel = try RenderStage.run(sites, theme: theme, parallel: true)
            #expect(parallel.map(\.path) == serial.map(\.path))
            for (a, b) in zip(parallel, serial) where a.contents != b.contents {
                Issue.record("\(a.path) differs between parallel and serial rendering")
            }
        }
    }
}
