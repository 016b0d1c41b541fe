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
                    .text(task.id), .text(task.area), .text(task.title), .text(task.lead),
                    .text(task.dueText ?? OpenDataFiles.dueText(task.due)),
                    .text(last.history.isEmpty ? "" : last.status.rawValue), .number(last.history.isEmpty ? nil : last.progress),
                    .text(update?.status.rawValue ?? ""), .number(update?.progress), .text(update?.note ?? ""),
                ]
            })
        let indicators = CSVTable(
            headers: indicatorColumns,
            rows: site.indicators.map { indicator in
                let last = earlier.last { $0.indicators[indicator.id] != nil }?.indicators[indicator.id]
                return [
                    .text(indicator.id), .text(indicator.title), .text(indicator.unit), .number(indicator.target.value),
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

    public static func read(
        tasks tasksFile: SourceFile, indicators indicatorsFile: SourceFile?, site: ResolvedSite, statusLabels: [String: TaskStatus],
        log: inout DiagnosticLog
    ) -> Import {
        var result = Import()
        if let sheet = SpreadsheetFile.read(tasksFile.text, path: tasksFile.path, log: &log),
            sheet.require(["id", "status", "progress", "note"], log: &log)
        {
            for (row, cells) in sheet.rows {
                let id = cells["id"]?.trimmingCharacters(in: .whitespaces) ?? ""
                let statusText = cells["status"]?.trimmingCharacters(in: .whitespaces) ?? ""
                let progressText = cells["progress"]?.trimmingCharacters(in: .whitespaces) ?? ""
                let note = cells["note"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard site.task(id) != nil else {
                    log.error(at: sheet.location(row: row, column: "id"), "unknown task '\(id)'", hint: ReferenceCheck.knownHint(Set(site.tasks.map(\.id)), near: id))
                    continue
                }
                if statusText.isEmpty, progressText.isEmpty, note.isEmpty { continue }
                guard let status = TaskStatus(rawValue: statusText) ?? statusLabels[statusText.lowercased()] else {
                    log.error(
                        at: sheet.location(row: row, column: "status"), "status '\(statusText)' is not a status",
                        hint: "write one of: \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")), or the label the site shows")
                    continue
                }
                var progress: Double? = status == .done ? 100 : status == .notStarted ? 0 : nil
                if !progressText.isEmpty {
                    guard let value = SpreadsheetFile.number(progressText), (0...100).contains(value) else {
                        log.error(
                            at: sheet.location(row: row, column: "progress"), "progress '\(progressText)' is not a number from 0 to 100",
                            hint: "write a number such as 45 or 87,5")
                        continue
                    }
                    progress = value
                }
                guard let progress else {
                    log.error(at: sheet.location(row: row, column: "progress"), "progress is empty", hint: "write a number from 0 to 100")
                    continue
                }
                result.tasks[id] = TaskUpdate(
                    status: status, progress: progress, note: note.isEmpty ? nil : note,
                    location: sheet.location(row: row, column: "status"))
            }
        }
        if let indicatorsFile, let sheet = SpreadsheetFile.read(indicatorsFile.text, path: indicatorsFile.path, log: &log),
            sheet.require(["id", "value"], log: &log)
        {
            for (row, cells) in sheet.rows {
                let id = cells["id"]?.trimmingCharacters(in: .whitespaces) ?? ""
                let text = cells["value"]?.trimmingCharacters(in: .whitespaces) ?? ""
                guard site.indicator(id) != nil else {
                    log.error(at: sheet.location(row: row, column: "id"), "unknown indicator '\(id)'", hint: ReferenceCheck.knownHint(Set(site.indicators.map(\.id)), near: id))
                    continue
                }
                if text.isEmpty { continue }
                guard let value = SpreadsheetFile.number(text) else {
                    log.error(at: sheet.location(row: row, column: "value"), "value '\(text)' is not a number", hint: "write a number such as 87,5 or 87.5")
                    continue
                }
                result.indicators[id] = value
            }
        }
        return result
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
            func describe(_ u: TaskUpdate?) -> String { u.map { "\($0.status.rawValue) \(FieldReader.plain($0.progress))%" + ($0.note.map { " \"\($0)\"" } ?? "") } ?? "—" }
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
