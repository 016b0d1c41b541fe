/// The shell every chart shares: an accessible `<svg>` with title and description, sized by its viewBox.
///
/// Text is real SVG text in the system font; colours are plain values so a standalone `.svg` file looks the same.
enum ChartFrame {
    static let font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
    static let textColor = "#1b1f24"
    static let mutedColor = "#4d5560"
    static let gridColor = "#c9d1d9"
    static let lineColor = "#0b4f8a"
    static let targetColor = "#a3262a"

    /// Wraps `body` in an `<svg>` of `width` × `height` viewBox units with `role="img"`, `<title>` and `<desc>`.
    static func wrap(id: String, width: Double, height: Double, title: String, description: String, body: String) -> String {
        var svg = SVGDocument()
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(SVGDocument.n(width)) \(SVGDocument.n(height))",
                "role": "img", "aria-labelledby": "\(id)-title \(id)-desc", "class": "chart-svg",
                "font-family": font, "font-size": "13", "fill": textColor,
            ])
        svg.element("title", ["id": "\(id)-title"], text: title)
        svg.element("desc", ["id": "\(id)-desc"], text: description)
        svg.raw(body)
        svg.close("svg")
        return svg.markup
    }

    /// The placeholder for a chart with no data: a framed box saying so, never an empty axis.
    static func empty(id: String, title: String, message: String) -> String {
        var body = SVGDocument()
        body.element(
            "rect", ["x": "1", "y": "1", "width": "398", "height": "78", "rx": "6", "fill": "#f4f6f8", "stroke": gridColor])
        body.element("text", ["x": "200", "y": "45", "text-anchor": "middle", "fill": mutedColor], text: message)
        return wrap(id: id, width: 400, height: 80, title: title, description: message, body: body.markup)
    }
}
