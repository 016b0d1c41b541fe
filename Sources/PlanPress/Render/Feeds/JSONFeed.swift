/// A JSON Feed 1.1 (`feed.json`). Written directly: Foundation's serializer took a sixth of a large build.
enum JSONFeed {
    static func render(_ info: FeedInfo, selfURL: String, entries: [WrittenFeedEntry]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024 + entries.reduce(0) { $0 + $1.json.count + 2 })
        out.appendUTF8("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n")
        out.appendUTF8("  \"title\": \(quote(info.title)),\n  \"home_page_url\": \(quote(info.homeURL)),\n")
        out.appendUTF8("  \"feed_url\": \(quote(selfURL)),\n  \"language\": \(quote(info.language)),\n")
        out.appendUTF8("  \"authors\": [{\"name\": \(quote(info.author))}],\n  \"items\": [")
        for (index, entry) in entries.enumerated() {
            out.appendUTF8(index == 0 ? "\n" : ",\n")
            out += entry.json
        }
        out.appendUTF8(entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return out
    }

    /// One item object, without the separator between items.
    static func item(_ entry: FeedEntry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + entry.summary.utf8.count + (entry.contentHTML?.utf8.count ?? 0) * 6 / 5)
        out.appendUTF8("    {\"id\": ")
        appendQuoted(entry.id, to: &out)
        out.appendUTF8(", \"url\": ")
        appendQuoted(entry.url, to: &out)
        out.appendUTF8(", \"title\": ")
        appendQuoted(entry.title, to: &out)
        out.appendUTF8(", \"date_published\": ")
        appendQuoted(entry.date.rfc3339, to: &out)
        if !entry.summary.isEmpty {
            out.appendUTF8(", \"summary\": ")
            appendQuoted(entry.summary, to: &out)
        }
        out.appendUTF8(", \"content_html\": ")
        appendQuoted(entry.contentHTML ?? XMLText.escape(entry.summary.isEmpty ? entry.title : entry.summary), to: &out)
        out.appendUTF8("}")
        return out
    }

    /// A JSON string literal, also safe inside HTML.
    static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, also safe inside HTML.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // JavaScript reads these two line separators as line ends inside a string. (Escaping only touches ASCII,
        // so the raw text has them exactly when the escaped text does.)
        if containsLineSeparator(text) {
            out.appendUTF8(escaper.escape(text).replacing("\u{2028}", with: "\\u2028").replacing("\u{2029}", with: "\\u2029"))
        } else {
            escaper.append(text, to: &out)
        }
        out.append(UInt8(ascii: "\""))
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
