/// The dashboard: plan progress, areas, tasks by status, overdue tasks, key indicators, latest report and news.
struct HomePage {
    struct Content: Encodable {
        var progress: String
        var progressValue: Int
        var taskCount: Int
        var statusCounts: [StatusCount]
        var areas: [AreaCard]
        var overdue: TaskTable
        var indicators: [IndicatorCard]
        var latestReport: ReportRow?
        var latestNews: [Shared<NewsCard>]
        var asOf: String?
        var planTitle: String
        var planSummary: String
        var planURL: String
        var reportsURL: String
        var newsURL: String
        var methodologyURL: String
        var areaChart: ChartView
        var statusChart: ChartView
    }

    /// How many of the latest stories the home page shows.
    static let latestNewsCount = 3

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        let overdue = site.tasks.filter { site.taskStates[$0.id]?.isOverdue == true }.map(v.taskRow)
        let areaChart = v.place(v.areaProgressChart(), page: Permalinks.home, file: "tien-do-linh-vuc.svg")
        let statusChart = v.place(
            v.statusChart(site.planProgress, scope: v.l.t("chart_scope_plan")), page: Permalinks.home,
            file: "tinh-trang-nhiem-vu.svg")
        let content = Content(
            progress: v.l.percent(site.planProgress.progress),
            progressValue: Int(site.planProgress.progress.rounded()), taskCount: site.tasks.count,
            statusCounts: v.statusCounts(site.planProgress), areas: site.areas.map(v.areaCard),
            overdue: TaskTable(tasks: overdue), indicators: site.indicators.map(v.indicatorCard),
            latestReport: site.latestReport.map(v.reportRow), latestNews: site.news.prefix(latestNewsCount).map(v.newsCard),
            asOf: site.asOf.map(v.l.date), planTitle: site.plan.title, planSummary: site.plan.summary,
            planURL: v.link(Permalinks.plan), reportsURL: v.link(Permalinks.reports), newsURL: v.link(Permalinks.news),
            methodologyURL: v.methodologyURL, areaChart: areaChart.view, statusChart: statusChart.view)
        let meta = v.meta(
            title: site.config.title, description: site.config.description, path: Permalinks.home, kind: "home",
            updated: site.latestReport?.published, feedbackID: "home")
        return [try r.page("home", path: Permalinks.home, meta: meta, content: content), areaChart.file, statusChart.file]
    }
}
