/// The list of reform areas and one page per area: objectives, progress, indicators and tasks.
struct AreaPages {
    struct ListContent: Encodable {
        var areas: [AreaCard]
        var chart: ChartView
    }

    struct Content: Encodable {
        var card: AreaCard
        var objectives: [String]
        var hasObjectives: Bool
        var body: HTMLFragment
        var indicators: [IndicatorCard]
        var tasks: [Shared<TaskRow>]
        var formula: String
        var statusChart: ChartView
        var timeline: ChartView
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        let listMeta = v.meta(
            title: v.l.t("areas_title"), description: v.l.t("areas_description"), path: Permalinks.areas,
            kind: "areas", updated: site.latestReport?.published, feedbackID: "areas")
        let chart = v.place(v.areaProgressChart(), page: Permalinks.areas, file: "tien-do-linh-vuc.svg")
        var files = [
            try r.page("areas", path: Permalinks.areas, meta: listMeta, content: ListContent(areas: site.areas.map(v.areaCard), chart: chart.view)),
            chart.file,
        ]
        for area in site.areas {
            let path = Permalinks.area(area)
            guard r.renders(path) else {
                files.append(r.skipped(path))
                continue
            }
            let summary = site.areaProgress[area.id] ?? ProgressSummary.empty
            let statusChart = v.place(v.statusChart(summary, scope: area.title), page: path, file: "tinh-trang-nhiem-vu.svg")
            let timeline = v.place(v.timelineChart(site.tasks(in: area)), page: path, file: "lo-trinh.svg")
            files += [statusChart.file, timeline.file]
            let content = Content(
                card: v.areaCard(area), objectives: area.objectives, hasObjectives: !area.objectives.isEmpty,
                body: v.transcribed(area.body), indicators: site.indicators(in: area).map(v.indicatorCard),
                tasks: site.tasks(in: area).map(v.taskRow), formula: ProgressFormula.describe(summary, l: v.l),
                statusChart: statusChart.view, timeline: timeline.view)
            let meta = v.meta(
                title: area.title, description: area.summary, path: path, kind: "area",
                crumbs: [Crumb(title: v.l.t("nav_areas"), url: v.link(Permalinks.areas))],
                updated: site.latestReport?.published, feedbackID: "area-\(area.id)", source: area.origin, feed: true)
            files.append(try r.page("area", path: path, meta: meta, content: content))
        }
        return files
    }
}

/// The arithmetic behind a progress figure, in words, so a reader can check it.
enum ProgressFormula {
    static func describe(_ summary: ProgressSummary, l: Localizer) -> String {
        l.t(
            "progress_formula",
            [
                "sum": l.number(summary.weightedSum), "weight": l.number(summary.totalWeight),
                "count": String(summary.taskCount), "result": l.percent(summary.progress),
            ])
    }
}
