/// Free pages from `content/pages/` (about, methodology, feedback) and the 404 page.
struct FreePages {
    struct Content {
        var body: String
        var summary: String
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        var files: [RenderedFile] = []
        for page in v.site.pages {
            let path = Permalinks.page(page)
            let meta = v.meta(
                title: page.title, description: page.summary, path: path, kind: "page", updated: nil,
                feedbackID: page.slug, source: page.origin)
            files.append(try r.page("page", path: path, meta: meta, content: Content(body: v.html(page.body), summary: page.summary)))
        }
        return files
    }

    /// `404.html` at the root; its links are root-relative under the base path, so they work at any depth.
    static func notFound(_ r: PageRenderer) throws(TemplateError) -> RenderedFile {
        let v = r.views
        var meta = v.meta(
            title: v.l.t("not_found_title"), description: v.l.t("not_found_text"), path: "404.html", kind: "404",
            updated: nil, feedbackID: "404")
        meta.breadcrumb = [Crumb(title: v.l.t("nav_home"), url: v.link("")), Crumb(title: meta.title, url: nil)]
        let html = try r.theme.render(v.context(meta, path: "404.html", content: Content(body: "", summary: "")), template: "404")
        return RenderedFile(path: "404.html", contents: html, kind: "404")
    }
}
