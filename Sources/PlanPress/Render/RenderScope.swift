/// Which output files a rebuild renders: all of them, or only those a news edit can change.
public enum RenderScope: Sendable {
    case all
    /// The edited news items' pages, the list pages that show them (news list, archive and tag pages; all of
    /// them when `lists` is nil, because the order changed), the site's feeds and those of the items' tags and
    /// of the areas of what they name (`feeds`, folders), the home page, and the pages and feeds of the tasks
    /// and indicators the items name (before and after the edit), in every language.
    /// The sitemap is written again when the order of the news or the newest date changed (`sitemap`).
    case news(items: Set<String>, related: Set<String>, lists: Set<String>?, feeds: Set<String>, sitemap: Bool)

    var isPartial: Bool {
        if case .all = self { return false }
        return true
    }

    /// Whether the file at `path` (within its edition) must be rendered again.
    func includes(_ path: String) -> Bool {
        switch self {
        case .all:
            return true
        case let .news(items, related, lists, feeds, sitemap):
            if path == "index.html" { return true }
            if path == "sitemap.xml" { return sitemap }
            if path.hasSuffix("feed.xml") || path.hasSuffix("feed.json") {
                // The site's feeds, the edited news' tags' feeds, and the feeds of the items they name.
                let folder = String(path.dropLast(path.hasSuffix("feed.xml") ? 8 : 9))
                return folder.isEmpty || feeds.contains(folder) || related.contains(folder + "index.html")
            }
            let isList = path.hasPrefix(Permalinks.tags) || path == Permalinks.news + "index.html"
                || path.hasPrefix(Permalinks.news + "trang/") || path.hasPrefix(Permalinks.news + "luu-tru/")
            if isList { return lists?.contains(path) ?? true }
            return items.contains(path) || related.contains(path)
        }
    }

    /// The scope of an edit to the news files at `paths` (`content/news/…`), from the site before and after it.
    /// `before` and `after` hold every edition; a changed translation counts as an edit of its original.
    public static func news(edited paths: Set<String>, before: [ResolvedSite], after: [ResolvedSite]) -> RenderScope {
        let languages = after.first?.config.languages ?? []
        let originals = Set(paths.map { TranslationPath.split($0, languages: Array(languages.dropFirst())).original })
        var items = Set<String>()
        var related = Set<String>()
        var lists: Set<String>? = Set()
        var feeds = Set<String>()
        func isEdited(_ item: NewsItem) -> Bool { originals.contains(item.origin.path) }
        for site in before + after {
            for item in site.news where isEdited(item) {
                items.insert(Permalinks.newsItem(item) + "index.html")
                for id in item.related {
                    let area = site.task(id)?.area ?? site.indicator(id)?.area
                    if let task = site.task(id) { related.insert(Permalinks.task(task) + "index.html") }
                    if let indicator = site.indicator(id) { related.insert(Permalinks.indicator(indicator) + "index.html") }
                    // The area's feed carries its news too; its page shows none.
                    if let area = area.flatMap(site.area) { feeds.insert(Permalinks.area(area)) }
                }
                lists?.formUnion(listPages(showing: item, in: site))
                feeds.formUnion(item.tagSlugs.map { Permalinks.tag(slug: $0) })
            }
        }
        // When the order of the news or an item's tags changed, items moved between pages: render every list.
        for (old, new) in zip(before, after)
        where !old.news.elementsEqual(new.news, by: { $0.origin.path == $1.origin.path })
            || old.news.filter(isEdited).map(\.tagSlugs) != new.news.filter(isEdited).map(\.tagSlugs)
        {
            lists = nil
        }
        // Lists say when they were last updated: the newest story's date.
        let newestChanged = zip(before, after).contains { $0.news.first?.date != $1.news.first?.date }
        if newestChanged { lists?.insert(Permalinks.tags + "index.html") }
        return .news(items: items, related: related, lists: lists, feeds: feeds, sitemap: lists == nil || newestChanged)
    }

    /// The news list, archive and tag pages on which `item` appears.
    static func listPages(showing item: NewsItem, in site: ResolvedSite) -> [String] {
        let size = max(1, site.config.newsPageSize)
        func page(_ base: String, at position: Int) -> String { Permalinks.listPage(base, number: position / size + 1) + "index.html" }
        // The date is compared first: it is cheap, and it rules out nearly every other story.
        let path = item.origin.path
        func position(in list: [NewsItem]) -> Int? { list.firstIndex { $0.date == item.date && $0.origin.path == path } }
        var pages: [String] = []
        if let index = position(in: site.news) {
            pages.append(page(Permalinks.news, at: index))
            // Its place in its year's archive: the stories of that year before it.
            let inYear = site.news[..<index].reduce(0) { $0 + ($1.date.year == item.date.year ? 1 : 0) }
            pages.append(page(Permalinks.newsArchive(year: item.date.year), at: inYear))
        }
        for tag in site.tags where item.tagSlugs.contains(tag.slug) {
            if let index = position(in: tag.news) { pages.append(page(Permalinks.tag(slug: tag.slug), at: index)) }
        }
        // The tag index counts news per tag and shows the newest date: see the callers.
        return pages
    }
}
