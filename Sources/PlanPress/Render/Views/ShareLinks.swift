/// Ways to share a page that load nothing from other sites: plain links, and the address to copy.
struct ShareLinks: Encodable {
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
        let organization = "{\"@type\":\"GovernmentOrganization\",\"name\":\(JSONFeed.quote(publisher))}"
        var fields: [(String, String)] = [
            ("@context", JSONFeed.quote("https://schema.org")), ("@type", JSONFeed.quote("NewsArticle")),
            ("author", organization), ("dateModified", JSONFeed.quote(item.date.rfc3339)),
            ("datePublished", JSONFeed.quote(item.date.rfc3339)),
        ]
        if !item.summary.isEmpty { fields.append(("description", JSONFeed.quote(item.summary))) }
        fields.append(("headline", JSONFeed.quote(item.title)))
        if let imageURL { fields.append(("image", "[\(JSONFeed.quote(imageURL))]")) }
        fields += [
            ("inLanguage", JSONFeed.quote(language)), ("mainEntityOfPage", JSONFeed.quote(url)),
            ("publisher", organization), ("url", JSONFeed.quote(url)),
        ]
        return "{" + fields.map { JSONFeed.quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
