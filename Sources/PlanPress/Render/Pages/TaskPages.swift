/// The task table (grouped by area) and one page per task: every field, status history and related news.
struct TaskPages {
    struct AreaGroup: Encodable {
        var title: String
        var url: String
        var tasks: [Shared<TaskRow>]
    }

    struct ListContent: Encodable {
        var groups: [AreaGroup]
        var taskCount: Int
        var statusCounts: [StatusCount]
        var timeline: ChartView
    }

    struct HistoryEntry: Encodable {
        var period: String
        var url: String
        var statusLabel: String
        var status: String
        var progress: String
        var note: String?
    }

    struct Content: Encodable {
        var row: Shared<TaskRow>
        var partners: [String]
        var hasPartners: Bool
        var dueText: String?
        var product: HTMLFragment
        var weight: String
        var body: HTMLFragment
        var history: [HistoryEntry]
        var hasHistory: Bool
        var indicators: [IndicatorCard]
        var news: [Shared<NewsCard>]
        var statusPeriod: String?
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        var files: [RenderedFile] = []
        if r.renders(Permalinks.tasks) {
            let groups = site.areas.map {
                AreaGroup(title: $0.title, url: v.link(Permalinks.area($0)), tasks: site.tasks(in: $0).map(v.taskRow))
            }
            let listMeta = v.meta(
                title: v.l.t("tasks_title"), description: v.l.t("tasks_description"), path: Permalinks.tasks,
                kind: "tasks", updated: site.latestReport?.published, feedbackID: "tasks")
            let timeline = v.place(v.timelineChart(site.tasks), page: Permalinks.tasks, file: "lo-trinh.svg")
            let list = ListContent(
                groups: groups, taskCount: site.tasks.count, statusCounts: v.statusCounts(site.planProgress), timeline: timeline.view)
            files += [try r.page("tasks", path: Permalinks.tasks, meta: listMeta, content: list), timeline.file]
        } else {
            files.append(r.skipped(Permalinks.tasks))
        }

        for task in site.tasks {
            let path = Permalinks.task(task)
            guard r.renders(path) else {
                files.append(r.skipped(path))
                continue
            }
            let state = site.taskStates[task.id]
            let history = (state?.history ?? []).map {
                HistoryEntry(
                    period: v.l.period($0.period), url: v.link(Permalinks.report($0.period)),
                    statusLabel: v.l.status($0.status), status: $0.status.rawValue, progress: v.l.percent($0.progress),
                    note: $0.note)
            }
            let content = Content(
                row: v.taskRow(task), partners: task.partners.map(site.unitName), hasPartners: !task.partners.isEmpty,
                dueText: task.dueText, product: v.transcribed(text: task.product),
                weight: v.l.number(task.weight), body: v.transcribed(task.body),
                history: history.reversed(), hasHistory: !history.isEmpty,
                indicators: task.indicators.compactMap(site.indicator).map(v.indicatorCard),
                news: site.news(relatedTo: task.id).map(v.newsCard), statusPeriod: state?.period.map(v.l.period))
            let area = site.area(task.area)
            var crumbs = [Crumb(title: v.l.t("nav_tasks"), url: v.link(Permalinks.tasks))]
            if let area { crumbs.append(Crumb(title: area.title, url: v.link(Permalinks.area(area)))) }
            let updated = state?.period.flatMap { period in site.reports.last { $0.period == period }?.published }
            let meta = v.meta(
                title: v.l.t("task_title", ["id": task.id]), description: task.title, path: path, kind: "task",
                crumbs: crumbs, updated: updated, feedbackID: task.id, source: task.origin, feed: true)
            files.append(try r.page("task", path: path, meta: meta, content: content))
        }
        return files
    }
}
