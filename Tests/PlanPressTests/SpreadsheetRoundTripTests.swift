import Foundation
import Testing

@testable import PlanPress

/// An unchanged export imports back to the same content, byte for byte, for any texts: generated catalogues
/// whose titles, products and notes start with formula characters and hold quotes, line breaks, `;`, `,`,
/// Vietnamese letters and surrounding spaces.
///
/// Surrounding whitespace is not part of a text: the loader drops it from every field, and so does the import
/// from every cell (a spreadsheet hides it). A file holding `title: "  x "` therefore exports `x` and imports
/// back as no change, leaving the file as it is; the texts compared below are the trimmed ones. Line ends in a
/// cell are LF: a text holding CRLF (a YAML escape) is kept as it is when the cell holds it with LF.
@Suite struct SpreadsheetRoundTripTests {
    /// The fuzz tests' SplitMix64, so a failing case replays from its seed.
    typealias SeededGenerator = FuzzTests.SeededGenerator

    static let pieces = [
        "=", "+", "-", "@", "'", "''", "\"", "\"\"", "\n", ";", ",", " ", "  ", "\t", "Rà soát", "văn bản", "đ", "ư", "Ệ",
        "=SUM(A1)", "'=1+1", "@đơn vị", "-5", "1,5", "x", "\r\n",
    ]
    static let values: [Double] = [0, 1, 87.5, 52.25, 1234.5, -3, 0.001, 99.999, 1_234_567, 123_456_789_012_345]
    static let ranks: [Double] = [1, 4, 7, 1_234_567]

    static func text(_ rng: inout SeededGenerator, allowEmpty: Bool) -> String {
        var out = ""
        for _ in 0..<Int.random(in: allowEmpty ? 0...6 : 1...6, using: &rng) { out += pieces.randomElement(using: &rng) ?? "" }
        // A title must have words; keep one letter after the generated start.
        return allowEmpty || !FieldReader.trimmed(out).isEmpty ? out : out + "a"
    }

    struct Catalogue {
        var tasks: [(id: String, area: String, title: String, product: String, dueText: String?, weight: Double)]
        var q3: [String: (status: String, progress: Double, note: String?)]
        var indicators: [String: Double]
    }

    static func catalogue(seed: UInt64) -> Catalogue {
        var rng = SeededGenerator(state: seed)
        var tasks: Catalogue = Catalogue(tasks: [], q3: [:], indicators: [:])
        for index in 1...Int.random(in: 2...6, using: &rng) {
            let area = Bool.random(using: &rng) ? "I" : "II"
            tasks.tasks.append(
                (
                    "\(area).\(index)", area, text(&rng, allowEmpty: false), text(&rng, allowEmpty: true),
                    Bool.random(using: &rng) ? text(&rng, allowEmpty: false) : nil, [1, 2, 0.5, 1.25].randomElement(using: &rng) ?? 1
                ))
        }
        for task in tasks.tasks where Bool.random(using: &rng) {
            let status = ["on-track", "at-risk", "delayed", "done", "not-started"].randomElement(using: &rng) ?? "on-track"
            let progress: Double = status == "done" ? 100 : status == "not-started" ? 0 : [5, 37.5, 60, 99.5].randomElement(using: &rng) ?? 5
            tasks.q3[task.id] = (status, progress, Bool.random(using: &rng) ? text(&rng, allowEmpty: false) : nil)
        }
        for id in ["ty-le-ho-so-truc-tuyen", "par-index"] where Bool.random(using: &rng) {
            tasks.indicators[id] = (id == "par-index" ? ranks : values).randomElement(using: &rng) ?? 1
        }
        return tasks
    }

    static func site(_ catalogue: Catalogue) throws -> TestSite {
        var files = [Fixtures.config, Fixtures.plan, Fixtures.areas, Fixtures.indicators]
        for task in catalogue.tasks {
            var lines = [
                "-- content/tasks/\(task.id).md --", "---", "id: \"\(task.id)\"", "area: \(task.area)", "title: \(YAMLText.quoted(task.title))",
                "lead: van-phong", "due: 2026-2030", "product: \(YAMLText.quoted(task.product))",
            ]
            if let dueText = task.dueText { lines.append("due_text: \(YAMLText.quoted(dueText))") }
            if task.weight != 1 { lines.append("weight: \(task.weight)") }
            files.append((lines + ["---", "Ghi chú của nhiệm vụ."]).joined(separator: "\n"))
        }
        var report = ["-- content/reports/2026-q3.md --", "---", "period: 2026-Q3", "as_of: 2026-09-30", "published: 2026-10-05", "tasks:"]
        for (id, entry) in catalogue.q3.sorted(by: { $0.key < $1.key }) {
            let note = entry.note.map { ", note: \(YAMLText.quoted($0))" } ?? ""
            report.append("  \"\(id)\": {status: \(entry.status), progress: \(entry.progress)\(note)}")
        }
        report.append(catalogue.indicators.isEmpty ? "indicators: {}" : "indicators:")
        for (id, value) in catalogue.indicators.sorted(by: { $0.key < $1.key }) { report.append("  \(id): \(FieldReader.plain(value))") }
        files.append((report + ["---", "Báo cáo quý 3."]).joined(separator: "\n"))
        return try TestSite(files.joined(separator: "\n"))
    }

    @Test(arguments: 0..<40)
    func anUnchangedExportImportsBackByteIdentical(seed: UInt64) throws {
        do {
            try roundTrip(seed: seed)
        } catch let failure as BuildFailure {
            Issue.record("seed \(seed): \(failure.diagnostics.map(\.description))")
        }
    }

    func roundTrip(seed: UInt64) throws {
        let catalogue = Self.catalogue(seed: seed &* 7919 &+ 17)
        let site = try Self.site(catalogue)
        let before = try SpreadsheetSafetyTests.contents(site)
        let loaded = try #require(try Pipeline.check(site.options).0.first)
        for task in catalogue.tasks {
            #expect(loaded.task(task.id)?.title == FieldReader.trimmed(task.title), "seed \(seed)")
            #expect(loaded.task(task.id)?.product == FieldReader.trimmed(task.product), "seed \(seed)")
        }
        let sheets = site.root.appendingPathComponent("sheets")
        let q3 = ReportPeriod("2026-Q3")!
        _ = try SpreadsheetActions.exportReportTemplate(source: site.root, period: q3, output: sheets)
        let tasksCSV = sheets.appendingPathComponent("tasks.csv")
        let indicatorsCSV = sheets.appendingPathComponent("indicators.csv")
        for dryRun in [true, false] {
            let lines = try SpreadsheetActions.importReport(source: site.root, period: q3, tasks: tasksCSV, indicators: indicatorsCSV, dryRun: dryRun)
            #expect(lines == ["no changes to content/reports/2026-q3.md"], "seed \(seed)")
        }
        _ = try SpreadsheetActions.exportTasks(source: site.root, output: sheets)
        let lines = try SpreadsheetActions.importTasks(source: site.root, file: tasksCSV, dryRun: false)
        #expect(lines == ["no changes"], "seed \(seed)")
        let after = try SpreadsheetSafetyTests.contents(site)
        #expect(after == before, "seed \(seed): every content file is as it was")
    }

    /// The same figures imported into a new report come out as they went in: the texts reach the file intact.
    @Test(arguments: 0..<20)
    func exportedFiguresImportIntoANewReportIntact(seed: UInt64) throws {
        let catalogue = Self.catalogue(seed: seed &* 104_729 &+ 3)
        let site = try Self.site(catalogue)
        let sheets = site.root.appendingPathComponent("sheets")
        let q3 = try #require(ReportPeriod("2026-Q3"))
        let q4 = try #require(ReportPeriod("2026-Q4"))
        _ = try SpreadsheetActions.exportReportTemplate(source: site.root, period: q3, output: sheets)
        _ = try SpreadsheetActions.importReport(
            source: site.root, period: q4, tasks: sheets.appendingPathComponent("tasks.csv"),
            indicators: sheets.appendingPathComponent("indicators.csv"), dryRun: false, today: CalendarDate(year: 2027, month: 1, day: 5)!)
        let reports = try #require(try Pipeline.check(site.options).0.first?.reports)
        let old = try #require(reports.first { $0.period == q3 })
        let new = try #require(reports.first { $0.period == q4 })
        #expect(new.indicators == old.indicators, "seed \(seed)")
        // A line end in a cell is LF, so a note holding CR (only a YAML escape gives one) arrives with LF.
        func entries(_ report: Report) -> [String: String] {
            report.tasks.mapValues { "\($0.status) \($0.progress) \(($0.note ?? "").replacingOccurrences(of: "\r\n", with: "\n"))" }
        }
        #expect(entries(new) == entries(old), "seed \(seed)")
    }
}
