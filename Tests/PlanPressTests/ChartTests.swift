import Foundation
import FoundationXML
import Testing

@testable import PlanPress

/// Charts drawn at build time: golden SVGs for fixed inputs, edge cases, valid XML with title and desc,
/// and a real renderer (rsvg-convert) that draws every chart of a built site.
@Suite struct ChartTests {
    static let l: Localizer = {
        var log = DiagnosticLog()
        let theme = ThemeLoader.load(named: "default", in: TestSite.repository, languages: ["vi"], log: &log)
        return theme?.localizer(for: "vi") ?? Localizer(language: "vi", strings: [:])
    }()

    static let planStart = CalendarDate(year: 2026, month: 1, day: 1)!

    static func indicator(kind: IndicatorKind = .percent, direction: Direction = .up, target: Double? = 100, baseline: Double? = nil) -> Indicator {
        Indicator(
            id: "ty-le", title: "Tỷ lệ hồ sơ trực tuyến", area: "II", kind: kind, unit: kind == .rank ? "hạng" : "%",
            direction: direction, baseline: baseline.map { Observation(value: $0, date: CalendarDate(year: 2025, month: 12, day: 31)) },
            target: Target(value: target, byYear: 2030, text: target == nil ? "Từng bước cải thiện" : nil), source: "",
            planReference: nil, body: .empty, origin: Origin(path: "i"))
    }

    static func trend(_ indicator: Indicator, _ values: [Double?]) -> Chart {
        let periods = values.indices.map { ReportPeriod.quarter(year: 2026 + $0 / 4, quarter: $0 % 4 + 1) }
        return IndicatorTrendChart(
            indicator: indicator, series: Array(zip(periods, values)), planStart: planStart, l: l, id: "chart-trend"
        ).render()
    }

    /// Compares with `Golden/<name>.svg`; set PLANPRESS_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change.
    static func assertGolden(_ svg: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = TestSite.repository.appendingPathComponent("Tests/PlanPressTests/Golden/\(name).svg")
        if ProcessInfo.processInfo.environment["PLANPRESS_UPDATE_GOLDEN"] == "1" {
            try Data((svg + "\n").utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(svg + "\n" == golden, "\(name).svg differs from its golden file", sourceLocation: sourceLocation)
    }

    @Test func percentTrendMatchesItsGoldenFile() throws {
        let chart = Self.trend(Self.indicator(baseline: 72.5), [78.4, 84, 88.6])
        try Self.assertGolden(chart.svg, "trend-percent")
        #expect(chart.description == "Tỷ lệ hồ sơ trực tuyến: Quý 1/2026 78,4%; Quý 2/2026 84%; Quý 3/2026 88,6%. Mục tiêu: 100% vào năm 2030.")
    }

    @Test func rankTrendIsInvertedWithTheTargetBandShaded() throws {
        let chart = Self.trend(Self.indicator(kind: .rank, direction: .down, target: 5), [7, nil, nil, nil, 4])
        try Self.assertGolden(chart.svg, "trend-rank")
        #expect(chart.svg.contains("fill=\"#e3f1e8\""))
        #expect(chart.svg.contains(">hạng 4</text>"))
    }

    @Test func areaProgressAndStatusChartsMatchTheirGoldenFiles() throws {
        let areas = [
            Area(id: "I", order: 1, title: "Cải cách thể chế", slug: "a", objectives: [], summary: "", body: .empty, origin: Origin(path: "a")),
            Area(id: "II", order: 2, title: "Cải cách thủ tục hành chính", slug: "b", objectives: [], summary: "", body: .empty, origin: Origin(path: "b")),
        ]
        let rows = areas.map { "\($0.id). \($0.title)" }
        let bars = ProgressBarsChart(
            title: "Tiến độ theo lĩnh vực", rows: [(rows[0], 23), (rows[1], 87.5)], columnTitle: "Lĩnh vực", l: Self.l, id: "chart-areas")
        try Self.assertGolden(bars.render().svg, "area-progress")
        let status = TaskStatusChart(counts: [.onTrack: 33, .atRisk: 2, .delayed: 2, .done: 3, .notStarted: 2], scope: "toàn kế hoạch", l: Self.l, id: "chart-status").render()
        try Self.assertGolden(status.svg, "task-status")
        #expect(status.table?.rows.map(\.cells) == [["Chưa triển khai", "2"], ["Đang thực hiện", "33"], ["Có nguy cơ chậm", "2"], ["Chậm tiến độ", "2"], ["Hoàn thành", "3"]])
    }

    @Test func noDataShowsAPlaceholderNotAnEmptyAxis() {
        let chart = Self.trend(Self.indicator(), [nil, nil])
        #expect(chart.svg.contains(">Chưa có số liệu</text>"))
        #expect(!chart.svg.contains("<path d=\"M"))
    }

    @Test func aMissingPeriodBreaksTheLineInsteadOfDroppingToZero() {
        let chart = Self.trend(Self.indicator(), [80, nil, 90])
        let path = chart.svg.components(separatedBy: "<path d=\"").dropFirst().first { $0.hasPrefix("M") && !$0.contains("l6 7") } ?? ""
        let pathData = path.prefix { $0 != "\"" }
        #expect(pathData.filter { $0 == "M" }.count == 2, "expected two segments in \(pathData)")
        #expect(!pathData.contains("L"))
    }

    @Test func aSinglePointAndFlatValuesStillDraw() {
        let single = Self.trend(Self.indicator(target: nil), [55])
        #expect(single.svg.contains("<circle"))
        let flat = Self.trend(Self.indicator(kind: .score, target: nil), [3, 3, 3])
        #expect(flat.svg.components(separatedBy: "<circle").count - 1 == 3)
    }

    @Test func negativeTargetsAndValuesPastTheTargetStayInsideThePlot() throws {
        let spending = Self.indicator(kind: .percent, direction: .down, target: -15)
        let chart = Self.trend(spending, [-4.5, -16])
        try Self.assertGolden(chart.svg, "trend-negative")
        for y in Self.numbers(after: "cy=\"", in: chart.svg) {
            #expect(y >= IndicatorTrendChart.plot.top && y <= IndicatorTrendChart.plot.bottom)
        }
        #expect(chart.svg.contains("-15%"))
    }

    @Test func everyChartOfABuiltSiteIsValidXMLWithTitleAndDescAndRenders() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        var svgFiles: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: site.output.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".svg") { svgFiles.append(path) }
        }
        #expect(svgFiles.contains("chi-so/ty-le-ho-so-truc-tuyen/xu-huong.svg"))
        #expect(svgFiles.contains("linh-vuc/cai-cach-the-che/lo-trinh.svg"))
        #expect(svgFiles.contains("tien-do-linh-vuc.svg"))
        for path in svgFiles where path.hasPrefix("assets/") == false {
            let data = try Data(contentsOf: site.output.appendingPathComponent(path))
            let document = try XMLDocument(data: data)
            let root = try #require(document.rootElement())
            #expect(root.name == "svg")
            #expect(root.attributes?.first { $0.name == "role" }?.stringValue == "img", "\(path) has no role=img")
            #expect(root.elements(forName: "title").first?.stringValue?.isEmpty == false, "\(path) has no title")
            #expect(root.elements(forName: "desc").first?.stringValue?.isEmpty == false, "\(path) has no desc")
            #expect(try Self.rsvgConvert(site.output.appendingPathComponent(path)), "rsvg-convert failed on \(path)")
        }
        try site.assertFile(
            "chi-so/ty-le-ho-so-truc-tuyen/index.html",
            """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 240" role="img"
            <a href="/cchc/chi-so/ty-le-ho-so-truc-tuyen/xu-huong.svg" download>Tải biểu đồ (SVG)</a>
            <td>87,5%</td>
            """)
        try site.assertFile("index.html", "Bảng số liệu của biểu đồ\n<caption>Tiến độ theo lĩnh vực</caption>\nclass=\"sparkline\"")
    }

    static func rsvgConvert(_ file: URL) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        process.arguments = [file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func numbers(after marker: String, in text: String) -> [Double] {
        text.components(separatedBy: marker).dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    }
}
