/// Which output files a rebuild renders: all of them, or only those a news edit can change.
public enum RenderScope: Sendable {
    case all
    /// The pages an edit of news stories changes, in every language; see `NewsEdit`.
    case news(NewsEdit)

    /// What an edit of news stories changes: the stories' pages (`items`), the list pages that show them (news
    /// list, archive and tag pages and the home page; all of them when `lists` is nil, because the order
    /// changed), the feeds that carry them (`feeds`, folders; "" is the site's), and the pages and feeds of
    /// the tasks and indicators they name, before and after the edit (`related`). The sitemap is written again
    /// when the order of the news or a date changed (`sitemap`).
    public struct NewsEdit: Sendable {
        /// The source paths of the edited stories (originals: a translation's edit counts as its original's).
        var stories: Set<String> = []
        var items: Set<String> = []
        var related: Set<String> = []
        var lists: Set<String>? = []
        var feeds: Set<String> = []
        var sitemap = false
    }

    var isPartial: Bool {
        if case .all = self { return false }
        return true
    }

    /// The stories whose pages this rebuild renders; with a sitemap to write, every story still passes by.
    func stories(of news: [NewsItem]) -> [NewsItem] {
        guard case let .news(edit) = self, !edit.sitemap else { return news }
        return news.filter { edit.stories.contains($0.origin.path) }
    }

    /// Whether the file at `path` (within its edition) must be rendered again.
    func includes(_ path: String) -> Bool {
        switch self {
        case .all:
            return true
        case let .news(edit):
            if path == "sitemap.xml" { return edit.sitemap }
            if path.hasSuffix("feed.xml") || path.hasSuffix("feed.json") {
                let folder = String(path.dropLast(path.hasSuffix("feed.xml") ? 8 : 9))
                return edit.feeds.contains(folder) || edit.related.contains(folder + "index.html")
            }
            let isList = path == "index.html" || path.hasPrefix(Permalinks.tags) || path == Permalinks.news + "index.html"
                || path.hasPrefix(Permalinks.news + "trang/") || path.hasPrefix(Permalinks.news + "luu-tru/")
            if isList { return edit.lists?.contains(path) ?? true }
            return edit.items.contains(path) || edit.related.contains(path)
        }
    }

    /// The scope of an edit to the news files at `paths` (`content/news/…`), from the site before and after it.
    /// `before` and `after` hold every edition; a changed translation counts as an edit of its original.
    public static func news(edited paths: Set<String>, before: [ResolvedSite], after: [ResolvedSite]) -> RenderScope {
        let languages = after.first?.config.languages ?? []
        var edit = NewsEdit()
        edit.stories = Set(paths.map { TranslationPath.split($0, languages: Array(languages.dropFirst())).original })
        func isEdited(_ item: NewsItem) -> Bool { edit.stories.contains(item.origin.path) }
        for site in before + after {
            for (position, item) in site.news.enumerated() where isEdited(item) {
                edit.items.insert(Permalinks.newsItem(item) + "index.html")
                for id in item.related {
                    let area = site.task(id)?.area ?? site.indicator(id)?.area
                    if let task = site.task(id) { edit.related.insert(Permalinks.task(task) + "index.html") }
                    if let indicator = site.indicator(id) { edit.related.insert(Permalinks.indicator(indicator) + "index.html") }
                    // The area's feed carries its news too; its page shows none.
                    if let area = area.flatMap(site.area) { edit.feeds.insert(Permalinks.area(area)) }
                }
                edit.lists?.formUnion(listPages(showing: item, at: position, in: site))
                edit.feeds.formUnion(item.tagSlugs.map { Permalinks.tag(slug: $0) })
                // The site's feed carries the newest stories.
                if position < FeedFiles.newsLimit { edit.feeds.insert("") }
            }
        }
        // When the order of the news or an item's tags changed, items moved between pages; when a date changed,
        // lists say they were updated on another day: render every list, the site's feed and the sitemap.
        func moved(_ old: ResolvedSite, _ new: ResolvedSite) -> Bool {
            let (was, now) = (old.news.filter(isEdited), new.news.filter(isEdited))
            return !old.news.elementsEqual(new.news, by: { $0.origin.path == $1.origin.path })
                || was.map(\.date) != now.map(\.date) || was.map(\.tagSlugs) != now.map(\.tagSlugs)
        }
        for (old, new) in zip(before, after) where moved(old, new) {
            edit.lists = nil
            edit.feeds.insert("")
            edit.sitemap = true
        }
        return .news(edit)
    }

    /// The news list, archive and tag pages on which `item` appears.
    static func listPages(showing item: NewsItem, at index: Int, in site: ResolvedSite) -> [String] {
        let size = max(1, site.config.newsPageSize)
        func page(_ base: String, at position: Int) -> String { Permalinks.listPage(base, number: position / size + 1) + "index.html" }
        // The date is compared first: it is cheap, and it rules out nearly every other story.
        let path = item.origin.path
        func position(in list: [NewsItem]) -> Int? { list.firstIndex { $0.date == item.date && $0.origin.path == path } }
        var pages: [String] = []
        if index < HomePage.latestNewsCount { pages.append("index.html") }
        pages.append(page(Permalinks.news, at: index))
        // Its place in its year's archive: the stories of that year before it.
        let inYear = site.news[..<index].reduce(0) { $0 + ($1.date.year == item.date.year ? 1 : 0) }
        pages.append(page(Permalinks.newsArchive(year: item.date.year), at: inYear))
        for tag in site.tags where item.tagSlugs.contains(tag.slug) {
            if let index = position(in: tag.news) { pages.append(page(Permalinks.tag(slug: tag.slug), at: index)) }
        }
        return pages
    }
}
