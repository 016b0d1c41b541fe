/// Horizontal bars, 0–100%, one per area, each with its value written on it.
struct AreaProgressChart {
    let areas: [(area: Area, progress: Double)]
    let l: Localizer
    let id: String

    static let width = 400.0
    static let rowHeight = 44.0

    func render() -> Chart {
        let title = l.t("chart_area_progress_title")
        let description = title + ": " + areas.map { "\($0.area.id). \($0.area.title) \(l.percent($0.progress))" }.joined(separator: "; ") + "."
        guard !areas.isEmpty else {
            return Chart(svg: ChartFrame.empty(id: id, title: title, message: l.t("no_value_yet")), title: title, description: description)
        }
        let barLeft = 8.0
        let barWidth = Self.width - 60
        var svg = SVGDocument()
        for (index, entry) in areas.enumerated() {
            let top = 8 + Double(index) * Self.rowHeight
            svg.element("text", ["x": SVGDocument.n(barLeft), "y": SVGDocument.n(top + 12), "font-size": "12"], text: "\(entry.area.id). \(Self.shorten(entry.area.title, to: 58))")
            svg.element("rect", ["x": SVGDocument.n(barLeft), "y": SVGDocument.n(top + 18), "width": SVGDocument.n(barWidth), "height": "16", "fill": "#f4f6f8", "stroke": ChartFrame.mutedColor, "stroke-width": "1"])
            let filled = barWidth * min(100, max(0, entry.progress)) / 100
            svg.element("rect", ["x": SVGDocument.n(barLeft), "y": SVGDocument.n(top + 18), "width": SVGDocument.n(filled), "height": "16", "fill": StatusStyle.color(.onTrack)])
            svg.element("text", ["x": SVGDocument.n(barLeft + barWidth + 6), "y": SVGDocument.n(top + 31), "font-size": "13", "font-weight": "bold"], text: l.percent(entry.progress))
        }
        let height = 16 + Double(areas.count) * Self.rowHeight
        let table = ChartTable(
            caption: title, headers: [l.t("area"), l.t("col_progress")],
            rows: areas.map { ChartTable.Row(cells: ["\($0.area.id). \($0.area.title)", l.percent($0.progress)]) })
        return Chart(
            svg: ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, description: description, body: svg.markup),
            title: title, description: description, table: table)
    }

    static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
