/// `sitemap.xml` and `robots.txt`, written from the list of rendered pages.
enum SiteFiles {
    static func sitemap(for pages: [RenderedFile], base: BaseURL, lastModified: CalendarDate?) -> RenderedFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages where page.path.hasSuffix("index.html") {
            let path = String(page.path.dropLast("index.html".count))
            xml += "  <url><loc>\(XMLText.escape(base.absolute(path)))</loc>"
            if let lastModified { xml += "<lastmod>\(lastModified.iso)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return RenderedFile(path: "sitemap.xml", contents: xml, kind: nil)
    }

    static func robots(base: BaseURL) -> RenderedFile {
        RenderedFile(
            path: "robots.txt", contents: "User-agent: *\nAllow: /\nSitemap: \(base.absolute("sitemap.xml"))\n", kind: nil)
    }
}

/// Escapes text for XML and HTML element content and attribute values.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
