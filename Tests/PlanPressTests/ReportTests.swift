import Foundation
import Testing

@testable import PlanPress

/// Reports as the permanent record: changes since the previous report, derived half-years, staleness,
/// open data files and yearly self-assessments.
@Suite struct ReportTests {
    @Test func aReportShowsWhatChangedSinceThePreviousOne() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile(
            "bao-cao/2026-q3/index.html",
            """
            <p class="issuer-organization">Sở Thử nghiệm</p>
            Báo cáo kỳ trước</dt><dd><a href="/cchc/bao-cao/2026-q2/">
            # Indicators, read in their direction: 80 → 87.5 is better, and so is rank 7 → 4.
            <tr class="trend-improved"><td><a href="/cchc/chi-so/ty-le-ho-so-truc-tuyen/">Tỷ lệ hồ sơ trực tuyến</a></td><td>87,5%</td><td>80%</td><td>▲ +7,5 <span class="change-label">tốt hơn</span>
            <td>hạng 4</td><td>hạng 7</td><td>▲ -3 <span class="change-label">tốt hơn</span>
            # I.2 went from on track to delayed; II.1 was finished.
            <td>Đang thực hiện → Chậm tiến độ</td>
            <td>Chưa triển khai → Hoàn thành</td>
            """)
        let html = try site.file("bao-cao/2026-q3/index.html")
        let completed = try #require(html.components(separatedBy: "Nhiệm vụ mới hoàn thành</h3>").dropFirst().first?.components(separatedBy: "</ul>").first)
        #expect(completed.contains(">II.1</a>") && !completed.contains(">I.1</a>"))
        let overdue = try #require(html.components(separatedBy: "Nhiệm vụ mới quá hạn</h3>").dropFirst().first?.components(separatedBy: "</ul>").first)
        #expect(overdue.contains(">I.2</a>"), "I.2 (due June 2026) is newly overdue at 30/9/2026")
        // Q2 had nothing before it.
        try site.assertFile("bao-cao/2026-q2/index.html", "lần đầu có số liệu\n! Báo cáo kỳ trước")
    }

    @Test func aHalfYearWithoutItsOwnReportIsDerivedFromItsLatestQuarter() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile(
            "bao-cao/2026-h1/index.html",
            """
            <h1>Báo cáo tình hình thực hiện 6 tháng đầu năm 2026</h1>
            số liệu được tổng hợp từ báo cáo kỳ gần nhất: <a href="/cchc/bao-cao/2026-q2/">
            ! Báo cáo quý 2.
            """)
        try site.assertFile("bao-cao/index.html", "href=\"/cchc/bao-cao/2026-h1/\"")
        // A written half-year report wins over the derived one.
        try site.write("content/reports/2026-h1.md", "---\nperiod: 2026-H1\nas_of: 2026-06-30\n---\nBáo cáo 6 tháng viết riêng.\n")
        try site.build()
        try site.assertFile("bao-cao/2026-h1/index.html", "Báo cáo 6 tháng viết riêng.\n! tổng hợp từ báo cáo kỳ gần nhất")
    }

    @Test func anItemNoReportUpdatesForTwoPeriodsIsMarkedAndWarned() throws {
        let site = try TestSite(
            Fixtures.site + """

                -- content/reports/2026-q4.md --
                ---
                period: 2026-Q4
                as_of: 2026-12-31
                tasks:
                  I.2: {status: done}
                  II.1: {status: done}
                ---
                -- content/reports/2027-q1.md --
                ---
                period: 2027-Q1
                as_of: 2027-03-31
                tasks:
                  I.2: {status: done}
                  II.1: {status: done}
                indicators:
                  par-index: 4
                ---
                """)
        let report = try site.build()
        #expect(report.warnings.contains { $0.message == "task I.1 has not been updated since 2026-Q3 (2 reports)" })
        #expect(report.warnings.contains { $0.message == "indicator ty-le-ho-so-truc-tuyen has not been updated since 2026-Q3" })
        try site.assertFile("nhiem-vu/i-1/index.html", "<p class=\"stale\">Chưa cập nhật từ Quý 3/2026</p>")
        try site.assertFile(
            "chi-so/ty-le-ho-so-truc-tuyen/index.html",
            "Cập nhật gần nhất</dt><dd>Quý 3/2026 · <span class=\"stale\">Chưa cập nhật từ Quý 3/2026</span>\nKỳ cập nhật tiếp theo</dt><dd>Quý 4/2026")
        try site.assertFile("chi-so/par-index/index.html", "Kỳ cập nhật tiếp theo</dt><dd>Quý 2/2027\n! class=\"stale\"")
    }

    @Test func openDataIsCSVWithABOMAndJSONWithSchemas() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(of: "title: Góp ý dự thảo văn bản", with: "title: \"=HYPERLINK(\\\"http://x\\\"), \\\"góp ý\\\"\""))
        try site.build()
        let bytes = try Data(contentsOf: site.output.appendingPathComponent("data/tasks.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "tasks.csv starts with a UTF-8 BOM")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("id,area,title,lead,lead_name,partners,due,due_text,product,weight,status,progress,overdue,last_report,note\r\n"))
        #expect(csv.contains("\r\nI.2,I,\"'=HYPERLINK(\"\"http://x\"\"), \"\"góp ý\"\"\",van-phong,Văn phòng Sở,,2026-06,,Văn bản góp ý,3,delayed,60,true,2026-Q3,\r\n"))
        #expect(try site.file("data/indicators.csv").contains("\r\nty-le-ho-so-truc-tuyen,Tỷ lệ hồ sơ trực tuyến,II,percent,%,up,quarterly,100,2030,,,87.5,2026-Q3,off-track,"))
        let tasks = try JSONSerialization.jsonObject(with: Data(try site.file("data/tasks.json").utf8)) as? [String: Any]
        let first = (tasks?["tasks"] as? [[String: Any]])?.first
        #expect(first?["id"] as? String == "I.1" && first?["progress"] as? Double == 40 && first?["status"] as? String == "on-track")
        let second = (tasks?["tasks"] as? [[String: Any]])?.dropFirst().first
        #expect(second?["title"] as? String == "=HYPERLINK(\"http://x\"), \"góp ý\"" && second?["note"] is NSNull)
        let report = try JSONSerialization.jsonObject(with: Data(try site.file("data/reports/2026-q3.json").utf8)) as? [String: Any]
        #expect(report?["as_of"] as? String == "2026-09-30")
        for schema in ["tasks", "indicators", "report"] {
            let object = try JSONSerialization.jsonObject(with: Data(try site.file("data/schema/\(schema).schema.json").utf8)) as? [String: Any]
            #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
        try site.assertFile("du-lieu/index.html", "href=\"/cchc/data/tasks.csv\" download\nhref=\"/cchc/data/reports/2026-q3.json\" download\n<code>progress</code>")
        try site.assertFile("en/du-lieu/index.html".replacingOccurrences(of: "en/", with: ""), "Dữ liệu mở")
    }

    static let assessment = """

        -- content/assessments/2025.yaml --
        year: 2025
        groups:
          - area: I
            title: Cải cách thể chế
            criteria:
              - {id: "2.1", title: Xây dựng văn bản, max: 3, score: 2}
        -- content/assessments/2026.yaml --
        year: 2026
        illustrative: true
        groups:
          - area: I
            title: Cải cách thể chế
            criteria:
              - {id: "2.1", title: Xây dựng văn bản, max: 3, score: 2.5, evidence: [bao-cao/2026-q3/, "https://example.gov.vn/vb.pdf"]}
              - {id: "2.2", title: Rà soát văn bản, max: 2, score: 2}
        """

    @Test func aSelfAssessmentShowsTotalsGroupsAndTheChangeFromLastYear() throws {
        let site = try TestSite(Fixtures.site + Self.assessment)
        try site.build()
        try site.assertFile(
            "tu-danh-gia/2026/index.html",
            """
            <h1>Tự đánh giá, chấm điểm CCHC năm 2026</h1>
            <strong>4,5</strong> / 5 (90%)
            +2,5 (+23,3%)
            <h2>Cải cách thể chế: 4,5/5 (90%) <span class="muted">so với năm trước: +2,5</span></h2>
            <a href="/cchc/bao-cao/2026-q3/">Tài liệu 1</a> <a href="https://example.gov.vn/vb.pdf">Tài liệu 2</a>
            """)
        #expect(site.exists("tu-danh-gia/2026/diem-theo-nhom.svg"))
        try site.assertFile("tu-danh-gia/index.html", "href=\"/cchc/tu-danh-gia/2026/\"\nhref=\"/cchc/tu-danh-gia/2025/\"")
    }

    @Test func pointsAboveTheMaximumAreAnError() throws {
        let site = try TestSite(Fixtures.site + Self.assessment.replacingOccurrences(of: "max: 2, score: 2}", with: "max: 2, score: 2.5}"))
        let error = try #require(site.failure().first { $0.severity == .error })
        #expect(error.description == "content/assessments/2026.yaml:8:60: error: criterion 2.2 scores 2.5 points, above its maximum of 2")
    }

    @Test func theStatusSummaryListsEveryTaskAndIndicator() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile(
            "tong-hop/index.html",
            """
            <th scope="row"><a href="/cchc/linh-vuc/cai-cach-the-che/">I. Cải cách thể chế</a></th><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>1</td><td>55%</td>
            <span class="status status-delayed">Chậm tiến độ</span> (1)
            Đạt mục tiêu</h3>
            """)
    }
}
