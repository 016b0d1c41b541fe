/// An indicator's values over the report periods as a line with points, against its target and baseline.
///
/// Time runs from the plan's start to the target year. Ranks read upwards (1 at the top) with the target band
/// shaded. A period with no value breaks the line rather than dropping to zero.
struct IndicatorTrendChart {
    let indicator: Indicator
    /// Every report period of the site, oldest first, with this indicator's value where the report gives one.
    let series: [(period: ReportPeriod, value: Double?)]
    let planStart: CalendarDate
    let l: Localizer
    let id: String

    static let width = 400.0
    static let height = 240.0
    static let plot = (left: 52.0, right: 384.0, top: 24.0, bottom: 200.0)

    var title: String { l.t("chart_trend_title", ["title": indicator.title]) }

    func render() -> Chart {
        let points = series.compactMap { entry in entry.value.map { (entry.period, $0) } }
        let description = describe(points)
        guard !points.isEmpty else {
            return Chart(svg: ChartFrame.empty(id: id, title: title, message: l.t("no_value_yet")), title: title, description: description)
        }
        let xScale = AxisScale(
            domain: Double(planStart.year)...Double(max(indicator.target.byYear, planStart.year) + 1),
            range: Self.plot.left...Self.plot.right, flipped: false)
        let yScale = valueScale(points.map(\.1))
        var svg = SVGDocument()
        drawAxes(&svg, x: xScale, y: yScale)
        drawTarget(&svg, x: xScale, y: yScale)
        drawBaseline(&svg, x: xScale, y: yScale)
        drawLine(&svg, x: xScale, y: yScale)
        let markup = ChartFrame.wrap(id: id, width: Self.width, height: Self.height, title: title, description: description, body: svg.markup)
        return Chart(svg: markup, title: title, description: description)
    }

    /// "Tỷ lệ hồ sơ trực tuyến: Quý 1/2026 78,4%; Quý 2/2026 82%. Mục tiêu: 100% vào năm 2030."
    func describe(_ points: [(ReportPeriod, Double)]) -> String {
        let values = points.map { "\(l.period($0.0)) \(format($0.1))" }.joined(separator: "; ")
        let target = indicator.target.value.map { l.t("target_value", ["value": format($0), "year": String(indicator.target.byYear)]) }
            ?? l.t("target_words", ["text": indicator.target.text ?? "", "year": String(indicator.target.byYear)])
        let data = points.isEmpty ? l.t("no_value_yet") : values
        return "\(indicator.title): \(data). \(l.t("target")): \(target)."
    }

    private func format(_ value: Double) -> String { l.measure(value, kind: indicator.kind, unit: indicator.unit) }

    private var isRank: Bool { indicator.kind == .rank }

    private func valueScale(_ values: [Double]) -> AxisScale {
        var all = values
        if let target = indicator.target.value { all.append(target) }
        if let baseline = indicator.baseline?.value { all.append(baseline) }
        let range = Self.plot.top...Self.plot.bottom
        if isRank {
            let worst = (all.max() ?? 5) + 1
            return AxisScale(domain: 1...max(worst, 5), range: range, flipped: false)
        }
        var domain = AxisScale.niceDomain(all, includingZero: true)
        if indicator.kind == .percent, domain.upperBound > 50, domain.upperBound < 100, all.allSatisfy({ $0 <= 100 }) {
            domain = domain.lowerBound...100
        }
        return AxisScale(domain: domain, range: range, flipped: true)
    }

    private func drawAxes(_ svg: inout SVGDocument, x: AxisScale, y: AxisScale) {
        let p = Self.plot
        let ticks = isRank ? rankTicks(y) : y.ticks(count: 4)
        for tick in ticks {
            let ty = y.position(tick)
            svg.element("line", ["x1": SVGDocument.n(p.left), "x2": SVGDocument.n(p.right), "y1": SVGDocument.n(ty), "y2": SVGDocument.n(ty), "stroke": tick == 0 ? ChartFrame.mutedColor : ChartFrame.gridColor, "stroke-width": "1"])
            svg.element("text", ["x": SVGDocument.n(p.left - 6), "y": SVGDocument.n(ty + 4), "text-anchor": "end", "font-size": "12"], text: tickLabel(tick))
        }
        var year = Int(x.domain.lowerBound.rounded(.up))
        while Double(year) <= x.domain.upperBound {
            let tx = x.position(Double(year))
            svg.element("line", ["x1": SVGDocument.n(tx), "x2": SVGDocument.n(tx), "y1": SVGDocument.n(p.bottom), "y2": SVGDocument.n(p.bottom + 5), "stroke": ChartFrame.mutedColor])
            if Double(year) < x.domain.upperBound {
                svg.element("text", ["x": SVGDocument.n(x.position(Double(year) + 0.5)), "y": SVGDocument.n(p.bottom + 20), "text-anchor": "middle", "font-size": "12"], text: String(year))
            }
            year += 1
        }
        svg.element("line", ["x1": SVGDocument.n(p.left), "x2": SVGDocument.n(p.right), "y1": SVGDocument.n(p.bottom), "y2": SVGDocument.n(p.bottom), "stroke": ChartFrame.mutedColor])
        svg.element("text", ["x": SVGDocument.n(p.left - 44), "y": "14", "font-size": "12", "fill": ChartFrame.mutedColor], text: isRank ? l.t("chart_axis_rank") : unitLabel)
    }

    private var unitLabel: String { indicator.kind == .percent ? "%" : indicator.unit }

    private func tickLabel(_ value: Double) -> String {
        indicator.kind == .percent ? l.number(value) : l.number(value, decimals: isRank ? 0 : 1)
    }

    private func rankTicks(_ y: AxisScale) -> [Double] {
        let high = y.domain.upperBound
        let step = high <= 10 ? 1 : max(1, AxisScale.niceStep(high - 1, count: 4).rounded())
        var ticks: [Double] = [1]
        var value = step
        while value <= high {
            if value > 1 { ticks.append(value) }
            value += step
        }
        return ticks
    }

    private func drawTarget(_ svg: inout SVGDocument, x: AxisScale, y: AxisScale) {
        guard let target = indicator.target.value else { return }
        let p = Self.plot
        let ty = y.position(target)
        if isRank {
            let top = y.position(1)
            svg.element("rect", ["x": SVGDocument.n(p.left), "y": SVGDocument.n(top - 6), "width": SVGDocument.n(p.right - p.left), "height": SVGDocument.n(ty - top + 12), "fill": "#e3f1e8"])
        }
        svg.element("line", ["x1": SVGDocument.n(p.left), "x2": SVGDocument.n(p.right), "y1": SVGDocument.n(ty), "y2": SVGDocument.n(ty), "stroke": ChartFrame.targetColor, "stroke-width": "2", "stroke-dasharray": "6 4"])
        let deadline = x.position(Double(indicator.target.byYear) + 1)
        svg.element("path", ["d": "M\(SVGDocument.n(deadline)) \(SVGDocument.n(ty - 7))l6 7l-6 7l-6 -7z", "fill": ChartFrame.targetColor])
        let label = l.t("chart_target_label", ["value": format(target), "year": String(indicator.target.byYear)])
        let labelY = ty + (ty - p.top < 18 ? 16 : -8)
        svg.element("text", ["x": SVGDocument.n(p.right - 10), "y": SVGDocument.n(labelY), "text-anchor": "end", "font-size": "12", "fill": ChartFrame.targetColor, "font-weight": "bold"], text: label)
    }

    private func drawBaseline(_ svg: inout SVGDocument, x: AxisScale, y: AxisScale) {
        guard let baseline = indicator.baseline else { return }
        let bx = baseline.date.map { x.position(Self.year($0)) } ?? Self.plot.left
        let by = y.position(baseline.value)
        svg.element("rect", ["x": SVGDocument.n(bx - 4), "y": SVGDocument.n(by - 4), "width": "8", "height": "8", "fill": "#ffffff", "stroke": ChartFrame.mutedColor, "stroke-width": "2"])
        svg.element("text", ["x": SVGDocument.n(bx + 8), "y": SVGDocument.n(by + 16), "font-size": "12", "fill": ChartFrame.mutedColor], text: l.t("chart_baseline_label", ["value": format(baseline.value)]))
    }

    private func drawLine(_ svg: inout SVGDocument, x: AxisScale, y: AxisScale) {
        var path = ""
        var penDown = false
        var last: (Double, Double, Double)?
        for entry in series {
            guard let value = entry.value else {
                penDown = false
                continue
            }
            let px = x.position(Self.year(entry.period.end))
            let py = y.position(value)
            path += "\(penDown ? "L" : "M")\(SVGDocument.n(px)) \(SVGDocument.n(py))"
            penDown = true
            last = (px, py, value)
        }
        svg.element("path", ["d": path, "fill": "none", "stroke": ChartFrame.lineColor, "stroke-width": "2.5", "stroke-linejoin": "round"])
        for entry in series {
            guard let value = entry.value else { continue }
            svg.element("circle", ["cx": SVGDocument.n(x.position(Self.year(entry.period.end))), "cy": SVGDocument.n(y.position(value)), "r": "4", "fill": ChartFrame.lineColor, "stroke": "#ffffff", "stroke-width": "1.5"])
        }
        if let (px, py, value) = last {
            svg.element("text", ["x": SVGDocument.n(px + 6), "y": SVGDocument.n(py - 8), "font-size": "13", "font-weight": "bold", "fill": ChartFrame.lineColor], text: format(value))
        }
    }

    /// A date as a fractional year, for the time axis.
    static func year(_ date: CalendarDate) -> Double {
        Double(date.year) + (Double(date.month - 1) + Double(date.day) / Double(CalendarDate.daysIn(month: date.month, year: date.year))) / 12
    }
}
