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

    /// How many list pages `count` news take at the configured page size.
    public func pageCount(_ count: Int) -> Int {
        let size = max(1, config.newsPageSize)
        return max(1, (count + size - 1) / size)
    }

    /// The warnings computing the states and progress above gave; a news edit in the preview re-uses both.
    var planWarnings: [Diagnostic] = []

    /// The states and progress with their warnings, for re-use.
    var figures: PlanFigures {
        PlanFigures(
            taskStates: taskStates, indicatorStates: indicatorStates, areaProgress: areaProgress,
            planProgress: planProgress, warnings: planWarnings)
    }

    /// Positions by id, built once by the resolve stage; page views look items up many times.
    var areaIndex: [String: Int] = [:]
    var taskIndex: [String: Int] = [:]
    var indicatorIndex: [String: Int] = [:]
    /// Positions in `news` of the items naming each id.
    var relatedNewsIndex: [String: [Int]] = [:]
    /// Every tag with its slug and news, built once by the resolve stage.
    public internal(set) var tags: [(tag: String, slug: String, news: [NewsItem])] = []

    public func area(_ id: String) -> Area? { areaIndex[id].map { areas[$0] } }
    public func task(_ id: String) -> PlanTask? { taskIndex[id].map { tasks[$0] } }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    public func unitName(_ id: String) -> String { units[id]?.name ?? id }

    public func tasks(in area: Area) -> [PlanTask] { tasks.filter { $0.area == area.id } }
    public func indicators(in area: Area) -> [Indicator] { indicators.filter { $0.area == area.id } }
    /// The news that name the task or indicator `id`, newest first.
    public func news(relatedTo id: String) -> [NewsItem] { newsPositions(relatedTo: id).map { news[$0] } }
    /// Where in `news` the items naming `id` are.
    func newsPositions(relatedTo id: String) -> [Int] { relatedNewsIndex[id] ?? [] }

    /// Fills the id indexes and the tag list from the items; the resolve stage calls it once, with the tags and
    /// related-news index of `news` when it has made them already.
    mutating func index(tags: [(tag: String, slug: String, news: [NewsItem])]? = nil, relatedNews: [String: [Int]]? = nil) {
        areaIndex = Dictionary(areas.enumerated().map { ($1.id, $0) }) { first, _ in first }
        taskIndex = Dictionary(tasks.enumerated().map { ($1.id, $0) }) { first, _ in first }
        indicatorIndex = Dictionary(indicators.enumerated().map { ($1.id, $0) }) { first, _ in first }
        self.tags = tags ?? Self.tags(of: news, language: language)
        relatedNewsIndex = relatedNews ?? Self.relatedNews(of: news)
    }

    /// For each task or indicator id, where in `news` the stories that name it are.
    static func relatedNews(of news: [NewsItem]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for position in news.indices {
            let related = news[position].related
            // Each id once, even when a story names it twice; stories name a few ids, so no set is needed.
            for (offset, id) in related.enumerated() where !related[..<offset].contains(id) {
                index[id, default: []].append(position)
            }
        }
        return index
    }

    /// Every tag with its slug and news (tags that share a slug are one tag), sorted by name.
    static func tags(of news: [NewsItem], language: String) -> [(tag: String, slug: String, news: [NewsItem])] {
        var bySlug: [String: (tag: String, slug: String, news: [NewsItem])] = [:]
        for item in news {
            let slugs = item.tagSlugs
            for (index, slug) in slugs.enumerated() where !slugs[..<index].contains(slug) {
                bySlug[slug, default: (item.tags[index], slug, [])].news.append(item)
            }
        }
        let collation = Collation(language: language)
        return bySlug.values.sorted { collation.less($0.tag, $1.tag) }
    }
}

/// What the reports say of the plan: every task's and indicator's state, progress per area and for the plan,
/// and the warnings about items the reports have left behind.
struct PlanFigures: Sendable {
    var taskStates: [String: TaskState] = [:]
    var indicatorStates: [String: IndicatorState] = [:]
    var areaProgress: [String: ProgressSummary] = [:]
    var planProgress = ProgressSummary.empty
    var warnings: [Diagnostic] = []
}
