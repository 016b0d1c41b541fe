/// Which output files a rebuild renders: all of them, or only those a news edit can change.
public enum RenderScope: Sendable {
    case all
    /// The edited news items' pages, every news list, archive, tag page and feed, the home page, and the
    /// pages of the tasks and indicators the items name (before and after the edit), in every language.
    case news(items: Set<String>, related: Set<String>)

    var isPartial: Bool {
        if case .all = self { return false }
        return true
    }

    /// Whether the file at `path` (within its edition) must be rendered again.
    func includes(_ path: String) -> Bool {
        switch self {
        case .all:
            return true
        case let .news(items, related):
            if path == "index.html" || path.hasSuffix("feed.xml") || path.hasSuffix("feed.json") || path == "sitemap.xml" {
                return true
            }
            if path.hasPrefix(Permalinks.tags) { return true }
            if path.hasPrefix(Permalinks.news) {
                // Lists and archives are always rendered; of the items, only the edited ones.
                let isList = path == Permalinks.news + "index.html" || path.hasPrefix(Permalinks.news + "trang/")
                    || path.hasPrefix(Permalinks.news + "luu-tru/")
                return isList || items.contains(path)
            }
            return related.contains(path)
        }
    }

    /// The scope of an edit to the news files at `paths` (`content/news/…`), from the site before and after it.
    public static func news(edited paths: Set<String>, before: ResolvedSite?, after: ResolvedSite) -> RenderScope {
        var items = Set<String>()
        var related = Set<String>()
        for site in [before, after].compactMap({ $0 }) {
            for item in site.news where paths.contains(item.origin.path) || paths.contains(TranslationPath.original(of: item.origin.path, language: site.language)) {
                items.insert(Permalinks.newsItem(item) + "index.html")
                for id in item.related {
                    if let task = site.task(id) { related.insert(Permalinks.task(task) + "index.html") }
                    if let indicator = site.indicator(id) { related.insert(Permalinks.indicator(indicator) + "index.html") }
                }
            }
        }
        return .news(items: items, related: related)
    }
}
