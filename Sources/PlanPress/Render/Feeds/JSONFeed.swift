import Foundation

/// A JSON Feed 1.1 (`feed.json`), serialised by Foundation so every string is escaped for JSON.
enum JSONFeed {
    static func render(_ info: FeedInfo, selfURL: String, entries: [FeedEntry]) -> String {
        let items: [[String: Any]] = entries.map { entry in
            var item: [String: Any] = [
                "id": entry.id, "url": entry.url, "title": entry.title, "date_published": entry.date.rfc3339,
            ]
            if !entry.summary.isEmpty { item["summary"] = entry.summary }
            item["content_html"] = entry.contentHTML ?? XMLText.escape(entry.summary.isEmpty ? entry.title : entry.summary)
            return item
        }
        let feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1", "title": info.title, "home_page_url": info.homeURL,
            "feed_url": selfURL, "language": info.language, "authors": [["name": info.author]], "items": items,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: feed, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
