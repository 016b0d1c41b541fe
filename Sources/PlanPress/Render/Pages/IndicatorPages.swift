/// The indicator list and one page per indicator: definition, target, baseline and values over time.
struct IndicatorPages {
    struct ListContent: Encodable {
        var indicators: [IndicatorCard]
    }

    struct ValueRow: Encodable {
        var period: String
        var url: String
        var value: String
        var change: String?
    }

    struct Content: Encodable {
        var card: IndicatorCard
        var kindLabel: String
        var directionLabel: String
        var unit: String
        var baseline: String?
        var source: String
        var planReference: String?
        var body: HTMLFragment
        var values: [ValueRow]
        var hasValues: Bool
        var tasks: [Shared<TaskRow>]
        var news: [Shared<NewsCard>]
        var chart: ChartView
        var targetText: String?
    }

    static func render(_ r: PageRenderer) throws(TemplateError) -> [RenderedFile] {
        let v = r.views
        let site = v.site
        let listMeta = v.meta(
            title: v.l.t("indicators_title"), description: v.l.t("indicators_description"),
            path: Permalinks.indicators, kind: "indicators", updated: site.latestReport?.published,
            feedbackID: "indicators")
        var files = [
            try r.page(
                "indicators", path: Permalinks.indicators, meta: listMeta,
                content: ListContent(indicators: site.indicators.map(v.indicatorCard)))
        ]
        for indicator in site.indicators {
            let path = Permalinks.indicator(indicator)
            guard r.renders(path) else {
                files.append(r.skipped(path))
                continue
            }
            let state = site.indicatorStates[indicator.id]
            let values = state?.values ?? []
            let rows = values.enumerated().map { index, entry in
                let change: String? = index == 0 ? nil : {
                    let delta = entry.value - values[index - 1].value
                    return delta == 0 ? "=" : (delta > 0 ? "+" : "") + v.l.number(delta)
                }()
                return ValueRow(
                    period: v.l.period(entry.period), url: v.link(Permalinks.report(entry.period)),
                    value: v.l.measure(entry.value, kind: indicator.kind, unit: indicator.unit), change: change)
            }
            let baseline = indicator.baseline.map { b in
                v.l.measure(b.value, kind: indicator.kind, unit: indicator.unit)
                    + (b.date.map { " (\(v.l.date($0)))" } ?? "")
            }
            let chart = v.place(v.trendChart(indicator), page: path, file: "xu-huong.svg", withTable: false)
            files.append(chart.file)
            let content = Content(
                card: v.indicatorCard(indicator), kindLabel: v.l.t("kind_" + indicator.kind.rawValue),
                directionLabel: v.l.t("direction_" + indicator.direction.rawValue), unit: indicator.unit,
                baseline: baseline, source: indicator.source, planReference: indicator.planReference,
                body: v.transcribed(indicator.body), values: rows, hasValues: !rows.isEmpty,
                tasks: site.tasks.filter { $0.indicators.contains(indicator.id) }.map(v.taskRow),
                news: site.news(relatedTo: indicator.id).map(v.newsCard), chart: chart.view,
                targetText: indicator.target.value == nil ? nil : indicator.target.text)
            let updated = state?.latest.flatMap { latest in site.reports.last { $0.period == latest.period }?.published }
            let meta = v.meta(
                title: indicator.title, description: v.targetLabel(indicator), path: path, kind: "indicator",
                crumbs: [Crumb(title: v.l.t("nav_indicators"), url: v.link(Permalinks.indicators))], updated: updated,
                feedbackID: indicator.id, source: indicator.origin, feed: true)
            files.append(try r.page("indicator", path: path, meta: meta, content: content))
        }
        return files
    }
}
