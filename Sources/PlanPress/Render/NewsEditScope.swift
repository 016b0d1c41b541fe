extension RenderScope {
    /// The scope of an edit to the news files at `paths` (`content/news/…`; added, changed or deleted), from the
    /// site before and after it. `before` and `after` hold every edition; a changed translation counts as an
    /// edit of its original.
    ///
    /// The pages showing an edited story are rendered again. When the edit moved stories (a new date, title,
    /// address or tags, or a story shown or hidden), every list page whose stories or header differ is too,
    /// and pages that no longer exist are removed.
    public static func news(edited paths: Set<String>, before: [ResolvedSite], after: [ResolvedSite]) -> RenderScope {
        let languages = after.first?.config.languages ?? []
        var edit = NewsEdit()
        edit.stories = Set(paths.map { TranslationPath.split($0, languages: Array(languages.dropFirst())).original })
        let isEdited = { [edit] (item: NewsItem) in edit.isEdited(item) }
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
                edit.lists.formUnion(listPages(showing: item, at: position, in: site))
                edit.feeds.formUnion(item.tagSlugs.map { Permalinks.tag(slug: $0) })
                // The site's feed carries the newest stories.
                if position < FeedFiles.newsLimit { edit.feeds.insert("") }
            }
        }
        func placeKey(_ item: NewsItem) -> [String] { [item.date.iso, item.slug] + item.tags + item.tagSlugs }
        for (old, new) in zip(before, after)
        where !old.news.elementsEqual(new.news, by: { $0.origin.path == $1.origin.path })
            || old.news.filter(isEdited).map(placeKey) != new.news.filter(isEdited).map(placeKey)
        {
            edit.addMoves(from: old, to: new)
        }
        return .news(edit)
    }

    /// The news list, archive and tag pages (and the home page) on which `item`, at `index` of the news, appears.
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

extension RenderScope.NewsEdit {
    /// Adds what moving stories changes between `old` and `new`, one edition: list pages whose stories or header
    /// differ, pages that appeared or went, the tag index, the home page, the site's feed and the sitemap.
    mutating func addMoves(from old: ResolvedSite, to new: ResolvedSite) {
        let prefix = new.edition.pathPrefix
        let (was, now) = (NewsLists(old), NewsLists(new))
        let size = max(1, new.config.newsPageSize)
        func samePath(_ a: NewsItem, _ b: NewsItem) -> Bool { a.origin.path == b.origin.path }
        for (list, after) in now.lists {
            let before = was.lists[list]
            let (count, oldCount) = (new.pageCount(after.stories.count), before.map { old.pageCount($0.stories.count) } ?? 0)
            for number in 1...count {
                let range = (number - 1) * size..<min(number * size, after.stories.count)
                let same = before.map { before in
                    before.header == after.header && oldCount == count && range.upperBound <= before.stories.count
                        && before.stories[range].elementsEqual(after.stories[range], by: samePath)
                } ?? false
                if !same { lists.insert(Permalinks.listPage(list, number: number) + "index.html") }
            }
            // A new tag's feeds; pages past the list's new end are gone.
            if before == nil { feeds.insert(list) }
            for number in stride(from: count + 1, through: oldCount, by: 1) {
                remove(Permalinks.listPage(list, number: number) + "index.html", prefix: prefix)
            }
        }
        for (list, before) in was.lists where now.lists[list] == nil {
            for number in 1...old.pageCount(before.stories.count) {
                remove(Permalinks.listPage(list, number: number) + "index.html", prefix: prefix)
            }
            remove(list + "feed.xml", prefix: prefix)
            remove(list + "feed.json", prefix: prefix)
        }
        // Stories shown before and not now, or at another address.
        let addresses = Set(new.news.filter { isEdited($0) }.map { Permalinks.newsItem($0) + "index.html" })
        for item in old.news where isEdited(item) {
            let page = Permalinks.newsItem(item) + "index.html"
            if !addresses.contains(page) { remove(page, prefix: prefix) }
        }
        if was.tagIndex != now.tagIndex { lists.insert(Permalinks.tags + "index.html") }
        if !old.news.prefix(HomePage.latestNewsCount).elementsEqual(new.news.prefix(HomePage.latestNewsCount), by: samePath) {
            lists.insert("index.html")
        }
        if !old.news.prefix(FeedFiles.newsLimit).elementsEqual(new.news.prefix(FeedFiles.newsLimit), by: samePath) {
            feeds.insert("")
        }
        // The sitemap lists the pages in the order they are made, which follows the news.
        moved = true
    }

    /// A page or feed that no longer exists. A page is rendered again in the editions that still have it, whose
    /// language switchers change.
    private mutating func remove(_ path: String, prefix: String) {
        removed.insert(prefix + path)
        if path.hasSuffix("index.html") { lists.insert(path) }
    }
}

/// One edition's news lists as their pages show them: each list's stories, and the header every one of its
/// pages shows (its name, the date it was last updated, the years with their counts).
struct NewsLists {
    struct List {
        var header: [String]
        var stories: [NewsItem]
    }

    /// By the list's path: the news list, each year's archive, each tag.
    var lists: [String: List] = [:]
    /// What the tag index shows: every tag with its count, and the newest date.
    var tagIndex: [String]

    init(_ site: ResolvedSite) {
        var years: [Int: [NewsItem]] = [:]
        for item in site.news { years[item.date.year, default: []].append(item) }
        let yearLinks = years.keys.sorted(by: >).map { "\($0): \(years[$0]?.count ?? 0)" }
        lists[Permalinks.news] = List(header: [site.news.first?.date.iso ?? ""] + yearLinks, stories: site.news)
        for (year, stories) in years {
            lists[Permalinks.newsArchive(year: year)] = List(header: [stories.first?.date.iso ?? ""] + yearLinks, stories: stories)
        }
        for (tag, slug, stories) in site.tags {
            lists[Permalinks.tag(slug: slug)] = List(header: [tag, stories.first?.date.iso ?? ""], stories: stories)
        }
        tagIndex = [site.news.first?.date.iso ?? ""] + site.tags.map { "\($0.slug) \($0.tag) \($0.news.count)" }
    }
}
