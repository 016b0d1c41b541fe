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
        entries = sites.map { site in
            Entry(edition: site.edition, name: names[site.language] ?? site.language, optionalPaths: Self.optionalPaths(of: site))
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
        paths.formUnion(site.tags.map { Permalinks.tag(slug: $0.slug) })
        paths.formUnion(site.news.map { Permalinks.newsArchive(year: $0.date.year) })
        for number in 2...max(2, site.newsPageCount) { paths.insert(Permalinks.listPage(Permalinks.news, number: number)) }
        return paths
    }
}
