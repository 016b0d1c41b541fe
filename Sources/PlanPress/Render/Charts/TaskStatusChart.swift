/// A stacked bar of tasks by status, with a legend that names each status and its count.
struct TaskStatusChart {
    let counts: [TaskStatus: Int]
    let scope: String
    let l: Localizer
    let id: String

    static let width = 400.0

    func render() -> Chart {
        let title = l.t("chart_status_title", ["scope": scope])
        let total = counts.values.reduce(0, +)
        let parts = TaskStatus.allCases.map { "\(l.status($0)) \(counts[$0] ?? 0)" }.joined(separator: "; ")
        let description = "\(title): \(total) \(l.t("tasks_unit")); \(parts)."
        guard total > 0 else {
            return Chart(svg: ChartFrame.empty(id: id, title: title, message: l.t("no_tasks")), title: title, description: description)
        }
        var svg = SVGDocument()
        svg.raw(StatusStyle.patterns(id: id))
        let barWidth = Self.width - 16
        var x = 8.0
        for status in TaskStatus.allCases {
            let count = counts[status] ?? 0
            guard count > 0 else { continue }
            let width = barWidth * Double(count) / Double(total)
            svg.element("rect", ["x": SVGDocument.n(x), "y": "8", "width": SVGDocument.n(width), "height": "28", "fill": StatusStyle.fill(status, id: id), "stroke": "#ffffff", "stroke-width": "1"])
            if width >= 22 {
                svg.element("rect", ["x": SVGDocument.n(x + width / 2 - 10), "y": "13", "width": "20", "height": "18", "rx": "3", "fill": "#ffffff"])
                svg.element("text", ["x": SVGDocument.n(x + width / 2), "y": "27", "text-anchor": "middle", "font-size": "12", "font-weight": "bold"], text: String(count))
            }
            x += width
        }
        for (index, status) in TaskStatus.allCases.enumerated() {
            let column = Double(index % 2) * 196
            let row = Double(index / 2)
            let top = 50 + row * 22
            svg.element("rect", ["x": SVGDocument.n(8 + column), "y": SVGDocument.n(top), "width": "16", "height": "16", "fill": StatusStyle.fill(status, id: id), "stroke": StatusStyle.color(status)])
            svg.element("text", ["x": SVGDocument.n(30 + column), "y": SVGDocument.n(top + 13), "font-size": "13"], text: "\(l.status(status)): \(counts[status] ?? 0)")
        }
        let height = 50 + Double((TaskStatus.allCases.count + 1) / 2) * 22 + 4
        let table = ChartTable(
            caption: title, headers: [l.t("col_status"), l.t("tasks_title")],
            rows: TaskStatus.allCases.map { ChartTable.Row(cells: [l.status($0), String(counts[$0] ?? 0)]) })
        return Chart(
            svg: ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, description: description, body: svg.markup),
            title: title, description: description, table: table)
    }
}
