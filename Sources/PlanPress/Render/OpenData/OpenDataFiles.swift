import Foundation

/// The plan's data for reuse: tasks, indicators and every report as CSV and JSON, with JSON Schemas.
///
/// Dates are ISO (2026-09-30), numbers plain (87.5). Files are language-neutral and written once, at `data/`.
enum OpenDataFiles {
    static func render(_ site: ResolvedSite) -> [RenderedFile] {
        var files: [RenderedFile] = []
        let tasks = site.tasks.map { task -> JSONValue in
            let state = site.taskStates[task.id]
            return [
                "id": .text(task.id), "area": .text(task.area), "title": .text(task.title), "lead": .text(task.lead),
                "lead_name": .text(site.unitName(task.lead)), "partners": JSONValue(task.partners),
                "due": .text(dueText(task.due)), "due_text": JSONValue(task.dueText), "product": .text(task.product),
                "weight": .number(task.weight), "indicators": JSONValue(task.indicators),
                "status": .text((state?.status ?? .notStarted).rawValue), "progress": .number(state?.progress ?? 0),
                "overdue": .flag(state?.isOverdue ?? false), "last_report": JSONValue(state?.period?.description),
                "note": JSONValue(state?.note),
            ]
        }
        files.append(json("data/tasks.json", ["as_of": JSONValue(site.asOf?.iso), "tasks": .array(tasks)]))
        files.append(RenderedFile(path: "data/tasks.csv", contents: CSVTable(
            headers: ["id", "area", "title", "lead", "lead_name", "partners", "due", "due_text", "product", "weight", "status", "progress", "overdue", "last_report", "note"],
            rows: site.tasks.map { task in
                let state = site.taskStates[task.id]
                return [
                    .text(task.id), .text(task.area), .text(task.title), .text(task.lead), .text(site.unitName(task.lead)),
                    .text(task.partners.joined(separator: "; ")), .text(dueText(task.due)), .text(task.dueText ?? ""),
                    .text(task.product), .number(task.weight), .text((state?.status ?? .notStarted).rawValue),
                    .number(state?.progress ?? 0), .flag(state?.isOverdue ?? false), .text(state?.period?.description ?? ""),
                    .text(state?.note ?? ""),
                ]
            }).render()))

        let indicators = site.indicators.map { indicator -> JSONValue in
            let state = site.indicatorStates[indicator.id]
            return [
                "id": .text(indicator.id), "title": .text(indicator.title), "area": .text(indicator.area),
                "kind": .text(indicator.kind.rawValue), "unit": .text(indicator.unit),
                "direction": .text(indicator.direction.rawValue), "frequency": .text(indicator.frequency.rawValue),
                "target_value": JSONValue(indicator.target.value), "target_year": .integer(indicator.target.byYear),
                "target_text": JSONValue(indicator.target.text), "baseline": JSONValue(indicator.baseline?.value),
                "latest_value": JSONValue(state?.latest?.value), "latest_period": JSONValue(state?.latest?.period.description),
                "standing": .text((state?.standing ?? .unknown).rawValue), "source": .text(indicator.source),
                "values": .array((state?.values ?? []).map { ["period": .text($0.period.description), "value": .number($0.value)] }),
            ]
        }
        files.append(json("data/indicators.json", ["as_of": JSONValue(site.asOf?.iso), "indicators": .array(indicators)]))
        files.append(RenderedFile(path: "data/indicators.csv", contents: CSVTable(
            headers: ["id", "title", "area", "kind", "unit", "direction", "frequency", "target_value", "target_year", "target_text", "baseline", "latest_value", "latest_period", "standing", "source"],
            rows: site.indicators.map { indicator in
                let state = site.indicatorStates[indicator.id]
                return [
                    .text(indicator.id), .text(indicator.title), .text(indicator.area), .text(indicator.kind.rawValue),
                    .text(indicator.unit), .text(indicator.direction.rawValue), .text(indicator.frequency.rawValue),
                    .number(indicator.target.value), .number(Double(indicator.target.byYear)), .text(indicator.target.text ?? ""),
                    .number(indicator.baseline?.value), .number(state?.latest?.value), .text(state?.latest?.period.description ?? ""),
                    .text((state?.standing ?? .unknown).rawValue), .text(indicator.source),
                ]
            }).render()))

        for report in site.reports {
            files.append(json("data/reports/\(report.period.slug).json", [
                "period": .text(report.period.description), "as_of": .text(report.asOf.iso),
                "published": .text(report.published.iso), "illustrative": .flag(report.illustrative),
                "tasks": .array(site.tasks.compactMap { task -> JSONValue? in
                    guard let update = report.tasks[task.id] else { return nil }
                    return [
                        "id": .text(task.id), "status": .text(update.status.rawValue), "progress": .number(update.progress),
                        "note": JSONValue(update.note),
                    ]
                }),
                "indicators": .array(site.indicators.compactMap { indicator -> JSONValue? in
                    report.indicators[indicator.id].map { ["id": .text(indicator.id), "value": .number($0)] }
                }),
            ]))
        }
        for (name, schema) in OpenDataSchemas.all {
            files.append(json("data/schema/\(name).schema.json", schema))
        }
        return files
    }

    static func dueText(_ due: Due) -> String {
        switch due {
        case let .years(a, b): return "\(a)-\(b)"
        case let .month(y, m): return "\(y)-\(m < 10 ? "0" : "")\(m)"
        case let .day(d): return d.iso
        case .yearly: return "yearly"
        }
    }

    static func json(_ path: String, _ object: JSONValue) -> RenderedFile {
        RenderedFile(path: path, bytes: JSONText.render(object))
    }
}
