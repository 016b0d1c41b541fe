import Foundation

/// New content files with their front matter filled in: `planpress new news|report|task` and `planpress init`.
///
/// Each function returns paths and texts; `ScaffoldWriter` puts them on disk and never overwrites.
public enum Scaffold {
    /// `content/news/<yyyy-mm-dd>-<slug>.md`, a draft dated `today`.
    public static func news(title: String, today: CalendarDate) -> (path: String, text: String) {
        let path = "content/news/\(today.iso)-\(Slug.make(title)).md"
        let text = """
            ---
            title: \(YAMLText.quoted(title))
            date: \(today.iso)
            draft: true
            summary: ""
            tags: []
            related: []
            ---

            \(NewsItem.placeholderLines[0])

            ## Nội dung

            \(NewsItem.placeholderLines[1])

            """
        return (path, text)
    }

    /// `content/reports/<period>.md`, prefilled with every task's and indicator's last status or value.
    public static func report(period: ReportPeriod, site: ResolvedSite, today: CalendarDate) -> (path: String, text: String) {
        var lines = [
            "---", "period: \(YAMLText.quoted(period.description))", "as_of: \(period.end.iso)", "published: \(max(today, period.end).iso)",
            "tasks:",
        ]
        for task in site.tasks {
            let state = site.taskStates[task.id]
            let progress = FieldReader.plain(state?.progress ?? 0)
            var entry = "  \(YAMLText.quoted(task.id)): {status: \(state?.status.rawValue ?? "not-started"), progress: \(progress)"
            if let note = state?.note { entry += ", note: \(YAMLText.quoted(note))" }
            lines.append(entry + "}")
        }
        lines.append("indicators:")
        for indicator in site.indicators {
            if let latest = site.indicatorStates[indicator.id]?.latest {
                lines.append("  \(indicator.id): \(FieldReader.plain(latest.value))")
            } else {
                lines.append("  # \(indicator.id): chưa có số liệu")
            }
        }
        lines += ["---", "", "## Tình hình chung", "", "Tóm tắt kết quả trong kỳ.", ""]
        return ("content/reports/\(period.slug).md", lines.joined(separator: "\n"))
    }

    /// `content/tasks/<id>.md` with every field to fill in.
    public static func task(id: String, site: ResolvedSite) -> (path: String, text: String) {
        let area = site.areas.first { id.hasPrefix($0.id + ".") }?.id ?? site.areas.first?.id ?? "I"
        let lead = site.units.keys.sorted().first ?? "van-phong"
        let text = """
            ---
            id: \(YAMLText.quoted(id))
            area: \(YAMLText.quoted(area))
            title: "Nội dung nhiệm vụ"
            lead: \(lead)
            partners: []
            due: "\(site.plan.periodStart.year)-\(site.plan.periodEnd.year)"
            product: "Sản phẩm của nhiệm vụ"
            ---

            """
        return ("content/tasks/\(id).md", text)
    }
}
