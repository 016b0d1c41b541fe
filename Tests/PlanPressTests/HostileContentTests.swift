import Foundation
import FoundationXML
import Testing

@testable import PlanPress

/// Script pasted into any field stays text wherever it lands: HTML, attributes, URLs, JSON-LD, feeds, SVG.
@Suite struct HostileContentTests {
    static let payloads = [
        "<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
        "</script><script>alert(1)</script>", "javascript:alert(1)", "<svg onload=alert(1)>", "]]><x>&amp;",
        "{{t.nav_home}}", "{{{page.title}}}", "<!--", "\u{2028}\u{2029}",
    ]

    static var corpus: String { payloads.joined(separator: " ") }

    static func yaml(_ text: String) -> String { YAMLText.quoted(text) }

    static var site: String {
        let x = corpus
        return Fixtures.site
            .replacingOccurrences(of: "title: Rà soát văn bản quy phạm pháp luật", with: "title: \(yaml("Rà soát " + x))")
            .replacingOccurrences(of: "product: Báo cáo rà soát", with: "product: \(yaml(x))")
            .replacingOccurrences(of: "I.1: {status: on-track, progress: 40, note: Đã rà soát 40 văn bản}", with: "I.1: {status: on-track, progress: 40, note: \(yaml(x))}")
            .replacingOccurrences(of: "title: Tỷ lệ hồ sơ trực tuyến", with: "title: \(yaml("Tỷ lệ " + x))")
            .replacingOccurrences(of: "title: Đẩy mạnh dịch vụ công trực tuyến", with: "title: \(yaml("Tin " + x))")
            .replacingOccurrences(of: "summary: Sở đẩy mạnh dịch vụ công.", with: "summary: \(yaml(x))")
            .replacingOccurrences(of: "tags: [dịch vụ công]", with: "tags: [\(yaml(x)), \(yaml("<b>đậm</b>"))]")
            .replacingOccurrences(of: "Nội dung tin.", with: "Nội dung \(x)\n\n<script>alert(2)</script>\n\n[bấm](javascript:alert(3)) [ảnh](data:text/html;base64,PHNjcmlwdD4=)\n\n<iframe src=\"https://evil.example\"></iframe>")
    }

    @Test func noPayloadBecomesMarkupAnywhereInTheSite() throws {
        let site = try TestSite(Self.site)
        try site.build()
        var checked = 0
        let enumerator = FileManager.default.enumerator(atPath: site.output.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") || path.hasSuffix(".json") else { continue }
            let text = try site.file(path)
            checked += 1
            if path.hasSuffix(".json") {
                // JSON strings are data: a feed's title holds the text as written; it must still parse.
                #expect(throws: Never.self, "\(path) is not valid JSON") { _ = try JSONSerialization.jsonObject(with: Data(text.utf8)) }
                continue
            }
            // JSON-LD data blocks are checked on their own below; the rest of the page must hold no markup from content.
            let markup = Self.withoutDataBlocks(text)
            for marker in ["<script>alert", "<img src=x", "<svg onload", "onmouseover='", "<iframe", "href=\"javascript:", "href=\"data:", "<b>đậm"] {
                #expect(!markup.contains(marker), "\(path) contains \(marker)")
            }
            let scripts = text.components(separatedBy: "<script").count - 1
            let dataBlocks = text.components(separatedBy: "<script type=\"application/ld+json\">").count - 1
            #expect(scripts == dataBlocks, "\(path) has an executable <script>")
            if path.hasSuffix(".xml") || path.hasSuffix(".svg") {
                #expect(throws: Never.self, "\(path) is not well-formed XML") { _ = try XMLDocument(data: Data(text.utf8)) }
            }
        }
        #expect(checked > 30)
        // The text is still there, shown as text.
        try site.assertFile("nhiem-vu/i-1/index.html", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\n{{t.nav_home}}")
    }

    static func withoutDataBlocks(_ html: String) -> String {
        let parts = html.components(separatedBy: "<script type=\"application/ld+json\">")
        return parts.enumerated().map { index, part in
            index == 0 ? part : (part.components(separatedBy: "</script>").dropFirst().joined(separator: "</script>"))
        }.joined()
    }

    @Test func jsonLDCannotCloseItsScriptElement() throws {
        let site = try TestSite(Self.site)
        try site.build()
        let html = try site.file("tin-tuc/index.html")
        let item = try #require(SiteBuildTests.links(in: html).first { $0.hasPrefix("/cchc/tin-tuc/tin-") })
        let page = try site.file(String(item.dropFirst("/cchc/".count)) + "index.html")
        let jsonLD = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?.components(separatedBy: "</script>").first)
        #expect(!jsonLD.contains("<"))
        let object = try JSONSerialization.jsonObject(with: Data(jsonLD.utf8)) as? [String: Any]
        #expect((object?["headline"] as? String)?.contains("</script><script>alert(1)</script>") == true)
    }

    @Test func everyPageForbidsScriptsAndOtherHostsInItsContentSecurityPolicy() throws {
        let site = try TestSite(Fixtures.site)
        try site.build()
        try site.assertFile(
            "index.html",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:;")
        let html = try site.file("nhiem-vu/i-1/index.html")
        #expect(!html.contains(" style=\""), "inline styles would need 'unsafe-inline'")
    }

    @Test func rawHTMLIsKeptOnlyWhenTheConfigAllowsIt() throws {
        let body = "\n-- content/pages/gioi-thieu.md --\n---\ntitle: Giới thiệu\n---\n<div class=\"ban-do\">Bản đồ</div>\n"
        let safe = try TestSite(Fixtures.site + body)
        try safe.build()
        try safe.assertFile("gioi-thieu/index.html", "! <div class=\"ban-do\">\nraw HTML omitted")
        let trusted = try TestSite(Fixtures.site.replacingOccurrences(of: "illustrative: true", with: "illustrative: true\nmarkdown:\n  unsafe: true") + body)
        try trusted.build()
        try trusted.assertFile("gioi-thieu/index.html", "<div class=\"ban-do\">Bản đồ</div>")
    }
}
