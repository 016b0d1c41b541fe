/// The site with every reference checked and every figure computed: what the render stage draws from.
public struct ResolvedSite: Sendable {
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
    /// Published news, newest first (drafts left out unless asked for).
    public var news: [NewsItem]
    public var pages: [Page]

    public var taskStates: [String: TaskState]
    public var indicatorStates: [String: IndicatorState]
    public var areaProgress: [String: ProgressSummary]
    public var planProgress: ProgressSummary
    /// The latest report's as-of date: the day the figures describe.
    public var asOf: CalendarDate?
    /// Items left out of this build (drafts), for the summary.
    public var leftOut: [String]

    public var latestReport: Report? { reports.last }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
    public func task(_ id: String) -> PlanTask? { tasks.first { $0.id == id } }
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func unitName(_ id: String) -> String { units[id]?.name ?? id }

    public func tasks(in area: Area) -> [PlanTask] { tasks.filter { $0.area == area.id } }
    public func indicators(in area: Area) -> [Indicator] { indicators.filter { $0.area == area.id } }
    public func news(relatedTo id: String) -> [NewsItem] { news.filter { $0.related.contains(id) } }

    /// Every tag with its news (tags that share a slug are one tag), sorted by the Vietnamese collation of the tag.
    public var tags: [(tag: String, news: [NewsItem])] {
        var bySlug: [String: (tag: String, news: [NewsItem])] = [:]
        for item in news {
            for tag in Set(item.tags.map(Slug.make)).sorted() {
                let name = item.tags.first { Slug.make($0) == tag } ?? tag
                bySlug[tag, default: (name, [])].news.append(item)
            }
        }
        return bySlug.values.sorted { VietnameseCollation.less($0.tag, $1.tag) }
    }
}
