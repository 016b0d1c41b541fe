import Foundation

/// The paginated news list and one page per story, with its related tasks and indicators.
struct NewsPages {
    struct Pager: Encodable {
        var number: Int
        var count: Int
        var previousURL: String?
        var nextURL: String?
        var label: String
    }

    struct ListContent: Encodable {
        var news: [Shared<NewsCard>]
        var hasNews: Bool
        var pager: Pager?
        var tagsURL: String
        var years: [YearLink]
    }

    struct YearLink: Encodable {
        var year: String
        var url: String
        var count: Int
    }

    struct ArchiveContent: Encodable {
        var news: [Shared<NewsCard>]
        var years: [YearLink]
        var pager: Pager?
    }

    struct Content: Encodable {
        var card: Shared<NewsCard>
        var illustrative: Bool
        var body: HTMLFragment
        var tasks: [Shared<TaskRow>]
        var indicators: [IndicatorCard]
        var hasRelated: Bool
        var share: ShareLinks
        /// Absolute URL of the story's image, for Open Graph and Twitter cards.
        var imageURL: String?
        var imageAlt: String?
        var jsonLD: HTMLFragment
    }

    /// The news list and the yearly archives, page by page.
    static func lists(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        var files: [RenderedFile] = []
        let byYear = Dictionary(grouping: site.news, by: \.date.year)
        let years = byYear.keys.sorted(by: >).map {
            YearLink(year: String($0), url: v.link(Permalinks.newsArchive(year: $0)), count: byYear[$0]?.count ?? 0)
        }
        for part in NewsPagination.parts(site.news, list: Permalinks.news, v: v) {
            guard r.renders(part.path) else {
                files.append(r.skipped(part.path))
                continue
            }
            let crumbs = part.number == 1 ? [] : [Crumb(title: v.l.t("nav_news"), url: v.link(Permalinks.news))]
            let meta = v.meta(
                title: NewsPagination.title(v.l.t("news_title"), part: part, v: v), description: v.l.t("news_description"),
                path: part.path, kind: "news-list", crumbs: crumbs, updated: site.news.first?.date, feedbackID: "news")
            let content = ListContent(
                news: part.items.map(v.newsCard), hasNews: !part.items.isEmpty, pager: part.pager(v),
                tagsURL: v.link(Permalinks.tags), years: years)
            files.append(try r.page("news-list", path: part.path, meta: meta, content: content))
        }
        for (year, items) in byYear.sorted(by: { $0.key > $1.key }) {
            let list = Permalinks.newsArchive(year: year)
            for part in NewsPagination.parts(items, list: list, v: v) {
                guard r.renders(part.path) else {
                    files.append(r.skipped(part.path))
                    continue
                }
                let meta = v.meta(
                    title: NewsPagination.title(v.l.t("news_archive_title", ["year": String(year)]), part: part, v: v),
                    description: v.l.t("news_description"), path: part.path, kind: "news-archive",
                    crumbs: [Crumb(title: v.l.t("nav_news"), url: v.link(Permalinks.news))],
                    updated: items.map(\.date).max(), feedbackID: "news-\(year)")
                files.append(try r.page(
                    "news-archive", path: part.path, meta: meta,
                    content: ArchiveContent(news: part.items.map(v.newsCard), years: years, pager: part.pager(v))))
            }
        }
        return files
    }

    /// One page per story, as jobs of 25 to 100 stories: at least four per core when there are enough stories, and
    /// small enough that the last job, which may run alone, ends soon.
    /// Stories are most of the site's pages; split this way they share every core with the other page kinds
    /// (Markdown parsing stays serialised).
    static func storyJobs(_ r: PageRenderer) -> [ParallelJobs.Job] {
        let stories = r.scope.stories(of: r.views.site.news)
        let size = max(25, min(100, stories.count / (4 * ProcessInfo.processInfo.activeProcessorCount)))
        return stride(from: 0, to: stories.count, by: size).map { start in
            let part = Array(stories[start..<min(start + size, stories.count)])
            return ParallelJobs.Job { try Self.stories(part, r) }
        }
    }

    /// Stories' bodies are parsed this many at a time, under one hold of the Markdown lock.
    static let parseBatch = 8
    /// How many parsed bodies a job keeps ahead of the page it renders.
    static let parseAhead = 32

    /// The stories' pages in order. Bodies are parsed ahead of the pages, whenever the Markdown lock is free; while
    /// another thread holds it, the job renders the pages it has bodies for, and waits for the lock only when it
    /// has none. (Two threads that both waited took turns at the lock and left a core idle a twentieth of the time.)
    static func stories(_ items: [NewsItem], _ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        // A story this rebuild leaves out passes by for the sitemap only.
        let paths = items.map(Permalinks.newsItem)
        let wanted = items.indices.filter { !r.scope.leavesOut(story: items[$0]) && r.renders(paths[$0]) }
        var bodies: [HTMLFragment] = []
        bodies.reserveCapacity(wanted.count)
        var files: [RenderedFile] = []
        files.reserveCapacity(items.count)
        var next = wanted.startIndex
        var pending: MarkdownBatch?
        for index in items.indices {
            guard next < wanted.endIndex, wanted[next] == index else {
                files.append(r.skipped(paths[index]))
                continue
            }
            while bodies.count < wanted.count, bodies.count - next < parseAhead {
                let batch = pending ?? r.views.markdownBatch(
                    wanted[bodies.count..<min(bodies.count + parseBatch, wanted.count)].map { items[$0].body })
                pending = nil
                if bodies.count > next {
                    guard let rendered = r.views.markdown.renderIfParserFree(batch.texts) else {
                        pending = batch
                        break
                    }
                    bodies += batch.html(rendered)
                } else {
                    bodies += batch.html(r.views.markdown.render(batch.texts))
                }
            }
            files.append(try story(items[index], path: paths[index], body: bodies[next], r))
            bodies[next] = HTMLFragment()
            next += 1
        }
        return files
    }

    /// One story's page, with its body already rendered.
    private static func story(_ item: NewsItem, path: String, body: HTMLFragment, _ r: PageRenderer) throws(TemplateError) -> RenderedFile {
        let v = r.views
        let site = v.site
        let tasks = item.related.compactMap(v.taskRow(id:))
        let indicators = item.related.compactMap(site.indicator).map(v.indicatorCard)
        let url = v.absolute(path)
        let imageURL = item.image.map { v.absoluteAsset($0) }
        let content = Content(
            card: v.newsCard(item), illustrative: item.illustrative, body: body, tasks: tasks,
            indicators: indicators, hasRelated: !tasks.isEmpty || !indicators.isEmpty,
            share: ShareLinks(url: url, title: item.title), imageURL: imageURL, imageAlt: item.imageAlt,
            jsonLD: NewsArticleJSONLD.render(
                item, url: url, imageURL: imageURL, publisher: site.config.organization, language: site.language))
        let meta = v.meta(
            title: item.title, description: item.summary, path: path, kind: "news",
            crumbs: [Crumb(title: v.l.t("nav_news"), url: v.link(Permalinks.news))], updated: item.date,
            feedbackID: item.slug, source: item.origin)
        return try r.page("news-item", path: path, meta: meta, content: content)
    }
}
