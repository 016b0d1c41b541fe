/// One entry of a feed: a news story or a report's update on an item.
struct FeedEntry {
    var id: String
    var title: String
    /// Absolute URL.
    var url: String
    var date: CalendarDate
    var summary: String
    /// Rendered HTML of the full text, when there is one.
    var contentHTML: String?
}

/// A feed's identity: where it lives and what it is about.
struct FeedInfo {
    var title: String
    var language: String
    /// Absolute URL of the page the feed follows.
    var homeURL: String
    /// Site path of the feed's folder (`""` for the site feed, `nhiem-vu/i-1/` for a task's).
    var folder: String
    var author: String
}

/// Dates in feeds: midnight in Vietnam, RFC 3339.
extension CalendarDate {
    var rfc3339: String { "\(iso)T00:00:00+07:00" }
}
