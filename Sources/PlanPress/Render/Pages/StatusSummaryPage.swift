/// One page with every task and indicator by status and by area, for readers who want the whole picture.
struct StatusSummaryPage {
    struct AreaRow: Encodable {
        var title: String
        var url: String
        var counts: [StatusCount]
        var overdue: Int
        var progress: String
    }

    struct StatusGroup: Encodable {
        var label: String
        var status: String
        var tasks: [Shared<TaskRow>]
    }

    struct StandingGroup: Encodable {
        var label: String
        var standing: String
        var indicators: [IndicatorCard]
    }

    struct Content: Encodable {
        var statusLabels: [String]
        var areas: [AreaRow]
        var totals: AreaRow
        var groups: [StatusGroup]
        var standings: [StandingGroup]
        var asOf: String?
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> RenderedFile {
        guard r.renders(Permalinks.statusSummary) else { return r.skipped(Permalinks.statusSummary) }
        let v = r.views
        let site = v.site
        func row(_ title: String, url: String, _ summary: ProgressSummary) -> AreaRow {
            AreaRow(title: title, url: url, counts: v.statusCounts(summary), overdue: summary.overdueCount, progress: v.l.percent(summary.progress))
        }
        let areas = site.areas.map { area in
            row("\(area.id). \(area.title)", url: v.link(Permalinks.area(area)), site.areaProgress[area.id] ?? ProgressSummary.empty)
        }
        let groups = TaskStatus.allCases.map { status in
            StatusGroup(label: v.l.status(status), status: status.rawValue, tasks: site.tasks.filter { site.taskStates[$0.id]?.status == status }.map(v.taskRow))
        }
        let standings = [IndicatorState.Standing.onTrack, .offTrack, .notAssessed, .unknown].map { standing in
            StandingGroup(
                label: v.l.standing(standing), standing: standing.rawValue,
                indicators: site.indicators.filter { site.indicatorStates[$0.id]?.standing == standing }.map(v.indicatorCard))
        }
        let content = Content(
            statusLabels: TaskStatus.allCases.map(v.l.status), areas: areas,
            totals: row(v.l.t("chart_scope_plan"), url: v.link(Permalinks.plan), site.planProgress),
            groups: groups.filter { !$0.tasks.isEmpty }, standings: standings.filter { !$0.indicators.isEmpty },
            asOf: site.asOf.map(v.l.date))
        let meta = v.meta(
            title: v.l.t("summary_title"), description: v.l.t("summary_description"), path: Permalinks.statusSummary,
            kind: "summary", updated: site.latestReport?.published, feedbackID: "summary")
        return try r.page("status-summary", path: Permalinks.statusSummary, meta: meta, content: content)
    }
}
