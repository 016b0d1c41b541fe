import Foundation
import Testing

@testable import PlanPress

/// The spreadsheet round trip: report templates out, filled files back in, and the task catalogue both ways.
@Suite struct SpreadsheetTests {
    static let fixtures = TestSite.repository.appendingPathComponent("Tests/PlanPressTests/Fixtures")
    static let today = CalendarDate(year: 2027, month: 1, day: 5)!

    static func site() throws -> (TestSite, URL) {
        let site = try TestSite(Fixtures.site)
        let sheets = site.root.appendingPathComponent("sheets")
        return (site, sheets)
    }

    static func report(_ site: TestSite, _ period: String) throws -> Report? {
        try Pipeline.check(site.options).0.first?.reports.first { $0.period == ReportPeriod(period) }
    }

    @Test func exportingAndImportingUnchangedGivesTheSameReport() throws {
        let (site, sheets) = try Self.site()
        _ = try SpreadsheetActions.exportReportTemplate(source: site.root, period: ReportPeriod("2026-Q3")!, output: sheets)
        let tasks = try Data(contentsOf: sheets.appendingPathComponent("tasks.csv"))
        #expect(tasks.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: tasks.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,area,title,lead,due,last_status,last_progress,status,progress,note\r\n"))
        #expect(text.contains("\r\nI.2,I,Góp ý dự thảo văn bản,van-phong,2026-06,on-track,50,delayed,60,\r\n"))
        let before = try #require(try Self.report(site, "2026-Q3"))
        let dry = try SpreadsheetActions.importReport(
            source: site.root, period: ReportPeriod("2026-Q3")!, tasks: sheets.appendingPathComponent("tasks.csv"),
            indicators: sheets.appendingPathComponent("indicators.csv"), dryRun: true)
        #expect(dry == ["no changes to content/reports/2026-q3.md"])
        _ = try SpreadsheetActions.importReport(
            source: site.root, period: ReportPeriod("2026-Q3")!, tasks: sheets.appendingPathComponent("tasks.csv"),
            indicators: sheets.appendingPathComponent("indicators.csv"), dryRun: false, today: Self.today)
        let after = try #require(try Self.report(site, "2026-Q3"))
        #expect(after.tasks.mapValues { "\($0.status) \($0.progress) \($0.note ?? "")" } == before.tasks.mapValues { "\($0.status) \($0.progress) \($0.note ?? "")" })
        #expect(after.indicators == before.indicators)
        #expect(after.asOf == before.asOf && after.published == before.published)
        #expect(after.body.text.contains("Báo cáo quý 3."), "the narrative is kept")
        // A second round trip leaves the file byte for byte as it is.
        let written = try Data(contentsOf: site.root.appendingPathComponent("content/reports/2026-q3.md"))
        _ = try SpreadsheetActions.exportReportTemplate(source: site.root, period: ReportPeriod("2026-Q3")!, output: sheets)
        _ = try SpreadsheetActions.importReport(
            source: site.root, period: ReportPeriod("2026-Q3")!, tasks: sheets.appendingPathComponent("tasks.csv"),
            indicators: sheets.appendingPathComponent("indicators.csv"), dryRun: false, today: Self.today)
        #expect(try Data(contentsOf: site.root.appendingPathComponent("content/reports/2026-q3.md")) == written)
    }

    @Test func filesSavedByLibreOfficeImport() throws {
        let (site, _) = try Self.site()
        let lines = try SpreadsheetActions.importReport(
            source: site.root, period: ReportPeriod("2026-Q4")!, tasks: Self.fixtures.appendingPathComponent("libreoffice-tasks.csv"),
            indicators: Self.fixtures.appendingPathComponent("libreoffice-indicators.csv"), dryRun: false, today: Self.today)
        #expect(lines.first == "wrote content/reports/2026-q4.md")
        let report = try #require(try Self.report(site, "2026-Q4"))
        #expect(report.tasks["I.1"]?.status == .onTrack && report.tasks["I.1"]?.progress == 52.5)
        #expect(report.tasks["I.1"]?.note == "Đã rà soát 52 văn bản; còn 48")
        #expect(report.tasks["I.2"]?.status == .done && report.tasks["I.2"]?.progress == 100)
        #expect(report.tasks["II.1"] == nil, "an empty row is not reported this period")
        #expect(report.indicators == ["ty-le-ho-so-truc-tuyen": 91.25, "par-index": 3])
        #expect(report.asOf == CalendarDate(year: 2026, month: 12, day: 31))
        try site.build()
        try site.assertFile("bao-cao/2026-q4/index.html", "Đã rà soát 52 văn bản; còn 48\n<td>91,3%</td>")
    }

    @Test func everyBadCellIsReportedWithItsRowAndColumnAndNothingIsWritten() throws {
        let (site, sheets) = try Self.site()
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        let csv = "id;status;progress;note\r\nI.1;xong;10;\r\nI.2;on-track;ba mươi;\r\nX.9;done;;\r\nII.1;at-risk;130;\r\nI.1;on-track;;\r\n"
        try Data(csv.utf8).write(to: sheets.appendingPathComponent("tasks.csv"))
        let ind = "id,value\nty-le-ho-so-truc-tuyen,nhiều\n"
        try Data(ind.utf8).write(to: sheets.appendingPathComponent("indicators.csv"))
        do {
            _ = try SpreadsheetActions.importReport(
                source: site.root, period: ReportPeriod("2026-Q4")!, tasks: sheets.appendingPathComponent("tasks.csv"),
                indicators: sheets.appendingPathComponent("indicators.csv"), dryRun: false)
            Issue.record("the import should fail")
        } catch let failure as BuildFailure {
            let errors = failure.errors.map(\.description)
            #expect(errors.contains("indicators.csv:2:2: error: value 'nhiều' is not a number"))
            #expect(errors.contains("tasks.csv:2:2: error: status 'xong' is not a status"))
            #expect(errors.contains("tasks.csv:3:3: error: progress 'ba mươi' is not a number from 0 to 100"))
            #expect(errors.contains { $0.hasPrefix("tasks.csv:4:1: error: unknown task 'X.9'") })
            #expect(errors.contains("tasks.csv:5:3: error: progress '130' is not a number from 0 to 100"))
            #expect(errors.contains("tasks.csv:6:1: error: task 'I.1' is given twice, first in row 2"))
            #expect(failure.errors.allSatisfy { $0.hint != nil })
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/reports/2026-q4.md").path))
    }

    @Test func theTaskCatalogueRoundTripsAndAddsOrUpdatesTasks() throws {
        let (site, sheets) = try Self.site()
        _ = try SpreadsheetActions.exportTasks(source: site.root, output: sheets)
        let file = sheets.appendingPathComponent("tasks.csv")
        #expect(try SpreadsheetActions.importTasks(source: site.root, file: file, dryRun: false) == ["no changes"])
        var text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        text = text.replacingOccurrences(of: "Góp ý dự thảo văn bản", with: "Góp ý dự thảo văn bản quy phạm")
        text += "II.2,II,Số hóa hồ sơ,cac-phong,van-phong,2027-12,,Kho dữ liệu,ty-le-ho-so-truc-tuyen,2\r\n"
        try Data(text.utf8).write(to: file)
        #expect(try SpreadsheetActions.importTasks(source: site.root, file: file, dryRun: true) == ["would update content/tasks/I.2.md", "would add content/tasks/II.2.md"])
        _ = try SpreadsheetActions.importTasks(source: site.root, file: file, dryRun: false)
        let resolved = try #require(try Pipeline.check(site.options).0.first)
        #expect(resolved.task("I.2")?.title == "Góp ý dự thảo văn bản quy phạm")
        #expect(resolved.task("I.2")?.weight == 3, "fields stay as they were")
        let added = try #require(resolved.task("II.2"))
        #expect(added.partners == ["van-phong"] && added.due == .month(year: 2027, month: 12) && added.weight == 2)

        try Data((text.replacingOccurrences(of: "weight\r\n", with: "weight,ghi_chu\r\n")).utf8).write(to: file)
        #expect(throws: BuildFailure.self) { try SpreadsheetActions.importTasks(source: site.root, file: file, dryRun: false) }
    }
}
