import Foundation

/// The task catalogue as a spreadsheet: every field of every task out, and new or changed tasks back in.
public enum TaskSpreadsheet {
    static let columns = ["id", "area", "title", "lead", "partners", "due", "due_text", "product", "indicators", "weight"]

    /// `tasks.csv` with every field of every task, in plan order.
    public static func export(_ site: ResolvedSite) -> String {
        CSVTable(
            headers: columns,
            rows: site.tasks.map { task in
                [
                    FormulaGuard.cell(task.id), FormulaGuard.cell(task.area), FormulaGuard.cell(task.title), FormulaGuard.cell(task.lead),
                    FormulaGuard.cell(task.partners.joined(separator: "; ")), FormulaGuard.cell(OpenDataFiles.dueText(task.due)),
                    FormulaGuard.cell(task.dueText ?? ""), FormulaGuard.cell(task.product), FormulaGuard.cell(task.indicators.joined(separator: "; ")),
                    .number(task.weight),
                ]
            }
        ).render()
    }

    /// A task file to write: its path and text.
    public struct Change: Sendable {
        public var path: String
        public var text: String
        public var isNew: Bool
    }

    /// The task files the spreadsheet adds or changes; nothing if any cell is bad.
    /// - Parameters:
    ///   - taskFiles: the names of the files in `content/tasks/` now, which no new task may take or shadow.
    public static func read(_ sheet: SpreadsheetFile, site: ResolvedSite, taskFiles: [String], log: inout DiagnosticLog) -> [Change] {
        sheet.rejectUnknownColumns(columns, log: &log)
        guard sheet.require(["id", "area", "title", "lead", "due"], log: &log) else { return [] }
        let areas = Set(site.areas.map(\.id))
        let units = Set(site.units.keys)
        let indicators = Set(site.indicators.map(\.id))
        var changes: [Change] = []
        var rowOfID: [String: Int] = [:]
        var newFiles = NewTaskFiles(taskFiles: taskFiles, site: site)
        for row in sheet.rows {
            func cell(_ name: String) -> String { sheet.value(row, name) }
            func at(_ name: String) -> SourceLocation { sheet.location(row: row.number, column: name) }
            func list(_ name: String) -> [String] {
                cell(name).split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let before = log.errors.count
            let id = cell("id")
            if !Slug.isValidID(id) {
                log.error(at: at("id"), "task id '\(id)' is not valid", hint: "letters, digits, dots, hyphens and underscores, starting with a letter or digit, e.g. II.6")
            } else if let first = rowOfID[id] {
                log.error(at: at("id"), "task '\(id)' is given twice, first in row \(first)", hint: "keep one row per task")
            }
            rowOfID[id] = rowOfID[id] ?? row.number
            if !areas.contains(cell("area")) { log.error(at: at("area"), "unknown area '\(cell("area"))'", hint: ReferenceCheck.knownHint(areas, near: cell("area"))) }
            if cell("title").isEmpty { log.error(at: at("title"), "the title is empty", hint: "write the task's content") }
            for unit in [cell("lead")] + list("partners") where !units.contains(unit) {
                log.error(at: at(unit == cell("lead") ? "lead" : "partners"), "unknown unit '\(unit)'", hint: ReferenceCheck.knownHint(units, near: unit))
            }
            for indicator in list("indicators") where !indicators.contains(indicator) {
                log.error(at: at("indicators"), "unknown indicator '\(indicator)'", hint: ReferenceCheck.knownHint(indicators, near: indicator))
            }
            let due = Due(cell("due"))
            if due == nil { log.error(at: at("due"), "due '\(cell("due"))' is not a deadline", hint: "write 2026-2030, 2027-02, 2027-02-28 or yearly") }
            let weightText = cell("weight")
            var weight: Double? = 1
            if !weightText.isEmpty {
                switch SpreadsheetNumber.parse(weightText) {
                case let .success(value): weight = value
                case let .failure(problem):
                    weight = nil
                    log.error(at: at("weight"), "weight '\(weightText)' is not a number\(problem.reason)", hint: SpreadsheetNumber.expected)
                }
            }
            let existing = site.task(id)
            if existing == nil, Slug.isValidID(id), let problem = newFiles.problem(id: id, row: row.number) {
                log.error(at: at("id"), problem.message, hint: problem.hint)
            }
            guard log.errors.count == before, let due, let weight else { continue }
            let task = PlanTask(
                id: id, area: cell("area"), title: SpreadsheetFile.keeping(cell("title"), current: existing?.title), lead: cell("lead"),
                partners: list("partners"), due: due,
                dueText: cell("due_text").isEmpty ? nil : SpreadsheetFile.keeping(cell("due_text"), current: existing?.dueText),
                product: SpreadsheetFile.keeping(cell("product"), current: existing?.product), indicators: list("indicators"),
                weight: weight, body: existing?.body ?? .empty, origin: existing?.origin ?? Origin(path: NewTaskFiles.path(of: id)))
            if let existing, same(existing, task) { continue }
            let text = text(of: task)
            guard text.utf8.count <= ContentLimits.fileSize else {
                log.error(
                    at: at("id"), "\(task.origin.path) would hold \(text.utf8.count) bytes, more than the limit of \(ContentLimits.fileSize) (\(ContentLimits.fileSize / 1_048_576) MB)",
                    hint: "shorten the texts of this row or the task's notes; the build refuses a larger file")
                continue
            }
            changes.append(Change(path: task.origin.path, text: text, isNew: existing == nil))
        }
        return log.hasErrors ? [] : changes
    }

    static func same(_ a: PlanTask, _ b: PlanTask) -> Bool {
        a.area == b.area && a.title == b.title && a.lead == b.lead && a.partners == b.partners && a.due == b.due
            && (a.dueText ?? "") == (b.dueText ?? "") && a.product == b.product && a.indicators == b.indicators && a.weight == b.weight
    }

    /// A task file: every field, and the existing body kept.
    static func text(of task: PlanTask) -> String {
        var lines = [
            "---", "id: \(YAMLText.quoted(task.id))", "area: \(YAMLText.quoted(task.area))", "title: \(YAMLText.quoted(task.title))",
            "lead: \(task.lead)", "partners: [\(task.partners.joined(separator: ", "))]",
            "due: \(YAMLText.quoted(OpenDataFiles.dueText(task.due)))",
        ]
        if let dueText = task.dueText { lines.append("due_text: \(YAMLText.quoted(dueText))") }
        lines.append("product: \(YAMLText.quoted(task.product))")
        if !task.indicators.isEmpty { lines.append("indicators: [\(task.indicators.joined(separator: ", "))]") }
        if task.weight != 1 { lines.append("weight: \(FieldReader.plain(task.weight))") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + task.body.text
    }
}
