/// A JSON Feed 1.1 (`feed.json`). Written directly: Foundation's serializer took a sixth of a large build.
enum JSONFeed {
    static func render(_ info: FeedInfo, selfURL: String, entries: [FeedEntry]) -> String {
        var out = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n"
        out += "  \"title\": \(quote(info.title)),\n  \"home_page_url\": \(quote(info.homeURL)),\n"
        out += "  \"feed_url\": \(quote(selfURL)),\n  \"language\": \(quote(info.language)),\n"
        out += "  \"authors\": [{\"name\": \(quote(info.author))}],\n  \"items\": ["
        for (index, entry) in entries.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\"id\": \(quote(entry.id)), \"url\": \(quote(entry.url)), \"title\": \(quote(entry.title)), "
            out += "\"date_published\": \(quote(entry.date.rfc3339))"
            if !entry.summary.isEmpty { out += ", \"summary\": \(quote(entry.summary))" }
            let html = entry.contentHTML ?? XMLText.escape(entry.summary.isEmpty ? entry.title : entry.summary)
            out += ", \"content_html\": \(quote(html))}"
        }
        out += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal; `<` is escaped too, so the text is also safe inside HTML.
    static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
