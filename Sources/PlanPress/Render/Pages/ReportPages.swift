/// The report list and one permanent page per report: summary figures, task statuses, indicator values, narrative.
struct ReportPages {
    struct ListContent {
        var reports: [ReportRow]
        var hasReports: Bool
    }

    struct IndicatorValue {
        var title: String
        var url: String
        var value: String
    }

    struct Content {
        var row: ReportRow
        var illustrative: Bool
        var body: String
        var tasks: [TaskEntry]
        var indicators: [IndicatorValue]
        var statusCounts: [StatusCount]
        var progress: String
    }

    struct TaskEntry {
        var id: String
        var title: String
        var url: String
        var status: String
        var statusLabel: String
        var progress: String
        var note: String?
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        let listMeta = v.meta(
            title: v.l.t("reports_title"), description: v.l.t("reports_description"), path: Permalinks.reports,
            kind: "reports", updated: site.latestReport?.published, feedbackID: "reports")
        let rows = site.reports.reversed().map(v.reportRow)
        var files = [
            try r.page(
                "reports", path: Permalinks.reports, meta: listMeta,
                content: ListContent(reports: rows, hasReports: !rows.isEmpty))
        ]
        for report in site.reports {
            let path = Permalinks.report(report.period)
            let mentioned = site.tasks.filter { report.tasks[$0.id] != nil }
            let entries = mentioned.compactMap { task -> TaskEntry? in
                guard let update = report.tasks[task.id] else { return nil }
                return TaskEntry(
                    id: task.id, title: task.title, url: v.link(Permalinks.task(task)), status: update.status.rawValue,
                    statusLabel: v.l.status(update.status), progress: v.l.percent(update.progress), note: update.note)
            }
            var counts: [TaskStatus: Int] = [:]
            var weighted = 0.0
            var weights = 0.0
            for task in mentioned {
                guard let update = report.tasks[task.id] else { continue }
                counts[update.status, default: 0] += 1
                weighted += task.weight * update.progress
                weights += task.weight
            }
            let indicators = site.indicators.compactMap { indicator -> IndicatorValue? in
                guard let value = report.indicators[indicator.id] else { return nil }
                return IndicatorValue(
                    title: indicator.title, url: v.link(Permalinks.indicator(indicator)),
                    value: v.l.measure(value, kind: indicator.kind, unit: indicator.unit))
            }
            let content = Content(
                row: v.reportRow(report), illustrative: report.illustrative, body: v.html(report.body), tasks: entries,
                indicators: indicators,
                statusCounts: TaskStatus.allCases.map { StatusCount(status: $0.rawValue, label: v.l.status($0), count: counts[$0] ?? 0) },
                progress: v.l.percent(weights > 0 ? weighted / weights : 0))
            let meta = v.meta(
                title: v.reportTitle(report), description: v.l.t("report_description", ["period": v.l.period(report.period)]),
                path: path, kind: "report", crumbs: [Crumb(title: v.l.t("nav_reports"), url: v.link(Permalinks.reports))],
                updated: report.published, feedbackID: "report-\(report.period)", source: report.origin)
            files.append(try r.page("report", path: path, meta: meta, content: content))
        }
        return files
    }
}
