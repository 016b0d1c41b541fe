/// The site with every reference checked and every figure computed: what the render stage draws from.
public struct ResolvedSite: Sendable {
    /// The language edition this is; figures are the same in every edition, words differ.
    public var edition: Edition
    /// All editions of the site, the default first, for language switchers and alternates.
    public var editions: [Edition]
    /// Paths of items shown untranslated, with a notice.
    public var untranslated: Set<String>
    /// The day the site was built, in Asia/Ho_Chi_Minh.
    public var buildDate: CalendarDate
    public var config: SiteConfig
    public var plan: Plan
    public var units: [String: AgencyUnit]
    /// In `order`.
    public var areas: [Area]
    /// In plan order (area order, then task number).
    public var tasks: [PlanTask]
    public var indicators: [Indicator]
    /// Oldest first.
    public var reports: [Report]
    /// Every report page: written reports and derived half-years and years, oldest first.
    public var reportRecords: [ReportRecord] = []
    /// Published news, newest first (drafts left out unless asked for).
    public var news: [NewsItem]
    public var pages: [Page]
    /// Self-assessments, oldest year first.
    public var assessments: [Assessment] = []

    public var taskStates: [String: TaskState]
    public var indicatorStates: [String: IndicatorState]
    public var areaProgress: [String: ProgressSummary]
    public var planProgress: ProgressSummary
    /// The latest report's as-of date: the day the figures describe.
    public var asOf: CalendarDate?
    /// Items left out of this build (drafts), for the summary.
    public var leftOut: [String]

    public var latestReport: Report? { reports.last }
    public var language: String { edition.language }

    /// How many pages the news list takes.
    public var newsPageCount: Int { pageCount(news.count) }

    /// How many list pages `count` news take at the configured page size.
    public func pageCount(_ count: Int) -> Int {
        let size = max(1, config.newsPageSize)
        return max(1, (count + size - 1) / size)
    }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
    public func task(_ id: String) -> PlanTask? { tasks.first { $0.id == id } }
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func unitName(_ id: String) -> String { units[id]?.name ?? id }

    public func tasks(in area: Area) -> [PlanTask] { tasks.filter { $0.area == area.id } }
    public func indicators(in area: Area) -> [Indicator] { indicators.filter { $0.area == area.id } }
    public func news(relatedTo id: String) -> [NewsItem] { news.filter { $0.related.contains(id) } }

    /// Every tag with its slug and news (tags that share a slug are one tag), sorted by name.
    public var tags: [(tag: String, slug: String, news: [NewsItem])] {
        var bySlug: [String: (tag: String, slug: String, news: [NewsItem])] = [:]
        for item in news {
            for (index, slug) in item.tagSlugs.enumerated() where bySlug[slug]?.news.last?.origin.path != item.origin.path {
                bySlug[slug, default: (item.tags[index], slug, [])].news.append(item)
            }
        }
        return bySlug.values.sorted { Collation.less($0.tag, $1.tag, language: language) }
    }
}
