/// The paginated news list and one page per story, with its related tasks and indicators.
struct NewsPages {
    struct Pager {
        var number: Int
        var count: Int
        var previousURL: String?
        var nextURL: String?
        var label: String
    }

    struct ListContent {
        var news: [NewsCard]
        var hasNews: Bool
        var pager: Pager?
        var tagsURL: String
        var years: [YearLink]
    }

    struct YearLink {
        var year: String
        var url: String
        var count: Int
    }

    struct ArchiveContent {
        var news: [NewsCard]
        var years: [YearLink]
    }

    struct Content {
        var card: NewsCard
        var illustrative: Bool
        var body: String
        var tasks: [TaskRow]
        var indicators: [IndicatorCard]
        var hasRelated: Bool
        var share: ShareLinks
        /// Absolute URL of the story's image, for Open Graph and Twitter cards.
        var imageURL: String?
        var imageAlt: String?
        var jsonLD: String
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        let size = max(1, site.config.newsPageSize)
        let pageCount = site.newsPageCount
        var files: [RenderedFile] = []
        let byYear = Dictionary(grouping: site.news, by: \.date.year)
        let years = byYear.keys.sorted(by: >).map {
            YearLink(year: String($0), url: v.link(Permalinks.newsArchive(year: $0)), count: byYear[$0]?.count ?? 0)
        }
        for number in 1...pageCount {
            let path = Permalinks.listPage(Permalinks.news, number: number)
            let items = site.news.dropFirst((number - 1) * size).prefix(size).map(v.newsCard)
            let pager = pageCount > 1 ? Pager(
                number: number, count: pageCount,
                previousURL: number > 1 ? v.link(Permalinks.listPage(Permalinks.news, number: number - 1)) : nil,
                nextURL: number < pageCount ? v.link(Permalinks.listPage(Permalinks.news, number: number + 1)) : nil,
                label: v.l.t("page_of", ["n": String(number), "count": String(pageCount)])) : nil
            let title = number == 1 ? v.l.t("news_title") : v.l.t("news_title_page", ["n": String(number)])
            let crumbs = number == 1 ? [] : [Crumb(title: v.l.t("nav_news"), url: v.link(Permalinks.news))]
            let meta = v.meta(
                title: title, description: v.l.t("news_description"), path: path, kind: "news-list", crumbs: crumbs,
                updated: site.news.first?.date, feedbackID: "news")
            files.append(
                try r.page("news-list", path: path, meta: meta, content: ListContent(
                        news: Array(items), hasNews: !items.isEmpty, pager: pager, tagsURL: v.link(Permalinks.tags),
                        years: years)))
        }
        for (year, items) in byYear.sorted(by: { $0.key > $1.key }) {
            let path = Permalinks.newsArchive(year: year)
            let meta = v.meta(
                title: v.l.t("news_archive_title", ["year": String(year)]), description: v.l.t("news_description"),
                path: path, kind: "news-archive", crumbs: [Crumb(title: v.l.t("nav_news"), url: v.link(Permalinks.news))],
                updated: items.map(\.date).max(), feedbackID: "news-\(year)")
            files.append(try r.page("news-archive", path: path, meta: meta, content: ArchiveContent(news: items.map(v.newsCard), years: years)))
        }
        for item in site.news {
            let path = Permalinks.newsItem(item)
            let tasks = item.related.compactMap(site.task).map(v.taskRow)
            let indicators = item.related.compactMap(site.indicator).map(v.indicatorCard)
            let url = v.absolute(path)
            let imageURL = item.image.map { v.absoluteAsset($0) }
            let content = Content(
                card: v.newsCard(item), illustrative: item.illustrative, body: v.html(item.body), tasks: tasks,
                indicators: indicators, hasRelated: !tasks.isEmpty || !indicators.isEmpty,
                share: ShareLinks(url: url, title: item.title), imageURL: imageURL, imageAlt: item.imageAlt,
                jsonLD: NewsArticleJSONLD.render(
                    item, url: url, imageURL: imageURL, publisher: site.config.organization, language: site.language))
            let meta = v.meta(
                title: item.title, description: item.summary, path: path, kind: "news",
                crumbs: [Crumb(title: v.l.t("nav_news"), url: v.link(Permalinks.news))], updated: item.date,
                feedbackID: item.slug, source: item.origin)
            files.append(try r.page("news-item", path: path, meta: meta, content: content))
        }
        return files
    }
}
