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
    static func render(_ item: NewsItem, url: String, imageURL: String?, publisher: String, language: String) -> HTMLFragment {
        // Written as bytes, and placed on the page as they are: quoting each value into a string of its own, or
        // making the whole a string, checked the bytes again.
        var json: [UInt8] = []
        json.reserveCapacity(512 + item.summary.utf8.count + item.title.utf8.count)
        func text(_ literal: String) { json.appendUTF8(literal) }
        func quoted(_ value: String) { JSONFeed.appendQuoted(value, to: &json) }
        func organization() {
            text("{\"@type\":\"GovernmentOrganization\",\"name\":")
            quoted(publisher)
            text("}")
        }
        let date = item.date.rfc3339
        // Keys in alphabetical order, as a serializer with sorted keys writes them.
        text("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"author\":")
        organization()
        text(",\"dateModified\":")
        quoted(date)
        text(",\"datePublished\":")
        quoted(date)
        if !item.summary.isEmpty {
            text(",\"description\":")
            quoted(item.summary)
        }
        text(",\"headline\":")
        quoted(item.title)
        if let imageURL {
            text(",\"image\":[")
            quoted(imageURL)
            text("]")
        }
        text(",\"inLanguage\":")
        quoted(language)
        text(",\"mainEntityOfPage\":")
        quoted(url)
        text(",\"publisher\":")
        organization()
        text(",\"url\":")
        quoted(url)
        text("}")
        return HTMLFragment(bytes: json)
    }
}
