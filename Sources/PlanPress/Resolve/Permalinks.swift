/// Where every page lives: one place decides each kind's URL, as a path under the site root ending in `/`.
///
/// Section names are Vietnamese ASCII slugs, as citizens read them in the address bar.
public enum Permalinks {
    public static let home = ""
    public static let plan = "ke-hoach/"
    public static let areas = "linh-vuc/"
    public static let tasks = "nhiem-vu/"
    public static let indicators = "chi-so/"
    public static let reports = "bao-cao/"
    public static let news = "tin-tuc/"
    public static let tags = "the/"
    public static let statusSummary = "tong-hop/"
    public static let openData = "du-lieu/"
    public static let assessments = "tu-danh-gia/"

    public static func area(_ area: Area) -> String { areas + area.slug + "/" }
    public static func task(_ task: PlanTask) -> String { self.task(id: task.id) }
    public static func task(id: String) -> String { task(slug: taskSlug(id)) }
    public static func task(slug: String) -> String { tasks + slug + "/" }
    public static func indicator(_ indicator: Indicator) -> String { indicators + Slug.make(indicator.id) + "/" }
    public static func report(_ period: ReportPeriod) -> String { reports + period.slug + "/" }
    public static func newsItem(_ item: NewsItem) -> String { news + item.slug + "/" }
    public static func tag(slug: String) -> String { tags + slug + "/" }
    public static func assessment(year: Int) -> String { assessments + "\(year)/" }
    /// The news of one year: `tin-tuc/luu-tru/2026/`.
    public static func newsArchive(year: Int) -> String { news + "luu-tru/\(year)/" }
    public static func page(_ page: Page) -> String { page.slug + "/" }

    /// Page `n` (1-based) of a paginated list; page 1 is the list itself.
    public static func listPage(_ list: String, number: Int) -> String {
        number <= 1 ? list : list + "trang/\(number)/"
    }

    /// `II.2.a` → `ii-2-a`.
    public static func taskSlug(_ id: String) -> String { Slug.make(id) }
}
