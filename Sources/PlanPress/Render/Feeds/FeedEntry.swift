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

/// An entry with its text as Atom and as JSON Feed, written once for every feed that carries it (a story is in
/// the feeds of each of its tags, tasks and indicators).
struct WrittenFeedEntry {
    var entry: FeedEntry
    var atom: [UInt8]
    var json: [UInt8]

    init(_ entry: FeedEntry) {
        self.entry = entry
        atom = AtomFeed.entry(entry)
        json = JSONFeed.item(entry)
    }
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
