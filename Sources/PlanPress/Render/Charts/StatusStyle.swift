/// How each task status is drawn: a colour with at least 3:1 contrast on white, and a pattern, so meaning
/// never rests on colour alone.
enum StatusStyle {
    static func color(_ status: TaskStatus) -> String {
        switch status {
        case .notStarted: return "#5c6670"
        case .onTrack: return "#0b6b3a"
        case .atRisk: return "#8a5a00"
        case .delayed: return "#a3262a"
        case .done: return "#0b4f8a"
        }
    }

    /// The fill for a status: solid for on-track and done, patterned for the others.
    static func fill(_ status: TaskStatus, id: String) -> String {
        switch status {
        case .onTrack, .done: return color(status)
        default: return "url(#\(id)-\(status.rawValue))"
        }
    }

    /// `<defs>` with the patterns: dots (not started), stripes (at risk), cross-hatch (delayed and overdue).
    static func patterns(id: String) -> String {
        var svg = SVGDocument()
        svg.open("defs")
        for status in [TaskStatus.notStarted, .atRisk, .delayed] {
            svg.open("pattern", ["id": "\(id)-\(status.rawValue)", "width": "8", "height": "8", "patternUnits": "userSpaceOnUse"])
            svg.element("rect", ["width": "8", "height": "8", "fill": color(status)])
            switch status {
            case .notStarted: svg.element("circle", ["cx": "4", "cy": "4", "r": "1.5", "fill": "#ffffff"])
            case .atRisk: svg.element("path", ["d": "M0 8L8 0", "stroke": "#ffffff", "stroke-width": "1.5"])
            default: svg.element("path", ["d": "M0 8L8 0M0 0L8 8", "stroke": "#ffffff", "stroke-width": "1.2"])
            }
            svg.close("pattern")
        }
        svg.close("defs")
        return svg.markup
    }
}
