/// The plan document: number, issuer, signer, period, legal basis and full text.
struct PlanPage {
    struct Content: Encodable {
        var number: String
        var issued: String
        var issuer: String
        var signer: String
        var period: String
        var basis: [Basis]
        var summary: String
        var body: HTMLFragment
    }

    struct Basis: Encodable {
        var document: String
        var date: String?
        var issuer: String?
        var subject: String?
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> RenderedFile {
        let v = r.views
        let plan = v.site.plan
        let content = Content(
            number: plan.number, issued: v.l.longDate(plan.issued), issuer: plan.issuer, signer: plan.signer,
            period: "\(v.l.date(plan.periodStart)) – \(v.l.date(plan.periodEnd))",
            basis: plan.basis.map { Basis(document: $0.document, date: $0.date.map(v.l.date), issuer: $0.issuer, subject: $0.subject) },
            summary: plan.summary, body: v.transcribed(plan.body))
        let meta = v.meta(
            title: plan.title, description: plan.summary, path: Permalinks.plan, kind: "plan", updated: plan.issued,
            feedbackID: plan.number.isEmpty ? "plan" : plan.number, source: plan.origin)
        return try r.page("plan", path: Permalinks.plan, meta: meta, content: content)
    }
}
