/// `sitemap.xml` and `robots.txt`, written from the list of rendered pages.
enum SiteFiles {
    /// Every page of every edition, with `xhtml:link` alternates to its counterparts in the other languages.
    static func sitemap(
        _ pages: [(Edition, [String])], editions: EditionMap, base: BaseURL, lastModified: CalendarDate?
    ) -> RenderedFile {
        let multilingual = pages.count > 1
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n"
        let lastmod = lastModified.map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
        xml.reserveCapacity(pages.reduce(0) { $0 + $1.1.count } * (multilingual ? 300 : 120))
        for (edition, paths) in pages {
            // Every address of the edition starts the same way: escaped once, then each path is added.
            let root = "  <url><loc>" + XMLText.escape(base.absolute(edition.pathPrefix))
            for path in paths {
                xml += root
                xml += XMLText.escape(path)
                xml += "</loc>"
                xml += lastmod
                if multilingual {
                    for alternate in editions.alternates(of: path, current: edition, base: base)
                    where alternate.exists {
                        xml += "\n    <xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(XMLText.escape(alternate.absoluteURL))\"/>"
                    }
                    xml += "\n  "
                }
                xml += "</url>\n"
            }
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
    static func escape(_ text: String) -> String { ByteEscaper.markup.escape(text) }
    static func append(_ text: String, to output: inout [UInt8]) { ByteEscaper.markup.append(text, to: &output) }
}
