import Foundation

/// The plan's data for reuse: tasks, indicators and every report as CSV and JSON, with JSON Schemas.
///
/// Dates are ISO (2026-09-30), numbers plain (87.5). Files are language-neutral and written once, at `data/`.
enum OpenDataFiles {
    static func render(_ site: ResolvedSite) -> [RenderedFile] {
        var files: [RenderedFile] = []
        let tasks = site.tasks.map { task -> [String: Any] in
            let state = site.taskStates[task.id]
            return [
                "id": task.id, "area": task.area, "title": task.title, "lead": task.lead, "lead_name": site.unitName(task.lead),
                "partners": task.partners, "due": dueText(task.due), "due_text": task.dueText ?? NSNull(),
                "product": task.product, "weight": task.weight, "indicators": task.indicators,
                "status": (state?.status ?? .notStarted).rawValue, "progress": state?.progress ?? 0,
                "overdue": state?.isOverdue ?? false, "last_report": state?.period?.description ?? NSNull(),
                "note": state?.note ?? NSNull(),
            ]
        }
        files.append(json("data/tasks.json", ["as_of": site.asOf?.iso ?? NSNull(), "tasks": tasks]))
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

        let indicators = site.indicators.map { indicator -> [String: Any] in
            let state = site.indicatorStates[indicator.id]
            return [
                "id": indicator.id, "title": indicator.title, "area": indicator.area, "kind": indicator.kind.rawValue,
                "unit": indicator.unit, "direction": indicator.direction.rawValue, "frequency": indicator.frequency.rawValue,
                "target_value": indicator.target.value ?? NSNull(), "target_year": indicator.target.byYear,
                "target_text": indicator.target.text ?? NSNull(), "baseline": indicator.baseline?.value ?? NSNull(),
                "latest_value": state?.latest?.value ?? NSNull(), "latest_period": state?.latest?.period.description ?? NSNull(),
                "standing": (state?.standing ?? .unknown).rawValue, "source": indicator.source,
                "values": (state?.values ?? []).map { ["period": $0.period.description, "value": $0.value] as [String: Any] },
            ]
        }
        files.append(json("data/indicators.json", ["as_of": site.asOf?.iso ?? NSNull(), "indicators": indicators]))
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
                "period": report.period.description, "as_of": report.asOf.iso, "published": report.published.iso,
                "illustrative": report.illustrative,
                "tasks": site.tasks.compactMap { task -> [String: Any]? in
                    guard let update = report.tasks[task.id] else { return nil }
                    return ["id": task.id, "status": update.status.rawValue, "progress": update.progress, "note": update.note ?? NSNull()]
                },
                "indicators": site.indicators.compactMap { indicator -> [String: Any]? in
                    report.indicators[indicator.id].map { ["id": indicator.id, "value": $0] }
                },
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

    static func json(_ path: String, _ object: [String: Any]) -> RenderedFile {
        RenderedFile(path: path, contents: JSONText.render(object))
    }
}
