/// Which pages exist in which language edition, so language switchers and alternates only link real pages.
///
/// Plan, area, task, indicator and report pages exist in every edition. News, free pages, tags and news list
/// pages may be missing from an edition (`fallback: omit`); a switcher then leads to that edition's home.
struct EditionMap {
    struct Entry {
        var edition: Edition
        var name: String
        var optionalPaths: Set<String>
    }

    var entries: [Entry]
    private var anyOptional: Set<String>

    init(sites: [ResolvedSite], names: [String: String]) {
        // With one edition every page exists in it: there is nothing to look up.
        entries = sites.map { site in
            Entry(
                edition: site.edition, name: names[site.language] ?? site.language,
                optionalPaths: sites.count > 1 ? Self.optionalPaths(of: site) : [])
        }
        anyOptional = entries.reduce(into: Set<String>()) { $0.formUnion($1.optionalPaths) }
    }

    func alternates(of path: String, current: Edition, base: BaseURL) -> [Alternate] {
        entries.map { entry in
            let exists = !anyOptional.contains(path) || entry.optionalPaths.contains(path)
            let target = entry.edition.pathPrefix + (exists ? path : "")
            return Alternate(
                language: entry.edition.language, name: entry.name, url: base.link(target),
                absoluteURL: base.absolute(target), current: entry.edition == current, exists: exists)
        }
    }

    static func optionalPaths(of site: ResolvedSite) -> Set<String> {
        var paths = Set(site.news.map(Permalinks.newsItem) + site.pages.map(Permalinks.page))
        var lists = site.tags.map { (Permalinks.tag(slug: $0.slug), $0.news.count) }
        lists += Dictionary(grouping: site.news, by: \.date.year).map { (Permalinks.newsArchive(year: $0.key), $0.value.count) }
        lists.append((Permalinks.news, site.news.count))
        for (list, count) in lists {
            if list != Permalinks.news { paths.insert(list) }
            for number in stride(from: 2, through: site.pageCount(count), by: 1) { paths.insert(Permalinks.listPage(list, number: number)) }
        }
        return paths
    }
}
