/// Free pages from `content/pages/` (about, methodology, feedback) and the 404 page.
struct FreePages {
    struct Content: Encodable {
        var body: HTMLFragment
        var summary: String
        var channels: FeedbackChannels
    }

    /// Every way to reach the publisher, for the feedback page.
    struct FeedbackChannels: Encodable {
        var email: String?
        var emailURL: String?
        var formURL: String?
        var phone: String?
        var phoneURL: String?
        var portal: String?
        var survey: String?
    }

    static func channels(_ v: ViewFactory, page: Page) -> FeedbackChannels {
        let feedback = v.site.config.feedback
        let form = feedback.form.map { _ in
            FeedbackLink.url(
                for: Feedback(email: nil, form: feedback.form), pageURL: v.absolute(Permalinks.page(page)), title: page.title,
                id: page.slug, subject: "", body: "")
        }
        return FeedbackChannels(
            email: feedback.email, emailURL: feedback.email.map { "mailto:\($0)" }, formURL: form, phone: feedback.phone,
            phoneURL: feedback.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }, portal: feedback.portal,
            survey: feedback.survey)
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        var files: [RenderedFile] = []
        for page in v.site.pages {
            let path = Permalinks.page(page)
            let meta = v.meta(
                title: page.title, description: page.summary, path: path, kind: "page", updated: nil,
                feedbackID: page.slug, source: page.origin)
            let content = Content(body: v.transcribed(page.body), summary: page.summary, channels: channels(v, page: page))
            files.append(try r.page(page.layout, path: path, meta: meta, content: content))
        }
        return files
    }

    /// `404.html` at the root; its links are root-relative under the base path, so they work at any depth.
    static func notFound(_ r: PageRenderer) throws(TemplateError) -> RenderedFile {
        guard r.scope.includes("404.html") else { return RenderedFile(path: "404.html", contents: "", kind: "404", skipped: true) }
        let v = r.views
        var meta = v.meta(
            title: v.l.t("not_found_title"), description: v.l.t("not_found_text"), path: "404.html", kind: "404",
            updated: nil, feedbackID: "404")
        meta.breadcrumb = [Crumb(title: v.l.t("nav_home"), url: v.link("")), Crumb(title: meta.title, url: nil)]
        let context = v.context(meta, path: "404.html", content: Content(body: HTMLFragment(), summary: "", channels: FeedbackChannels()))
        let html = try r.theme.renderBytes(context, template: "404")
        return RenderedFile(path: "404.html", bytes: html, kind: "404")
    }
}
