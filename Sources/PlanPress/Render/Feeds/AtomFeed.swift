/// An Atom 1.0 feed (`feed.xml`); every text is escaped for XML. Written as bytes, as pages are.
enum AtomFeed {
    static func render(_ info: FeedInfo, selfURL: String, entries: [WrittenFeedEntry]) -> [UInt8] {
        let updated = entries.map(\.entry.date).max()?.rfc3339 ?? "2000-01-01T00:00:00+07:00"
        var xml: [UInt8] = []
        xml.reserveCapacity(1024 + entries.reduce(0) { $0 + $1.atom.count })
        xml.appendUTF8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.appendUTF8("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLText.escape(info.language))\">\n")
        xml.appendUTF8("  <title>\(XMLText.escape(info.title))</title>\n")
        xml.appendUTF8("  <id>\(XMLText.escape(selfURL))</id>\n")
        xml.appendUTF8("  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(selfURL))\"/>\n")
        xml.appendUTF8("  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(info.homeURL))\"/>\n")
        xml.appendUTF8("  <updated>\(updated)</updated>\n")
        xml.appendUTF8("  <author><name>\(XMLText.escape(info.author))</name></author>\n")
        for entry in entries { xml += entry.atom }
        xml.appendUTF8("</feed>\n")
        return xml
    }

    /// One `<entry>` element, with its line end.
    static func entry(_ entry: FeedEntry) -> [UInt8] {
        let date = entry.date.rfc3339
        var xml: [UInt8] = []
        xml.reserveCapacity(256 + entry.summary.utf8.count + (entry.contentHTML?.utf8.count ?? 0) * 6 / 5)
        xml.appendUTF8("  <entry>\n    <title>")
        XMLText.append(entry.title, to: &xml)
        xml.appendUTF8("</title>\n    <id>")
        XMLText.append(entry.id, to: &xml)
        xml.appendUTF8("</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
        XMLText.append(entry.url, to: &xml)
        xml.appendUTF8("\"/>\n    <published>")
        xml.appendUTF8(date)
        xml.appendUTF8("</published>\n    <updated>")
        xml.appendUTF8(date)
        xml.appendUTF8("</updated>\n")
        if !entry.summary.isEmpty {
            xml.appendUTF8("    <summary>")
            XMLText.append(entry.summary, to: &xml)
            xml.appendUTF8("</summary>\n")
        }
        if let html = entry.contentHTML {
            xml.appendUTF8("    <content type=\"html\">")
            XMLText.append(html, to: &xml)
            xml.appendUTF8("</content>\n")
        }
        xml.appendUTF8("  </entry>\n")
        return xml
    }
}
