import Foundation
import Testing

@testable import PlanPress

/// An import writes only the file its plan names, and refuses the whole import on any doubtful cell.
@Suite struct SpreadsheetSafetyTests {
    static let q3 = ReportPeriod("2026-Q3")!
    static let q4 = ReportPeriod("2026-Q4")!
    static let taskHeader = "id;status;progress;note\n"

    /// The fixture site with English as a second language, a translation of I.1, and task I.9 in `extra.md`.
    static let bilingualSite = Fixtures.site.replacingOccurrences(of: "languages: [vi]", with: "languages: [vi, en]") + """

        -- content/tasks/I.1.en.md --
        ---
        title: Review of legal documents
        ---
        -- content/tasks/extra.md --
        ---
        id: "I.9"
        area: I
        title: Nhiệm vụ bổ sung
        lead: van-phong
        due: 2027-12
        product: Báo cáo
        ---
        Ghi chú của nhiệm vụ I.9.
        """

    /// Runs an import that must fail, and returns its errors as `file:row:column: error: message`.
    static func refusal(_ run: () throws -> [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        do {
            let lines = try run()
            Issue.record("the import should be refused, it said: \(lines)", sourceLocation: sourceLocation)
            return []
        } catch let failure as BuildFailure {
            return failure.errors.map(\.description)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Every file under content/, to show that a refused import wrote nothing.
    static func contents(_ site: TestSite) throws -> [String: Data] {
        let content = site.root.appendingPathComponent("content")
        var files: [String: Data] = [:]
        let paths = try #require(FileManager.default.enumerator(atPath: content.path))
        for case let path as String in paths {
            var isFolder: ObjCBool = false
            let url = content.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    static func importReport(_ site: TestSite, _ period: ReportPeriod, tasks: String, indicators: String? = nil, dryRun: Bool = false) throws -> [String] {
        try site.write("sheets/tasks.csv", tasks)
        if let indicators { try site.write("sheets/indicators.csv", indicators) }
        return try SpreadsheetActions.importReport(
            source: site.root, period: period, tasks: site.root.appendingPathComponent("sheets/tasks.csv"),
            indicators: indicators == nil ? nil : site.root.appendingPathComponent("sheets/indicators.csv"), dryRun: dryRun,
            today: CalendarDate(year: 2027, month: 1, day: 5)!)
    }

    static func importTasks(_ site: TestSite, _ csv: String, dryRun: Bool = false) throws -> [String] {
        try site.write("sheets/catalogue.csv", csv)
        return try SpreadsheetActions.importTasks(source: site.root, file: site.root.appendingPathComponent("sheets/catalogue.csv"), dryRun: dryRun)
    }

    static let catalogueHeader = "id,area,title,lead,partners,due,due_text,product,indicators,weight\n"

    // MARK: - New tasks never replace a file

    @Test func aNewTaskNeverReplacesATranslationOrAnotherTasksFile() throws {
        let site = try TestSite(Self.bilingualSite)
        let before = try Self.contents(site)
        let errors = Self.refusal {
            try Self.importTasks(
                site,
                Self.catalogueHeader + "I.1.en,I,Nhiệm vụ mới,van-phong,,2027-12,,Báo cáo,,1\n" + "extra,I,Nhiệm vụ khác,van-phong,,2027-12,,Báo cáo,,1\n")
        }
        #expect(errors.contains { $0.hasPrefix("catalogue.csv:2:1: error: new task 'I.1.en' would be written to content/tasks/I.1.en.md") })
        #expect(errors.contains { $0.hasPrefix("catalogue.csv:3:1: error: new task 'extra' would be written to content/tasks/extra.md, which exists") })
        #expect(try Self.contents(site) == before, "nothing was written")
    }

    @Test func aNewTaskWhoseFileNameReadsAsATranslationIsRefused() throws {
        let site = try TestSite(Self.bilingualSite)
        let errors = Self.refusal {
            try Self.importTasks(site, Self.catalogueHeader + "II.5.fr,II,Nhiệm vụ mới,van-phong,,2027-12,,Báo cáo,,1\n")
        }
        #expect(errors == ["catalogue.csv:2:1: error: new task 'II.5.fr' would have the file name of a translation (content/tasks/II.5.fr.md)"])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/tasks/II.5.fr.md").path))
    }

    @Test func aNewTaskWhoseFileNameDiffersOnlyInCaseIsRefused() throws {
        let site = try TestSite(Self.bilingualSite)
        let errors = Self.refusal {
            try Self.importTasks(
                site,
                Self.catalogueHeader + "i.2,I,Nhiệm vụ mới,van-phong,,2027-12,,Báo cáo,,1\n" + "II.7,II,Một,van-phong,,2027-12,,Báo cáo,,1\n"
                    + "ii.7,II,Hai,van-phong,,2027-12,,Báo cáo,,1\n")
        }
        #expect(errors.contains { $0.hasPrefix("catalogue.csv:2:1: error: new task 'i.2' differs only in case from content/tasks/I.2.md") })
        #expect(errors.contains { $0.hasPrefix("catalogue.csv:4:1: error: new task 'ii.7' differs only in case from task 'II.7' in row 3") })
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/tasks/II.7.md").path))
    }

    @Test func aNewTaskIsAddedInAFileOfItsOwn() throws {
        let site = try TestSite(Self.bilingualSite)
        let lines = try Self.importTasks(site, Self.catalogueHeader + "II.7,II,Nhiệm vụ mới,van-phong,,2027-12,,Báo cáo,,1\n")
        #expect(lines == ["added content/tasks/II.7.md"])
        let task = try #require(try Pipeline.check(site.options).0.first?.task("II.7"))
        #expect(task.title == "Nhiệm vụ mới")
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/tasks/extra.md"), encoding: .utf8).contains("Ghi chú của nhiệm vụ I.9."))
    }

    // MARK: - A report is found by its period

    @Test func aReportImportNeverReplacesTheFileOfAnotherPeriod() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(of: "period: 2026-Q3\nas_of: 2026-09-30\npublished: 2026-10-05", with: "period: 2026-Q4\nas_of: 2026-12-31\npublished: 2027-01-05"))
        let before = try Self.contents(site)
        let errors = Self.refusal { try Self.importReport(site, Self.q3, tasks: Self.taskHeader + "I.1;on-track;45;\n") }
        #expect(errors == ["content/reports/2026-q3.md:2:1: error: the report for 2026-Q3 would be written to content/reports/2026-q3.md, which holds period 2026-Q4"])
        #expect(try Self.contents(site) == before)
    }

    @Test func aReportIsFoundByItsPeriodWhateverItsFileName() throws {
        let site = try TestSite(Fixtures.site.replacingOccurrences(of: "-- content/reports/2026-q3.md --", with: "-- content/reports/quy-3.md --"))
        let lines = try Self.importReport(site, Self.q3, tasks: Self.taskHeader + "I.1;on-track;45;\nI.2;delayed;60;\nII.1;done;100;\n")
        #expect(lines == ["wrote content/reports/quy-3.md", "task I.1: on-track 40% \"Đã rà soát 40 văn bản\" → on-track 45%"])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/reports/2026-q3.md").path))
        #expect(try Pipeline.check(site.options).0.first?.reports.first { $0.period == Self.q3 }?.tasks["I.1"]?.progress == 45)
    }

    // MARK: - The file's structure

    @Test func anUnterminatedQuoteIsAnErrorAtTheQuote() throws {
        let site = try TestSite(Fixtures.site)
        let before = try Self.contents(site)
        let errors = Self.refusal {
            try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;\"Đã rà soát\nI.2;done;;\n", indicators: "id;value\npar-index;3\n")
        }
        #expect(errors == ["tasks.csv:2:4: error: the quoted cell starting here has no closing quote, found '\"Đã rà soát…' running to the end of the file"])
        #expect(try Self.contents(site) == before)
    }

    @Test func aQuoteInsideAnUnquotedCellIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;màn hình 5\" mới\n") }
        #expect(errors == ["tasks.csv:2:4: error: a quote inside a cell that does not start with one, found 'màn hình 5\" mới'"])
    }

    @Test func aTaskGivenTwiceInAReportIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;\nI.2;done;;\nI.1;at-risk;50;\n") }
        #expect(errors == ["tasks.csv:4:1: error: task 'I.1' is given twice, first in row 2"])
    }

    @Test func anIndicatorGivenTwiceInAReportIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        let errors = Self.refusal {
            try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;\n", indicators: "id;value\npar-index;3\npar-index;2\n")
        }
        #expect(errors == ["indicators.csv:3:1: error: indicator 'par-index' is given twice, first in row 2"])
    }

    @Test func aShortRowIsAnErrorAndNotDropped() throws {
        let site = try TestSite(Fixtures.site)
        _ = try SpreadsheetActions.exportReportTemplate(source: site.root, period: Self.q4, output: site.root.appendingPathComponent("sheets"))
        var text = try String(contentsOf: site.root.appendingPathComponent("sheets/tasks.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "I.2,I,Góp ý dự thảo văn bản,van-phong,2026-06,delayed,60,,,", with: "I.2,I,Góp ý dự thảo văn bản,van-phong,2026-06")
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: text) }
        #expect(errors == ["tasks.csv:3:6: error: the row has 5 cells, expected 10, one for each column of the header"])
    }

    @Test func extraCellsAreAnErrorAndNotIgnored() throws {
        let site = try TestSite(Fixtures.site)
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;Đã rà soát;còn 48 văn bản\nI.2;done;;;\n") }
        #expect(errors == ["tasks.csv:2:5: error: the row has a cell beyond the last column, found 'còn 48 văn bản'"])
    }

    @Test func anUnknownColumnInAReportIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: "id;status;progress;note;ghi_chu\nI.1;on-track;45;;thêm\n") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("tasks.csv:1:5: error: unknown column 'ghi_chu'") == true)
    }

    // MARK: - Numbers

    @Test func numbersWithThousandsGroupingAreReadWholeNotAsDecimals() throws {
        let site = try TestSite(Fixtures.site)
        _ = try Self.importReport(
            site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;\n", indicators: "id,value\nty-le-ho-so-truc-tuyen,\"1,234.5\"\npar-index,1.234.567\n")
        let report = try #require(try Pipeline.check(site.options).0.first?.reports.first { $0.period == Self.q4 })
        #expect(report.indicators == ["ty-le-ho-so-truc-tuyen": 1234.5, "par-index": 1_234_567])
    }

    @Test func hexadecimalExponentsAndHugeNumbersAreErrors() throws {
        let site = try TestSite(Fixtures.site)
        let errors = Self.refusal {
            try Self.importReport(
                site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;0x20;\nI.2;on-track;1e1;\nII.1;on-track;nan;\n",
                indicators: "id;value\nty-le-ho-so-truc-tuyen;inf\npar-index;2000000000000000\n")
        }
        #expect(errors.contains { $0.hasPrefix("tasks.csv:2:3: error: progress '0x20' is not a number from 0 to 100: hexadecimal is not accepted") })
        #expect(errors.contains { $0.hasPrefix("tasks.csv:3:3: error: progress '1e1' is not a number from 0 to 100: exponents are not accepted") })
        #expect(errors.contains { $0.hasPrefix("tasks.csv:4:3: error: progress 'nan' is not a number from 0 to 100") })
        #expect(errors.contains { $0.hasPrefix("indicators.csv:2:2: error: value 'inf' is not a number") })
        #expect(errors.contains { $0.hasPrefix("indicators.csv:3:2: error: value '2000000000000000' is not a number: its magnitude is beyond 10^15") })
        #expect(errors.count == 5)
    }

    // MARK: - Formula guards

    @Test func anUnchangedExportWithFormulaLikeTextsImportsBackUnchanged() throws {
        let site = try TestSite(
            Fixtures.site.replacingOccurrences(of: "note: Đã rà soát 40 văn bản", with: "note: \"=SUM(A1) và 'x\"")
                .replacingOccurrences(of: "I.2: {status: delayed, progress: 60}", with: "I.2: {status: delayed, progress: 60, note: \"'-ghi chú\"}")
                .replacingOccurrences(of: "II.1: {status: done, progress: 100}", with: "II.1: {status: done, progress: 100, note: \"@ đơn vị\"}")
                .replacingOccurrences(of: "product: Báo cáo rà soát", with: "product: \"+ Báo cáo rà soát\"")
                .replacingOccurrences(of: "product: Văn bản góp ý", with: "product: \"''=Văn bản góp ý\""))
        let before = try Self.contents(site)
        let sheets = site.root.appendingPathComponent("sheets")
        _ = try SpreadsheetActions.exportReportTemplate(source: site.root, period: Self.q3, output: sheets)
        let exported = try String(contentsOf: sheets.appendingPathComponent("tasks.csv"), encoding: .utf8)
        #expect(exported.contains(",'=SUM(A1) và 'x\r\n"), "the export guards a formula")
        #expect(exported.contains(",''-ghi chú\r\n"), "and a text that starts like a guard")
        let lines = try SpreadsheetActions.importReport(
            source: site.root, period: Self.q3, tasks: sheets.appendingPathComponent("tasks.csv"),
            indicators: sheets.appendingPathComponent("indicators.csv"), dryRun: false)
        #expect(lines == ["no changes to content/reports/2026-q3.md"])

        _ = try SpreadsheetActions.exportTasks(source: site.root, output: sheets)
        let catalogue = try String(contentsOf: sheets.appendingPathComponent("tasks.csv"), encoding: .utf8)
        #expect(catalogue.contains(",'''=Văn bản góp ý,"))
        #expect(try SpreadsheetActions.importTasks(source: site.root, file: sheets.appendingPathComponent("tasks.csv"), dryRun: false) == ["no changes"])
        #expect(try Self.contents(site) == before, "every content file is byte for byte as it was")
    }

    // MARK: - Sizes

    @Test func aCellLargerThanTheLimitIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        let note = String(repeating: "ghi chú ", count: ContentLimits.cellBytes / 8)
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;\(note)\n") }
        #expect(errors == ["tasks.csv:2:4: error: the cell holds \(note.utf8.count) bytes, more than the limit of 65536 (64 KB)"])
    }

    @Test func aSpreadsheetLargerThanTheLimitIsAnError() throws {
        let site = try TestSite(Fixtures.site)
        let note = String(repeating: "x", count: 9 * 1024 * 1024)
        let csv = Self.taskHeader + "I.1;on-track;45;\(note)\n"
        let errors = Self.refusal { try Self.importReport(site, Self.q4, tasks: csv) }
        #expect(errors == ["tasks.csv:1:1: error: the file holds \(csv.utf8.count) bytes, more than the limit of 8388608 (8 MB)"])
    }

    @Test func anImportThatWouldMakeAFileTooLargeIsRefused() throws {
        let body = String(repeating: "Ghi chu dai.\n", count: (ContentLimits.fileSize - 40_000) / 13)
        let site = try TestSite(Fixtures.site.replacingOccurrences(of: "product: Báo cáo rà soát\n---\n", with: "product: Báo cáo rà soát\n---\n\(body)"))
        let before = try Self.contents(site)
        let title = String(repeating: "Rà soát ", count: 6_000)
        let errors = Self.refusal {
            try Self.importTasks(site, Self.catalogueHeader + "I.1,I,\(title),van-phong,cac-phong,2026-2030,,Báo cáo rà soát,,1\n")
        }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("catalogue.csv:2:1: error: content/tasks/I.1.md would hold") == true, "\(errors)")
        #expect(try Self.contents(site) == before)
    }

    // MARK: - Writing

    @Test func anImportLeavesNoTemporaryFileBehind() throws {
        let site = try TestSite(Fixtures.site)
        _ = try Self.importReport(site, Self.q4, tasks: Self.taskHeader + "I.1;on-track;45;\n")
        _ = try Self.importTasks(site, Self.catalogueHeader + "II.7,II,Nhiệm vụ mới,van-phong,,2027-12,,Báo cáo,,1\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/reports").path)
            + FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/tasks").path)
        #expect(names.sorted() == ["2026-q2.md", "2026-q3.md", "2026-q4.md", "I.1.md", "I.2.md", "II.1.md", "II.7.md"])
    }
}
