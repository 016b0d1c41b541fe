/// The tasks on the plan's time axis: a bar from start to deadline, marks for yearly tasks, a line at the
/// report date, and overdue tasks in their own pattern.
struct TaskTimelineChart {
    struct Row {
        var task: PlanTask
        var status: TaskStatus
        var overdue: Bool
    }

    let rows: [Row]
    let planStart: CalendarDate
    let planEnd: CalendarDate
    let asOf: CalendarDate?
    let l: Localizer
    let id: String

    static let width = 400.0
    static let rowHeight = 20.0
    static let plot = (left: 56.0, right: 392.0, top: 28.0)

    func render() -> Chart {
        let title = l.t("chart_timeline_title")
        let overdue = rows.filter(\.overdue).map(\.task.id)
        let description = l.t("chart_timeline_desc", [
            "count": String(rows.count), "start": l.date(planStart), "end": l.date(planEnd),
            "overdue": overdue.isEmpty ? l.t("none") : overdue.joined(separator: ", "),
        ])
        guard !rows.isEmpty else {
            return Chart(svg: ChartFrame.empty(id: id, title: title, message: l.t("no_tasks")), title: title, description: description)
        }
        let x = AxisScale(domain: Double(planStart.year)...Double(planEnd.year + 1), range: Self.plot.left...Self.plot.right, flipped: false)
        let bottom = Self.plot.top + Double(rows.count) * Self.rowHeight
        var svg = SVGDocument()
        svg.raw(StatusStyle.patterns(id: id))
        svg.raw(overduePattern)
        for year in planStart.year...(planEnd.year + 1) {
            let tx = x.position(Double(year))
            svg.element("line", ["x1": SVGDocument.n(tx), "x2": SVGDocument.n(tx), "y1": SVGDocument.n(Self.plot.top - 4), "y2": SVGDocument.n(bottom), "stroke": ChartFrame.gridColor])
            if year <= planEnd.year {
                svg.element("text", ["x": SVGDocument.n(x.position(Double(year) + 0.5)), "y": "16", "text-anchor": "middle", "font-size": "12"], text: String(year))
            }
        }
        for (index, row) in rows.enumerated() {
            let top = Self.plot.top + Double(index) * Self.rowHeight
            svg.element("text", ["x": "4", "y": SVGDocument.n(top + 14), "font-size": "12"], text: row.task.id)
            let fill = row.overdue ? "url(#\(id)-overdue)" : StatusStyle.fill(row.status, id: id)
            let stroke = row.overdue ? ChartFrame.targetColor : StatusStyle.color(row.status)
            if let deadline = row.task.due.deadline {
                let start = row.task.due.start ?? planStart
                let x1 = x.position(IndicatorTrendChart.year(min(start, deadline)))
                let x2 = max(x1 + 4, x.position(IndicatorTrendChart.year(deadline)))
                svg.element("rect", ["x": SVGDocument.n(x1), "y": SVGDocument.n(top + 4), "width": SVGDocument.n(x2 - x1), "height": "12", "fill": fill, "stroke": stroke, "stroke-width": row.overdue ? "2" : "1"])
            } else {
                for year in planStart.year...planEnd.year {
                    let mx = x.position(Double(year) + 1) - 6
                    svg.element("path", ["d": "M\(SVGDocument.n(mx)) \(SVGDocument.n(top + 3))l6 7l-6 7l-6 -7z", "fill": fill, "stroke": stroke])
                }
            }
        }
        if let asOf {
            let ax = x.position(IndicatorTrendChart.year(asOf))
            svg.element("line", ["x1": SVGDocument.n(ax), "x2": SVGDocument.n(ax), "y1": SVGDocument.n(Self.plot.top - 6), "y2": SVGDocument.n(bottom + 4), "stroke": ChartFrame.textColor, "stroke-width": "2", "stroke-dasharray": "4 3"])
            svg.element("text", ["x": SVGDocument.n(ax + 4), "y": SVGDocument.n(bottom + 18), "font-size": "12"], text: l.t("chart_report_date", ["date": l.date(asOf)]))
        }
        let legendTop = bottom + 30
        svg.element("rect", ["x": "4", "y": SVGDocument.n(legendTop), "width": "16", "height": "12", "fill": "url(#\(id)-overdue)", "stroke": ChartFrame.targetColor, "stroke-width": "2"])
        svg.element("text", ["x": "26", "y": SVGDocument.n(legendTop + 11), "font-size": "12"], text: l.t("overdue"))
        svg.element("path", ["d": "M150 \(SVGDocument.n(legendTop - 1))l6 7l-6 7l-6 -7z", "fill": StatusStyle.color(.onTrack)])
        svg.element("text", ["x": "162", "y": SVGDocument.n(legendTop + 11), "font-size": "12"], text: l.t("due_yearly"))
        let height = legendTop + 22
        let table = ChartTable(
            caption: title, headers: [l.t("col_id"), l.t("col_due"), l.t("col_status"), l.t("overdue")],
            rows: rows.map {
                ChartTable.Row(cells: [$0.task.id, $0.task.dueText ?? l.due($0.task.due), l.status($0.status), $0.overdue ? l.t("overdue") : ""])
            })
        return Chart(
            svg: ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, description: description, body: svg.markup),
            title: title, description: description, table: table)
    }

    private var overduePattern: String {
        var svg = SVGDocument()
        svg.open("defs")
        svg.open("pattern", ["id": "\(id)-overdue", "width": "6", "height": "6", "patternUnits": "userSpaceOnUse"])
        svg.element("rect", ["width": "6", "height": "6", "fill": "#ffffff"])
        svg.element("path", ["d": "M0 0V6M3 0V6", "stroke": ChartFrame.targetColor, "stroke-width": "1.5"])
        svg.close("pattern")
        svg.close("defs")
        return svg.markup
    }
}
