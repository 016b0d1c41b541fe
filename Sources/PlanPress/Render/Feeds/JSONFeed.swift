/// A JSON Feed 1.1 (`feed.json`). Written directly: Foundation's serializer took a sixth of a large build.
enum JSONFeed {
    static func render(_ info: FeedInfo, selfURL: String, entries: [WrittenFeedEntry]) -> String {
        var out = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n"
        out += "  \"title\": \(quote(info.title)),\n  \"home_page_url\": \(quote(info.homeURL)),\n"
        out += "  \"feed_url\": \(quote(selfURL)),\n  \"language\": \(quote(info.language)),\n"
        out += "  \"authors\": [{\"name\": \(quote(info.author))}],\n  \"items\": ["
        for (index, entry) in entries.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += entry.json
        }
        out += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// One item object, without the separator between items.
    static func item(_ entry: FeedEntry) -> String {
        var out = "    {\"id\": \(quote(entry.id)), \"url\": \(quote(entry.url)), \"title\": \(quote(entry.title)), "
        out += "\"date_published\": \(quote(entry.date.rfc3339))"
        if !entry.summary.isEmpty { out += ", \"summary\": \(quote(entry.summary))" }
        let html = entry.contentHTML ?? XMLText.escape(entry.summary.isEmpty ? entry.title : entry.summary)
        out += ", \"content_html\": \(quote(html))}"
        return out
    }

    /// A JSON string literal, also safe inside HTML.
    static func quote(_ text: String) -> String {
        var escaped = escaper.escape(text)
        // JavaScript reads these two line separators as line ends inside a string.
        if containsLineSeparator(escaped) {
            escaped = escaped.replacing("\u{2028}", with: "\\u2028").replacing("\u{2029}", with: "\\u2029")
        }
        return "\"" + escaped + "\""
    }

    /// Whether U+2028 or U+2029 occurs: E2 80 A8 or E2 80 A9 in UTF-8. (E2 alone starts common punctuation
    /// such as – and …, which need no escaping.)
    private static func containsLineSeparator(_ text: String) -> Bool {
        ByteTriple.occurs(in: text, first: 0xE2) { $0 == 0x80 && ($1 == 0xA8 || $1 == 0xA9) }
    }

    /// `<`, `>` and `&` are escaped too, so that the text is safe inside an HTML `<script>` (JSON-LD).
    private static let escaper: ByteEscaper = {
        var replacements: [Character: String] = [
            "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
        ]
        for value in 0..<0x20 where replacements[Character(Unicode.Scalar(UInt8(value)))] == nil {
            let hex = String(value, radix: 16)
            replacements[Character(Unicode.Scalar(UInt8(value)))] = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        return ByteEscaper(replacements)
    }()
}
