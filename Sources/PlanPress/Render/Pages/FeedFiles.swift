/// The edition's feeds, each as Atom (`feed.xml`) and JSON Feed (`feed.json`): the site's news, each tag's
/// news, and for every task, indicator and area its news and its report updates.
enum FeedFiles {
    /// The site and tag feeds hold the latest entries only, as feed readers expect.
    static let newsLimit = 50

    static func render(_ v: ViewFactory, scope: RenderScope = .all) -> [RenderedFile] {
        let site = v.site
        let author = site.config.organization
        var files: [RenderedFile] = []
        // Every feed is made only when the rebuild includes it: its title and entries are built lazily.
        func write(_ title: @autoclosure () -> String, folder: String, home: String, entries: () -> [WrittenFeedEntry]) {
            guard scope.includes(folder + "feed.xml") else { return }
            let title = title()
            let entries = entries()
            let info = FeedInfo(title: title, language: site.language, homeURL: v.absolute(home), folder: folder, author: author)
            let sorted = Array(entries.sorted { ($0.entry.date, $0.entry.id) > ($1.entry.date, $1.entry.id) }.prefix(newsLimit))
            files.append(RenderedFile(path: folder + "feed.xml", bytes: AtomFeed.render(info, selfURL: v.absolute(folder + "feed.xml"), entries: sorted)))
            files.append(RenderedFile(path: folder + "feed.json", bytes: JSONFeed.render(info, selfURL: v.absolute(folder + "feed.json"), entries: sorted)))
        }
        // A story's summary entry is the same in every tag, task and indicator feed that carries it.
        var storyEntries: [String: WrittenFeedEntry] = [:]
        func storyEntry(_ item: NewsItem) -> WrittenFeedEntry {
            if let written = storyEntries[item.origin.path] { return written }
            let written = WrittenFeedEntry(newsEntry(item, v, full: false))
            storyEntries[item.origin.path] = written
            return written
        }
        let siteTitle = site.config.title
        write(siteTitle, folder: "", home: Permalinks.home) { site.news.prefix(newsLimit).map { WrittenFeedEntry(newsEntry($0, v)) } }
        for (tag, slug, news) in site.tags {
            let folder = Permalinks.tag(slug: slug)
            write(v.l.t("feed_title_item", ["site": siteTitle, "title": v.l.t("tag_title", ["tag": tag])]), folder: folder, home: folder) {
                news.prefix(newsLimit).map(storyEntry)
            }
        }
        let cited = site.reports.map {
            CitedReport(period: v.l.period($0.period), url: v.absolute(Permalinks.report($0.period)), published: $0.published)
        }
        for task in site.tasks {
            let slug = Permalinks.taskSlug(task.id)
            let folder = Permalinks.task(slug: slug)
            write(v.l.t("feed_title_item", ["site": siteTitle, "title": v.l.t("task_title", ["id": task.id])]), folder: folder, home: folder) {
                let updates = site.reports.indices.compactMap { index -> WrittenFeedEntry? in
                    guard let update = site.reports[index].tasks[task.id] else { return nil }
                    // The values are made first, so that the closure holds four strings, not a copy of the views.
                    let (period, id, status, progress) = (
                        cited[index].period, task.id, v.l.status(update.status), v.l.percent(update.progress)
                    )
                    let title = v.l.fill("feed_task_update") { name in
                        switch name {
                        case "period": return period
                        case "id": return id
                        case "status": return status
                        case "progress": return progress
                        default: return nil
                        }
                    }
                    return reportEntry(cited[index], anchor: "task-" + slug, title: title, summary: update.note ?? "")
                }
                return updates + newest(site.newsPositions(relatedTo: task.id), of: site).map(storyEntry)
            }
        }
        for indicator in site.indicators {
            let folder = Permalinks.indicator(indicator)
            write(v.l.t("feed_title_item", ["site": siteTitle, "title": indicator.title]), folder: folder, home: folder) {
                let updates = site.reports.indices.compactMap { index -> WrittenFeedEntry? in
                    guard let value = site.reports[index].indicators[indicator.id] else { return nil }
                    let title = v.l.t("feed_indicator_update", [
                        "period": cited[index].period, "title": indicator.title,
                        "value": v.l.measure(value, kind: indicator.kind, unit: indicator.unit),
                    ])
                    return reportEntry(cited[index], anchor: "indicator-\(indicator.id)", title: title, summary: "")
                }
                return updates + newest(site.newsPositions(relatedTo: indicator.id), of: site).map(storyEntry)
            }
        }
        for area in site.areas {
            let folder = Permalinks.area(area)
            write(v.l.t("feed_title_item", ["site": siteTitle, "title": area.title]), folder: folder, home: folder) {
                let ids = Set(site.tasks(in: area).map(\.id) + site.indicators(in: area).map(\.id))
                let updates = site.reports.indices.compactMap { index -> WrittenFeedEntry? in
                    let count = site.reports[index].tasks.keys.filter(ids.contains).count
                    guard count > 0 else { return nil }
                    let title = v.l.t("feed_area_update", ["period": cited[index].period, "title": area.title, "count": String(count)])
                    return reportEntry(cited[index], anchor: "area-\(area.id)", title: title, summary: "")
                }
                let positions = Set(ids.flatMap { site.newsPositions(relatedTo: $0) }).sorted()
                return updates + newest(positions, of: site).map(storyEntry)
            }
        }
        return files
    }

    /// The stories at `positions` (ascending) of the site's news (newest first) that can be among a feed's `newsLimit`
    /// entries: the first `newsLimit`, and those of the same day as the last of them, which the feed orders anew.
    static func newest(_ positions: [Int], of site: ResolvedSite) -> [NewsItem] {
        let news = site.news
        guard positions.count > newsLimit else { return positions.map { news[$0] } }
        let lastDate = news[positions[newsLimit - 1]].date
        let sameDay = positions[newsLimit...].prefix { news[$0].date == lastDate }
        return (positions.prefix(newsLimit) + sameDay).map { news[$0] }
    }

    /// A news entry; `full` adds the story's text (the site's feed); tag and item feeds carry the summary only,
    /// as Hugo's do, so that each story's Markdown is rendered once per feed reader, not once per tag.
    static func newsEntry(_ item: NewsItem, _ v: ViewFactory, full: Bool = true) -> FeedEntry {
        let url = v.absolute(Permalinks.newsItem(item))
        return FeedEntry(
            id: url, title: item.title, url: url, date: item.date, summary: item.summary,
            contentHTML: full ? v.html(item.body).text : nil)
    }

    /// A report as its feed entries cite it: its period in words, its address and its date, made once per report
    /// for the thousands of task, indicator and area feeds that cite it.
    struct CitedReport {
        var period: String
        var url: String
        var published: CalendarDate
    }

    /// A report's word on one item; the entry links to the report, its id names the item too.
    static func reportEntry(_ report: CitedReport, anchor: String, title: String, summary: String) -> WrittenFeedEntry {
        WrittenFeedEntry(FeedEntry(id: report.url + "#" + anchor, title: title, url: report.url, date: report.published, summary: summary))
    }
}
