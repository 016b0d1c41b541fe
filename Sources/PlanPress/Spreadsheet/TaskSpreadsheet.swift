import Foundation

/// The task catalogue as a spreadsheet: every field of every task out, and new or changed tasks back in.
public enum TaskSpreadsheet {
    static let columns = ["id", "area", "title", "lead", "partners", "due", "due_text", "product", "indicators", "weight"]

    public static func export(_ site: ResolvedSite) -> String {
        CSVTable(
            headers: columns,
            rows: site.tasks.map { task in
                [
                    .text(task.id), .text(task.area), .text(task.title), .text(task.lead),
                    .text(task.partners.joined(separator: "; ")), .text(OpenDataFiles.dueText(task.due)),
                    .text(task.dueText ?? ""), .text(task.product), .text(task.indicators.joined(separator: "; ")),
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
    public static func read(_ file: SourceFile, site: ResolvedSite, log: inout DiagnosticLog) -> [Change] {
        guard let sheet = SpreadsheetFile.read(file.text, path: file.path, log: &log) else { return [] }
        for (index, name) in sheet.header.enumerated() where !columns.contains(name) {
            log.error(
                at: SourceLocation(path: file.path, line: 1, column: index + 1), "unknown column '\(name)'",
                hint: "PlanPress would drop it; the columns are: \(columns.joined(separator: ", "))")
        }
        guard sheet.require(["id", "area", "title", "lead", "due"], log: &log) else { return [] }
        let areas = Set(site.areas.map(\.id))
        let units = Set(site.units.keys)
        let indicators = Set(site.indicators.map(\.id))
        var changes: [Change] = []
        var seen = Set<String>()
        for (row, cells) in sheet.rows {
            func cell(_ name: String) -> String { cells[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
            func list(_ name: String) -> [String] {
                cell(name).split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let before = log.errors.count
            let id = cell("id")
            if !Slug.isValidID(id) { log.error(at: sheet.location(row: row, column: "id"), "task id '\(id)' is not valid", hint: "e.g. II.6") }
            if !seen.insert(id).inserted { log.error(at: sheet.location(row: row, column: "id"), "task '\(id)' appears twice", hint: "keep one row per task") }
            if !areas.contains(cell("area")) { log.error(at: sheet.location(row: row, column: "area"), "unknown area '\(cell("area"))'", hint: ReferenceCheck.knownHint(areas, near: cell("area"))) }
            if cell("title").isEmpty { log.error(at: sheet.location(row: row, column: "title"), "the title is empty", hint: "write the task's content") }
            for unit in [cell("lead")] + list("partners") where !units.contains(unit) {
                log.error(at: sheet.location(row: row, column: unit == cell("lead") ? "lead" : "partners"), "unknown unit '\(unit)'", hint: ReferenceCheck.knownHint(units, near: unit))
            }
            for indicator in list("indicators") where !indicators.contains(indicator) {
                log.error(at: sheet.location(row: row, column: "indicators"), "unknown indicator '\(indicator)'", hint: ReferenceCheck.knownHint(indicators, near: indicator))
            }
            guard let due = Due(cell("due")) else {
                log.error(at: sheet.location(row: row, column: "due"), "due '\(cell("due"))' is not a deadline", hint: "write 2026-2030, 2027-02, 2027-02-28 or yearly")
                continue
            }
            let weightText = cell("weight")
            let weight = weightText.isEmpty ? 1 : SpreadsheetFile.number(weightText)
            if weight == nil { log.error(at: sheet.location(row: row, column: "weight"), "weight '\(weightText)' is not a number", hint: "write a number such as 1 or 2") }
            guard log.errors.count == before, let weight else { continue }
            let existing = site.task(id)
            let task = PlanTask(
                id: id, area: cell("area"), title: cell("title"), lead: cell("lead"), partners: list("partners"), due: due,
                dueText: cell("due_text").isEmpty ? nil : cell("due_text"), product: cell("product"), indicators: list("indicators"),
                weight: weight, body: existing?.body ?? .empty, origin: existing?.origin ?? Origin(path: "content/tasks/\(id).md"))
            if let existing, same(existing, task) { continue }
            changes.append(Change(path: task.origin.path, text: text(of: task), isNew: existing == nil))
        }
        return log.hasErrors ? [] : changes
    }

    static func same(_ a: PlanTask, _ b: PlanTask) -> Bool {
        a.area == b.area && a.title == b.title && a.lead == b.lead && a.partners == b.partners && a.due == b.due
            && a.dueText == b.dueText && a.product == b.product && a.indicators == b.indicators && a.weight == b.weight
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
