/// Builds SVG markup; every text and attribute value is escaped unless added with `raw`.
struct SVGDocument {
    private(set) var markup = ""

    /// One element; attribute values are escaped, `nil` values left out.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, text: String? = nil) {
        markup += "<\(name)"
        for (key, value) in attributes {
            guard let value else { continue }
            markup += " \(key)=\"\(XMLText.escape(value))\""
        }
        if let text {
            markup += ">\(XMLText.escape(text))</\(name)>"
        } else {
            markup += "/>"
        }
    }

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        markup += "<\(name)"
        for (key, value) in attributes {
            guard let value else { continue }
            markup += " \(key)=\"\(XMLText.escape(value))\""
        }
        markup += ">"
    }

    mutating func close(_ name: String) { markup += "</\(name)>" }

    /// Markup this module produced itself, e.g. a path's `d` data; never content text.
    mutating func raw(_ text: String) { markup += text }

    /// A number for coordinates: at most one decimal, no exponent.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        guard rounded.isFinite else { return "0" }
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}

/// A finished chart: its SVG, and the words and data that say the same thing.
struct Chart {
    var svg: String
    var title: String
    var description: String
    var table: ChartTable?
}

/// The chart's data as rows for an HTML table.
struct ChartTable: Encodable {
    struct Row: Encodable {
        var cells: [String]
    }

    var caption: String
    var headers: [String]
    var rows: [Row]
}
