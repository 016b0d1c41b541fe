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
        let url = JSONFeed.quote(url)
        let date = JSONFeed.quote(item.date.rfc3339)
        // Keys in alphabetical order, as a serializer with sorted keys writes them.
        var json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"author\":\(organization)"
        json += ",\"dateModified\":\(date),\"datePublished\":\(date)"
        if !item.summary.isEmpty { json += ",\"description\":" + JSONFeed.quote(item.summary) }
        json += ",\"headline\":" + JSONFeed.quote(item.title)
        if let imageURL { json += ",\"image\":[\(JSONFeed.quote(imageURL))]" }
        json += ",\"inLanguage\":\(JSONFeed.quote(language)),\"mainEntityOfPage\":\(url),\"publisher\":\(organization)"
        json += ",\"url\":\(url)}"
        return json
    }
}
