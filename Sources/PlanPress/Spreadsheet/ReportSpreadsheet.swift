import Foundation

/// The spreadsheet round trip of a report: a template for the units to fill in, and its import back into
/// `content/reports/<period>.md`.
public enum ReportSpreadsheet {
    static let taskColumns = ["id", "area", "title", "lead", "due", "last_status", "last_progress", "status", "progress", "note"]
    static let indicatorColumns = ["id", "title", "unit", "target", "last_value", "value"]

    /// `tasks.csv` and `indicators.csv` for `period`. The last_ columns hold the latest report before the
    /// period; the columns to fill in hold the period's own report when it exists, so an unchanged file imports
    /// back to the same report.
    public static func template(for period: ReportPeriod, site: ResolvedSite) -> (tasks: String, indicators: String) {
        let earlier = site.reports.filter { $0.period < period }
        let own = site.reports.first { $0.period == period }
        let tasks = CSVTable(
            headers: taskColumns,
            rows: site.tasks.map { task in
                let last = TaskState.compute(for: task, reports: earlier, asOf: nil)
                let update = own?.tasks[task.id]
                return [
                    FormulaGuard.cell(task.id), FormulaGuard.cell(task.area), FormulaGuard.cell(task.title), FormulaGuard.cell(task.lead),
                    FormulaGuard.cell(task.dueText ?? OpenDataFiles.dueText(task.due)),
                    .text(last.history.isEmpty ? "" : last.status.rawValue), .number(last.history.isEmpty ? nil : last.progress),
                    .text(update?.status.rawValue ?? ""), .number(update?.progress), FormulaGuard.cell(update?.note ?? ""),
                ]
            })
        let indicators = CSVTable(
            headers: indicatorColumns,
            rows: site.indicators.map { indicator in
                let last = earlier.last { $0.indicators[indicator.id] != nil }?.indicators[indicator.id]
                return [
                    FormulaGuard.cell(indicator.id), FormulaGuard.cell(indicator.title), FormulaGuard.cell(indicator.unit),
                    .number(indicator.target.value),
                    .number(last), .number(own?.indicators[indicator.id]),
                ]
            })
        return (tasks.render(), indicators.render())
    }

    /// The report's new task entries and indicator values read from the files; every bad cell is a diagnostic.
    public struct Import: Sendable {
        public var tasks: [String: TaskUpdate] = [:]
        public var indicators: [String: Double] = [:]
    }

    /// Reads the filled files; with no indicators file, the report's indicator values stay as they are.
    public static func read(
        tasks sheet: SpreadsheetFile, indicators indicatorSheet: SpreadsheetFile?, site: ResolvedSite, existing: Report?,
        statusLabels: [String: TaskStatus], log: inout DiagnosticLog
    ) -> Import {
        var result = Import()
        sheet.rejectUnknownColumns(taskColumns, log: &log)
        if sheet.require(["id", "status", "progress", "note"], log: &log) {
            for (id, row) in identifiedRows(sheet, known: Set(site.tasks.map(\.id)), kind: "task", log: &log) {
                let statusText = sheet.value(row, "status")
                let progressText = sheet.value(row, "progress")
                let note = sheet.value(row, "note")
                if statusText.isEmpty, progressText.isEmpty, note.isEmpty { continue }
                guard let status = TaskStatus(rawValue: statusText) ?? statusLabels[statusText.lowercased()] else {
                    log.error(
                        at: sheet.location(row: row.number, column: "status"), "status '\(statusText)' is not a status",
                        hint: "write one of: \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")), or the label the site shows")
                    continue
                }
                var progress: Double? = status == .done ? 100 : status == .notStarted ? 0 : nil
                if !progressText.isEmpty {
                    switch SpreadsheetNumber.parse(progressText) {
                    case let .success(value) where (0...100).contains(value):
                        progress = value
                    case .success:
                        log.error(
                            at: sheet.location(row: row.number, column: "progress"), "progress '\(progressText)' is not a number from 0 to 100",
                            hint: "write a number such as 45 or 87,5")
                        continue
                    case let .failure(problem):
                        log.error(
                            at: sheet.location(row: row.number, column: "progress"),
                            "progress '\(progressText)' is not a number from 0 to 100\(problem.reason)", hint: SpreadsheetNumber.expected)
                        continue
                    }
                }
                guard let progress else {
                    log.error(at: sheet.location(row: row.number, column: "progress"), "progress is empty", hint: "write a number from 0 to 100")
                    continue
                }
                result.tasks[id] = TaskUpdate(
                    status: status, progress: progress, note: note.isEmpty ? nil : SpreadsheetFile.keeping(note, current: existing?.tasks[id]?.note),
                    location: sheet.location(row: row.number, column: "status"))
            }
        }
        guard let indicatorSheet else {
            result.indicators = existing?.indicators ?? [:]
            return result
        }
        indicatorSheet.rejectUnknownColumns(indicatorColumns, log: &log)
        guard indicatorSheet.require(["id", "value"], log: &log) else { return result }
        for (id, row) in identifiedRows(indicatorSheet, known: Set(site.indicators.map(\.id)), kind: "indicator", log: &log) {
            let text = indicatorSheet.value(row, "value")
            if text.isEmpty { continue }
            switch SpreadsheetNumber.parse(text) {
            case let .success(value):
                result.indicators[id] = value
            case let .failure(problem):
                log.error(
                    at: indicatorSheet.location(row: row.number, column: "value"), "value '\(text)' is not a number\(problem.reason)",
                    hint: SpreadsheetNumber.expected)
            }
        }
        return result
    }

    /// The rows with their id, each id known and given once; any other row is an error and left out.
    private static func identifiedRows(
        _ sheet: SpreadsheetFile, known: Set<String>, kind: String, log: inout DiagnosticLog
    ) -> [(id: String, row: SpreadsheetFile.Row)] {
        var rowOfID: [String: Int] = [:]
        var rows: [(id: String, row: SpreadsheetFile.Row)] = []
        for row in sheet.rows {
            let id = sheet.value(row, "id")
            let location = sheet.location(row: row.number, column: "id")
            if !known.contains(id) {
                log.error(at: location, "unknown \(kind) '\(id)'", hint: ReferenceCheck.knownHint(known, near: id))
            } else if let first = rowOfID[id] {
                log.error(at: location, "\(kind) '\(id)' is given twice, first in row \(first)", hint: "keep one row per \(kind)")
            } else {
                rowOfID[id] = row.number
                rows.append((id, row))
            }
        }
        return rows
    }

    /// The report file with the imported figures; an existing report keeps its other fields and its narrative.
    public static func reportText(period: ReportPeriod, imported: Import, existing: Report?, site: ResolvedSite, today: CalendarDate) -> String {
        var lines = ["---", "period: \(YAMLText.quoted(period.description))"]
        if let title = existing?.title, !title.isEmpty { lines.append("title: \(YAMLText.quoted(title))") }
        if let number = existing?.number { lines.append("number: \(YAMLText.quoted(number))") }
        lines.append("as_of: \((existing?.asOf ?? period.end).iso)")
        lines.append("published: \((existing?.published ?? max(today, period.end)).iso)")
        if existing?.illustrative == true { lines.append("illustrative: true") }
        lines.append("tasks:")
        for task in site.tasks {
            guard let update = imported.tasks[task.id] else { continue }
            var entry = "  \(YAMLText.quoted(task.id)): {status: \(update.status.rawValue), progress: \(FieldReader.plain(update.progress))"
            if let note = update.note { entry += ", note: \(YAMLText.quoted(note))" }
            lines.append(entry + "}")
        }
        lines.append("indicators:")
        for indicator in site.indicators {
            if let value = imported.indicators[indicator.id] { lines.append("  \(indicator.id): \(FieldReader.plain(value))") }
        }
        lines.append("---")
        let body = existing?.body.text ?? "\n## Tình hình chung\n\nTóm tắt kết quả trong kỳ.\n"
        return lines.joined(separator: "\n") + "\n" + body
    }

    /// What the import changes against the current report, one line per task or indicator.
    public static func changes(_ imported: Import, existing: Report?) -> [String] {
        var lines: [String] = []
        for id in Set(imported.tasks.keys).union(existing?.tasks.keys ?? [:].keys).sorted(by: TaskOrder.idLess) {
            let old = existing?.tasks[id]
            let new = imported.tasks[id]
            func describe(_ u: TaskUpdate?) -> String {
                u.map { "\($0.status.rawValue) \(FieldReader.plain($0.progress))%" + ($0.note.flatMap { $0.isEmpty ? nil : " \"\($0)\"" } ?? "") } ?? "—"
            }
            if describe(old) != describe(new) { lines.append("task \(id): \(describe(old)) → \(describe(new))") }
        }
        for id in Set(imported.indicators.keys).union(existing?.indicators.keys ?? [:].keys).sorted() {
            let old = existing?.indicators[id].map(FieldReader.plain) ?? "—"
            let new = imported.indicators[id].map(FieldReader.plain) ?? "—"
            if old != new { lines.append("indicator \(id): \(old) → \(new)") }
        }
        return lines
    }
}
