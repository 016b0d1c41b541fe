/// A chart as a page shows it: the inline SVG, the link to its standalone file, and its data table.
struct ChartView: Encodable {
    var svg: String
    var downloadURL: String
    var table: ChartTable?
}

extension ViewFactory {
    /// Places `chart` on the page at `path`: the view for the template and the standalone `.svg` file beside it.
    func place(_ chart: Chart, page path: String, file name: String, withTable: Bool = true) -> (view: ChartView, file: RenderedFile) {
        let view = ChartView(svg: chart.svg, downloadURL: link(path + name), table: withTable ? chart.table : nil)
        let file = RenderedFile(path: path + name, contents: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg + "\n", kind: nil)
        return (view, file)
    }

    func statusChart(_ summary: ProgressSummary, scope: String, id: String = "chart-status") -> Chart {
        TaskStatusChart(counts: summary.countByStatus, scope: scope, l: l, id: id).render()
    }

    func areaProgressChart(id: String = "chart-areas") -> Chart {
        ProgressBarsChart(
            title: l.t("chart_area_progress_title"),
            rows: site.areas.map { ("\($0.id). \($0.title)", site.areaProgress[$0.id]?.progress ?? 0) },
            columnTitle: l.t("area"), l: l, id: id
        ).render()
    }

    func timelineChart(_ tasks: [PlanTask], id: String = "chart-timeline") -> Chart {
        TaskTimelineChart(
            rows: tasks.map {
                TaskTimelineChart.Row(
                    task: $0, status: site.taskStates[$0.id]?.status ?? .notStarted,
                    overdue: site.taskStates[$0.id]?.isOverdue ?? false)
            },
            planStart: site.plan.periodStart, planEnd: site.plan.periodEnd, asOf: site.asOf, l: l, id: id
        ).render()
    }

    /// The indicator's values over every report period, gaps where a report gives none.
    func trendChart(_ indicator: Indicator, id: String = "chart-trend") -> Chart {
        IndicatorTrendChart(
            indicator: indicator,
            series: site.reports.map { ($0.period, $0.indicators[indicator.id]) },
            planStart: site.plan.periodStart, l: l, id: id
        ).render()
    }

    func sparkline(_ indicator: Indicator) -> String? {
        guard let state = site.indicatorStates[indicator.id] else { return nil }
        return Sparkline(values: state.values.map(\.value)).render(invertedScale: indicator.kind == .rank)
    }
}
