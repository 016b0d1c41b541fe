/// What every template receives: the site, the UI strings, this page's metadata and its own content.
///
/// Templates read `{{site.title}}`, `{{t.nav_home}}`, `{{page.title}}` and `{{content.…}}`.
struct PageContext<Content: Encodable>: Encodable {
    /// A `SiteView`, made into template data once per section.
    var site: TemplateData
    var t: [String: String]
    var page: PageMeta
    var content: Content
}

/// The site-wide part of every page: names, navigation, links to assets, the illustrative notice.
struct SiteView: Encodable {
    var title: String
    var organization: String
    var language: String
    var homeURL: String
    var stylesheetURL: String
    var iconURL: String
    var navigation: [NavigationLink]
    var footerPages: [NavigationLink]
    var illustrative: Bool
}

struct NavigationLink: Encodable {
    var title: String
    var url: String
    var current: Bool
}

/// One page's metadata: titles, addresses, breadcrumb, freshness and feedback.
struct PageMeta: Encodable {
    var title: String
    /// "<page> – <site>", for the browser tab and search results.
    var documentTitle: String
    var description: String
    var url: String
    var canonicalURL: String
    var kind: String
    var breadcrumb: [Crumb]
    var updated: String
    var updatedISO: String
    var feedbackURL: String
    /// The same page in every language edition that has it, this one included.
    var alternates: [Alternate]
    /// Shown in the original language because it has no translation yet.
    var untranslated: Bool
    /// The feed that follows this page's item (task, indicator, area, tag), if it has one.
    var itemFeed: FeedLinks?
    /// The site's news feed.
    var siteFeed: FeedLinks
}

/// A feed in both formats.
struct FeedLinks: Encodable {
    var atom: String
    var json: String
}

/// A page in one language edition, for `hreflang` links and the language switcher.
struct Alternate: Encodable {
    var language: String
    var name: String
    var url: String
    var absoluteURL: String
    var current: Bool
    /// False when this edition lacks the page and the link leads to its home instead.
    var exists: Bool
}

/// A breadcrumb step; the last one (the page itself) has no link.
struct Crumb: Encodable {
    var title: String
    var url: String?
}

/// Shared view of one task in lists and tables.
struct TaskRow: Encodable {
    var id: String
    var title: String
    var url: String
    var areaTitle: String
    var areaURL: String
    var lead: String
    var due: String
    var status: String
    var statusLabel: String
    var progress: String
    var progressValue: Int
    var overdue: Bool
    var note: String?
    /// "Chưa cập nhật từ Quý 1/2026" when two reports or more have passed without a word on the task.
    var stale: String?
}

/// A table of tasks; templates render it with the `task-table` partial inside `{{#table}}…{{/table}}`.
struct TaskTable: Encodable {
    var tasks: [Shared<TaskRow>]
}

/// Shared view of one area in lists and the dashboard.
struct AreaCard: Encodable {
    var id: String
    var title: String
    var url: String
    var summary: String
    var progress: String
    var progressValue: Int
    var taskCount: Int
    var overdueCount: Int
    var hasOverdue: Bool
    var statusCounts: [StatusCount]
}

struct StatusCount: Encodable {
    var status: String
    var label: String
    var count: Int
}

/// Shared view of one indicator: latest value against target.
struct IndicatorCard: Encodable {
    var id: String
    var title: String
    var url: String
    var areaTitle: String
    var latest: String?
    var latestPeriod: String?
    var target: String
    var standing: String
    var standingLabel: String
    var distance: String?
    var lastUpdate: String?
    var nextExpected: String?
    var stale: String?
    /// A small inline chart of the values, when there are at least two.
    var sparkline: String?
}

struct ReportRow: Encodable {
    var title: String
    var url: String
    var period: String
    var asOf: String
    var published: String
}

/// A story as lists, tag pages and related news show it.
struct NewsCard: Encodable {
    var title: String
    var url: String
    var date: String
    var dateISO: String
    var summary: String
    var image: String?
    var imageAlt: String?
    var tags: [TagLink]
}

/// A view made into template data once per render and shown on many pages: a story's card on every list,
/// tag, task and indicator page (`ViewFactory.newsCard`), a task's row in every table (`ViewFactory.taskRow`).
struct Shared<View: Encodable>: Encodable {
    let data: TemplateData

    func encode(to encoder: any Encoder) throws { try data.encode(to: encoder) }
}

struct TagLink: Encodable {
    var name: String
    var url: String
    var count: Int
}
