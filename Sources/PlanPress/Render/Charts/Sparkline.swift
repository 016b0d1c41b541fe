/// A small line of an indicator's values for dashboard cards. It is decorative (hidden from assistive
/// technology): the card states the latest value in text, and the indicator's page has the chart and its table.
struct Sparkline {
    let values: [Double]

    static let width = 120.0
    static let height = 32.0

    /// Nil with fewer than two values: a single point says nothing a number does not.
    func render(invertedScale: Bool) -> String? {
        guard values.count >= 2, let low = values.min(), let high = values.max() else { return nil }
        let y = AxisScale(domain: low == high ? (low - 1)...(high + 1) : low...high, range: 4...(Self.height - 4), flipped: !invertedScale)
        let step = (Self.width - 8) / Double(values.count - 1)
        var path = ""
        for (index, value) in values.enumerated() {
            path += "\(index == 0 ? "M" : "L")\(SVGDocument.n(4 + Double(index) * step)) \(SVGDocument.n(y.position(value)))"
        }
        var svg = SVGDocument()
        svg.element("path", ["d": path, "fill": "none", "stroke": ChartFrame.lineColor, "stroke-width": "2"])
        if let last = values.last {
            svg.element("circle", ["cx": SVGDocument.n(Self.width - 4), "cy": SVGDocument.n(y.position(last)), "r": "3", "fill": ChartFrame.lineColor])
        }
        var frame = SVGDocument()
        frame.open(
            "svg",
            ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(SVGDocument.n(Self.width)) \(SVGDocument.n(Self.height))",
             "aria-hidden": "true", "focusable": "false", "class": "sparkline-svg"])
        frame.raw(svg.markup)
        frame.close("svg")
        return frame.markup
    }
}
