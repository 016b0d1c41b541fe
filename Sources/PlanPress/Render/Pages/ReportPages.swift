/// The report list and one permanent page per period: summary figures, changes since the previous report,
/// task statuses, indicator values and the narrative. Derived half-years and years say what they come from.
struct ReportPages {
    struct ListContent: Encodable {
        var reports: [ReportRow]
        var hasReports: Bool
    }

    struct IndicatorValue: Encodable {
        var title: String
        var url: String
        var value: String
        var previous: String?
        var change: String?
        /// "improved", "worsened" or "unchanged", for styling; the words are in `changeLabel`.
        var trend: String
        var changeLabel: String
    }

    struct AreaFigure: Encodable {
        var title: String
        var url: String
        var progress: String
        var tasks: Int
    }

    struct TaskEntry: Encodable {
        var id: String
        var title: String
        var url: String
        var status: String
        var statusLabel: String
        var progress: String
        var note: String?
        var change: String?
    }

    struct Content: Encodable {
        var row: ReportRow
        var organization: String
        var number: String?
        var illustrative: Bool
        var derivedFrom: ReportRow?
        var previous: ReportRow?
        var body: HTMLFragment
        var statusCounts: [StatusCount]
        var progress: String
        var formula: String
        var areas: [AreaFigure]
        var indicators: [IndicatorValue]
        var statusChanges: [TaskEntry]
        var newlyOverdue: [TaskEntry]
        var newlyCompleted: [TaskEntry]
        var tasks: [TaskEntry]
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        let listMeta = v.meta(
            title: v.l.t("reports_title"), description: v.l.t("reports_description"), path: Permalinks.reports,
            kind: "reports", updated: site.latestReport?.published, feedbackID: "reports")
        let rows = site.reportRecords.reversed().map { row($0, v) }
        var files = [
            try r.page("reports", path: Permalinks.reports, meta: listMeta, content: ListContent(reports: rows, hasReports: !rows.isEmpty))
        ]
        for record in site.reportRecords {
            let path = Permalinks.report(record.period)
            guard r.renders(path) else {
                files.append(r.skipped(path))
                continue
            }
            let meta = v.meta(
                title: row(record, v).title,
                description: v.l.t("report_description", ["period": v.l.period(record.period)]), path: path, kind: "report",
                crumbs: [Crumb(title: v.l.t("nav_reports"), url: v.link(Permalinks.reports))],
                updated: record.report.published, feedbackID: "report-\(record.period)", source: record.report.origin)
            files.append(try r.page("report", path: path, meta: meta, content: content(record, v)))
        }
        return files
    }

    static func row(_ record: ReportRecord, _ v: ViewFactory) -> ReportRow {
        var row = v.reportRow(record.report)
        if record.derivedFrom != nil { row.title = v.l.t("report_title", ["period": v.l.period(record.period)]) }
        return row
    }

    static func content(_ record: ReportRecord, _ v: ViewFactory) -> Content {
        let site = v.site
        let report = record.report
        func entry(_ id: String, change: String? = nil) -> TaskEntry? {
            // The task is read in place, not copied: reports list every task, and there are dozens of reports.
            guard let index = site.taskIndex[id], let state = record.taskStates[id] else { return nil }
            return TaskEntry(
                id: id, title: site.tasks[index].title, url: v.link(Permalinks.task(id: id)), status: state.status.rawValue,
                statusLabel: v.l.status(state.status), progress: v.l.percent(state.progress),
                note: report.tasks[id]?.note, change: change)
        }
        let previousRecord = record.previous.flatMap { p in site.reportRecords.first { $0.period == p } }
        return Content(
            row: row(record, v), organization: site.config.organization, number: report.number,
            illustrative: report.illustrative || site.config.illustrative,
            derivedFrom: record.derivedFrom.flatMap { p in site.reportRecords.first { $0.period == p } }.map { row($0, v) },
            previous: previousRecord.map { row($0, v) },
            body: record.derivedFrom == nil ? v.html(report.body) : HTMLFragment(),
            statusCounts: v.statusCounts(record.planProgress), progress: v.l.percent(record.planProgress.progress),
            formula: ProgressFormula.describe(record.planProgress, l: v.l),
            areas: site.areas.map { area in
                let summary = record.areaProgress[area.id]
                return AreaFigure(
                    title: "\(area.id). \(area.title)", url: v.link(Permalinks.area(area)),
                    progress: v.l.percent(summary?.progress ?? 0), tasks: summary?.taskCount ?? 0)
            },
            indicators: record.indicatorChanges.compactMap { change in indicatorValue(change, v) },
            statusChanges: record.statusChanges.compactMap { change in
                let from = change.from.map(v.l.status) ?? v.l.t("status_first_report")
                return entry(change.taskID, change: "\(from) → \(v.l.status(change.to))")
            },
            newlyOverdue: record.newlyOverdue.compactMap { entry($0) },
            newlyCompleted: record.newlyCompleted.compactMap { entry($0) },
            tasks: site.tasks.indices.compactMap { report.tasks[site.tasks[$0].id] == nil ? nil : entry(site.tasks[$0].id) })
    }

    static func indicatorValue(_ change: ReportRecord.IndicatorChange, _ v: ViewFactory) -> IndicatorValue? {
        guard let indicator = v.site.indicator(change.indicatorID) else { return nil }
        func measure(_ value: Double) -> String { v.l.measure(value, kind: indicator.kind, unit: indicator.unit) }
        let trend = change.improved.map { $0 ? "improved" : "worsened" } ?? "unchanged"
        let arrow = change.improved.map { $0 ? "▲" : "▼" } ?? "="
        let delta = change.delta.map { ($0 > 0 ? "+" : "") + v.l.number($0) }
        return IndicatorValue(
            title: indicator.title, url: v.link(Permalinks.indicator(indicator)), value: measure(change.value),
            previous: change.previous.map(measure), change: delta.map { "\(arrow) \($0)" }, trend: trend,
            changeLabel: change.previous == nil ? v.l.t("change_first_value") : v.l.t("change_" + trend))
    }
}
