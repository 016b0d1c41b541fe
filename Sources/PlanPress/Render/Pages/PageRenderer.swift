/// Renders one page kind: builds its view and runs its template.
struct PageRenderer {
    let views: ViewFactory
    let theme: Theme
    var scope: RenderScope = .all

    /// Whether this rebuild renders the page at `path`; builders skip the work of making its view otherwise.
    func renders(_ path: String) -> Bool { scope.includes(path + "index.html") }

    /// Renders `content` with `template` into `<path>index.html`; outside the scope the template is not run.
    func page<Content>(
        _ template: String, path: String, meta: PageMeta, content: Content
    ) throws(TemplateError) -> RenderedFile {
        guard scope.includes(path + "index.html") else {
            return RenderedFile(path: path + "index.html", contents: "", kind: meta.kind, sitePath: path, skipped: true)
        }
        let html = try theme.render(TemplateValue.convert(views.context(meta, path: path, content: content)), template: template)
        return RenderedFile(path: path + "index.html", contents: html, kind: meta.kind, sitePath: path)
    }
}
