/// The yearly self-assessments of PAR work: totals, percentage, per-group bars and the change from the year before.
struct AssessmentPages {
    struct Row: Encodable {
        var title: String
        var url: String
        var score: String
        var percent: String
    }

    struct CriterionRow: Encodable {
        var id: String
        var title: String
        var maximum: String
        var score: String
        var evidence: [NavigationLink]
    }

    struct GroupView: Encodable {
        var title: String
        var score: String
        var maximum: String
        var percent: String
        var change: String?
        var criteria: [CriterionRow]
    }

    struct Content: Encodable {
        var year: String
        var illustrative: Bool
        var score: String
        var maximum: String
        var percent: String
        var change: String?
        var previousURL: String?
        var chart: ChartView
        var groups: [GroupView]
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        func percent(_ score: Double, _ maximum: Double) -> Double { maximum > 0 ? score / maximum * 100 : 0 }
        func signed(_ value: Double, suffix: String = "") -> String { (value > 0 ? "+" : "") + v.l.number(value) + suffix }
        let rows = site.assessments.reversed().map {
            Row(title: title(of: $0, v), url: v.link(Permalinks.assessment(year: $0.year)),
                score: "\(v.l.number($0.score))/\(v.l.number($0.maximum))", percent: v.l.percent(percent($0.score, $0.maximum)))
        }
        let listMeta = v.meta(
            title: v.l.t("assessments_title"), description: v.l.t("assessments_description"), path: Permalinks.assessments,
            kind: "assessments", updated: site.latestReport?.published, feedbackID: "assessments")
        var files = [try r.page("assessments", path: Permalinks.assessments, meta: listMeta, content: ["rows": rows])]
        for (index, assessment) in site.assessments.enumerated() {
            let path = Permalinks.assessment(year: assessment.year)
            let previous = index > 0 ? site.assessments[index - 1] : nil
            let total = percent(assessment.score, assessment.maximum)
            let chart = v.place(
                ProgressBarsChart(
                    title: v.l.t("assessment_chart_title", ["year": String(assessment.year)]),
                    rows: assessment.groups.map { ($0.title, percent($0.score, $0.maximum)) }, columnTitle: v.l.t("assessment_group"),
                    l: v.l, id: "chart-assessment"
                ).render(), page: path, file: "diem-theo-nhom.svg")
            files.append(chart.file)
            let groups = assessment.groups.map { group -> GroupView in
                let before = previous?.groups.first { $0.area == group.area }
                return GroupView(
                    title: group.title, score: v.l.number(group.score), maximum: v.l.number(group.maximum),
                    percent: v.l.percent(percent(group.score, group.maximum)),
                    change: before.map { signed(group.score - $0.score) },
                    criteria: group.criteria.map { criterion in
                        CriterionRow(
                            id: criterion.id, title: criterion.title, maximum: v.l.number(criterion.maximum),
                            score: v.l.number(criterion.score),
                            evidence: criterion.evidence.enumerated().map { i, link in
                                NavigationLink(
                                    title: v.l.t("evidence_n", ["n": String(i + 1)]),
                                    url: SiteConfig.isWebURL(link) ? link : v.link(link.hasPrefix("/") ? String(link.dropFirst()) : link),
                                    current: false)
                            })
                    })
            }
            let content = Content(
                year: String(assessment.year), illustrative: assessment.illustrative, score: v.l.number(assessment.score),
                maximum: v.l.number(assessment.maximum), percent: v.l.percent(total),
                change: previous.map { signed(assessment.score - $0.score) + " (" + signed(total - percent($0.score, $0.maximum), suffix: "%") + ")" },
                previousURL: previous.map { v.link(Permalinks.assessment(year: $0.year)) }, chart: chart.view, groups: groups)
            let meta = v.meta(
                title: title(of: assessment, v), description: v.l.t("assessments_description"), path: path, kind: "assessment",
                crumbs: [Crumb(title: v.l.t("assessments_title"), url: v.link(Permalinks.assessments))], updated: nil,
                feedbackID: "assessment-\(assessment.year)", source: assessment.origin)
            files.append(try r.page("assessment", path: path, meta: meta, content: content))
        }
        return files
    }

    static func title(of assessment: Assessment, _ v: ViewFactory) -> String {
        assessment.title.isEmpty ? v.l.t("assessment_title", ["year": String(assessment.year)]) : assessment.title
    }
}
