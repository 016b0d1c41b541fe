/// Renders one page kind: builds its view and runs its template.
struct PageRenderer {
    let views: ViewFactory
    let theme: Theme
    var scope: RenderScope = .all
    /// Where a build writes each page as soon as it is rendered, so that pages are not all held in memory.
    var sink: (@Sendable (RenderedFile) -> Void)? = nil

    /// Whether this rebuild renders the page at `path`; builders skip the work of making its view otherwise.
    func renders(_ path: String) -> Bool { scope.includes(path + "index.html") }

    /// Renders `content` with `template` into `<path>index.html`; outside the scope neither the view nor the
    /// template is made.
    func page<Content: Encodable>(
        _ template: String, path: String, meta: @autoclosure () -> PageMeta, content: @autoclosure () -> Content
    ) throws(TemplateError) -> RenderedFile {
        guard renders(path) else { return skipped(path) }
        let meta = meta()
        let html = try theme.renderBytes(views.context(meta, path: path, content: content()), template: template)
        return handed(RenderedFile(path: path + "index.html", bytes: html, kind: meta.kind, sitePath: path))
    }

    /// Hands the files a job made besides its pages (feeds, open data, charts) to the sink too, on the job's
    /// thread; what comes back is marked written.
    func hand(_ files: [RenderedFile]) -> [RenderedFile] {
        files.map { file in !file.skipped && !file.written && scope.includes(file.path) ? handed(file) : file }
    }

    /// `file` given to the sink, and its stand-in without contents; `file` itself when there is no sink.
    private func handed(_ file: RenderedFile) -> RenderedFile {
        guard let sink else { return file }
        sink(file)
        var written = file
        written.bytes = []
        written.written = true
        return written
    }

    /// The stand-in for a page this rebuild leaves as it was: it writes nothing, and its `sitePath` still counts
    /// for the sitemap.
    func skipped(_ path: String) -> RenderedFile {
        RenderedFile(path: "", contents: "", kind: nil, sitePath: path, skipped: true)
    }
}
