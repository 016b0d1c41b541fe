/// Renders one page kind: builds its view and runs its template.
struct PageRenderer {
    let views: ViewFactory
    let theme: Theme

    /// Renders `content` with `template` into `<path>index.html`.
    func page<Content>(
        _ template: String, path: String, meta: PageMeta, content: Content
    ) throws(TemplateError) -> RenderedFile {
        let html = try theme.render(views.context(meta, path: path, content: content), template: template)
        return RenderedFile(path: path + "index.html", contents: html, kind: meta.kind, sitePath: path)
    }
}
