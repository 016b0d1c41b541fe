import Foundation

/// Ways to share a page that load nothing from other sites: plain links, and the address to copy.
struct ShareLinks {
    var facebook: String
    var zalo: String
    var email: String
    var url: String

    init(url: String, title: String) {
        let encoded = FeedbackLink.encode(url)
        facebook = "https://www.facebook.com/sharer/sharer.php?u=\(encoded)"
        zalo = "https://sp.zalo.me/share?url=\(encoded)"
        email = "mailto:?subject=\(FeedbackLink.encode(title))&body=\(encoded)"
        self.url = url
    }
}

/// schema.org NewsArticle as JSON-LD, safe to place inside `<script>`: `<`, `>` and `&` are written as escapes.
enum NewsArticleJSONLD {
    static func render(_ item: NewsItem, url: String, imageURL: String?, publisher: String, language: String) -> String {
        var article: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": item.title,
            "datePublished": item.date.rfc3339, "dateModified": item.date.rfc3339, "inLanguage": language,
            "url": url, "mainEntityOfPage": url,
            "publisher": ["@type": "GovernmentOrganization", "name": publisher],
            "author": ["@type": "GovernmentOrganization", "name": publisher],
        ]
        if !item.summary.isEmpty { article["description"] = item.summary }
        if let imageURL { article["image"] = [imageURL] }
        guard let data = try? JSONSerialization.data(withJSONObject: article, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
