/// Horizontal bars, 0–100%, one per row (an area, a criteria group), each with its value written on it.
struct ProgressBarsChart {
    let title: String
    let rows: [(label: String, percent: Double)]
    let columnTitle: String
    let l: Localizer
    let id: String

    static let width = 400.0
    static let rowHeight = 44.0

    func render() -> Chart {
        let areas = rows
        let description = title + ": " + rows.map { "\($0.label) \(l.percent($0.percent))" }.joined(separator: "; ") + "."
        guard !areas.isEmpty else {
            return Chart(svg: ChartFrame.empty(id: id, title: title, message: l.t("no_value_yet")), title: title, description: description)
        }
        let barLeft = 8.0
        let barWidth = Self.width - 60
        var svg = SVGDocument()
        for (index, entry) in areas.enumerated() {
            let top = 8 + Double(index) * Self.rowHeight
            svg.element("text", ["x": SVGDocument.n(barLeft), "y": SVGDocument.n(top + 12), "font-size": "12"], text: Self.shorten(entry.label, to: 62))
            svg.element("rect", ["x": SVGDocument.n(barLeft), "y": SVGDocument.n(top + 18), "width": SVGDocument.n(barWidth), "height": "16", "fill": "#f4f6f8", "stroke": ChartFrame.mutedColor, "stroke-width": "1"])
            let filled = barWidth * min(100, max(0, entry.percent)) / 100
            svg.element("rect", ["x": SVGDocument.n(barLeft), "y": SVGDocument.n(top + 18), "width": SVGDocument.n(filled), "height": "16", "fill": StatusStyle.color(.onTrack)])
            svg.element("text", ["x": SVGDocument.n(barLeft + barWidth + 6), "y": SVGDocument.n(top + 31), "font-size": "13", "font-weight": "bold"], text: l.percent(entry.percent))
        }
        let height = 16 + Double(areas.count) * Self.rowHeight
        let table = ChartTable(
            caption: title, headers: [columnTitle, l.t("col_progress")],
            rows: rows.map { ChartTable.Row(cells: [$0.label, l.percent($0.percent)]) })
        return Chart(
            svg: ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, description: description, body: svg.markup),
            title: title, description: description, table: table)
    }

    static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
