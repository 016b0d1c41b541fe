/// An Atom 1.0 feed (`feed.xml`); every text is escaped for XML.
enum AtomFeed {
    static func render(_ info: FeedInfo, selfURL: String, entries: [WrittenFeedEntry]) -> String {
        let updated = entries.map(\.entry.date).max()?.rfc3339 ?? "2000-01-01T00:00:00+07:00"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLText.escape(info.language))\">\n"
        xml += "  <title>\(XMLText.escape(info.title))</title>\n"
        xml += "  <id>\(XMLText.escape(selfURL))</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(selfURL))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(info.homeURL))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n"
        xml += "  <author><name>\(XMLText.escape(info.author))</name></author>\n"
        for entry in entries { xml += entry.atom }
        xml += "</feed>\n"
        return xml
    }

    /// One `<entry>` element, with its line end.
    static func entry(_ entry: FeedEntry) -> String {
        let date = entry.date.rfc3339
        var xml = "  <entry>\n    <title>"
        XMLText.append(entry.title, to: &xml)
        xml += "</title>\n    <id>"
        XMLText.append(entry.id, to: &xml)
        xml += "</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\""
        XMLText.append(entry.url, to: &xml)
        xml += "\"/>\n    <published>" + date + "</published>\n    <updated>" + date + "</updated>\n"
        if !entry.summary.isEmpty {
            xml += "    <summary>"
            XMLText.append(entry.summary, to: &xml)
            xml += "</summary>\n"
        }
        if let html = entry.contentHTML {
            xml += "    <content type=\"html\">"
            XMLText.append(html, to: &xml)
            xml += "</content>\n"
        }
        xml += "  </entry>\n"
        return xml
    }
}
