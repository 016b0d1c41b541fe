/// Reads typed fields from one YAML mapping and records a located diagnostic for every missing or mistyped value.
///
/// A decoder asks for each field it knows; whatever the mapping holds beyond those is reported as unknown.
struct FieldReader {
    let document: YAMLDocument
    /// Where to point when a required field is missing.
    let anchor: SourceLocation
    /// The mapping's fields in file order. A list, searched by name: a mapping has a few fields, and a report
    /// has one small mapping per task, so hashing every name into a dictionary cost more than it saved.
    private var pairs: [(name: String, key: YAMLNode, value: YAMLNode)] = []
    private var asked: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Positions of list items (`partners[1]`), recorded as they are read.
    private var itemFields: [(name: String, location: SourceLocation)] = []

    init(document: YAMLDocument, node: YAMLNode?, anchor: SourceLocation) {
        self.document = document
        self.anchor = anchor
        guard let node else { return }
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(
                    at: document.location(of: node), "expected fields (name: value), found \(Self.describe(node))",
                    hint: "write one field per line, e.g. 'title: …'"))
            return
        }
        pairs.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            if pairs.contains(where: { $0.name == name }) {
                diagnostics.append(
                    .error(at: document.location(of: key), "field '\(name)' appears twice", hint: "keep one of them"))
            }
            pairs.append((name, key, value))
        }
    }

    /// Reader for a whole file's front matter.
    init(_ file: LoadedFile) {
        self.init(
            document: file.frontMatter, node: file.frontMatter.root, anchor: SourceLocation(path: file.path))
    }

    var origin: Origin { Origin(path: document.path, fields: fields) }

    /// The position of each field's value, and of each list item read.
    var fields: [String: SourceLocation] {
        var fields = Dictionary(pairs.map { ($0.name, document.location(of: $0.value)) }) { _, later in later }
        for item in itemFields { fields[item.name] = item.location }
        return fields
    }

    /// The field a name stands for; of a field written twice, the later one, as a mapping would keep.
    private func pair(_ name: String) -> (name: String, key: YAMLNode, value: YAMLNode)? {
        pairs.last { $0.name == name }
    }

    /// The keys present in the mapping, in file order, each once (where it was last written). Names are read in
    /// place and remembered in a set: comparing each pair with every later one took quadratic time, which the
    /// three hundred keys of a theme's UI strings felt.
    var keys: [String] {
        var seen = Set<String>(minimumCapacity: pairs.count)
        var keys: [String] = []
        keys.reserveCapacity(pairs.count)
        for index in pairs.indices.reversed() where seen.insert(pairs[index].name).inserted {
            keys.append(pairs[index].name)
        }
        return keys.reversed()
    }

    func location(of node: YAMLNode) -> SourceLocation { document.location(of: node) }

    mutating func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, hint: hint))
    }

    mutating func warning(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location, message, hint: hint))
    }

    /// The raw value of a field, nil when absent or null.
    mutating func value(_ key: String, required: Bool = false) -> YAMLNode? {
        asked.append(key)
        guard let value = pair(key)?.value, !Self.isNull(value) else {
            if required {
                diagnostics.append(
                    .error(at: anchor, "missing required field '\(key)'", hint: "add a line '\(key): …'"))
            }
            return nil
        }
        return value
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        guard let scalar = node.scalar else {
            error(
                at: location(of: node), "'\(key)' must be text, found \(Self.describe(node))",
                hint: "write it on one line after '\(key): ', in quotes if it contains ': '")
            return nil
        }
        let text = Self.trimmed(scalar.string)
        if required, text.isEmpty {
            error(at: location(of: node), "'\(key)' is empty", hint: "write a value after '\(key): '")
            return nil
        }
        return text
    }

    mutating func number(_ key: String, required: Bool = false, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let node = value(key, required: required) else { return nil }
        return number(node, named: key, in: range)
    }

    /// Reads a node as a number, e.g. a report's indicator value.
    mutating func number(_ node: YAMLNode, named key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        let expected = range.map { "a number from \(Self.plain($0.lowerBound)) to \(Self.plain($0.upperBound))" } ?? "a number"
        guard let scalar = node.scalar, scalar.isPlain, let value = Double(scalar.string), value.isFinite else {
            let found = node.scalar.map { "'\($0.string)'" } ?? Self.describe(node)
            let commaHint = node.scalar?.string.contains(",") == true ? " (use a dot for decimals: 87.5)" : ""
            error(
                at: location(of: node), "'\(key)' must be \(expected), found \(found)",
                hint: "write digits without quotes\(commaHint)")
            return nil
        }
        if let range, !range.contains(value) {
            error(
                at: location(of: node), "'\(key)' must be \(expected), found \(Self.plain(value))",
                hint: "use a value from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))")
            return nil
        }
        guard abs(value) <= ContentLimits.largestValue else {
            error(
                at: location(of: node), "'\(key)' is too large: \(scalar.string) is beyond the limit of 10^15",
                hint: "write the number in a larger unit (for example billions of đồng), with at most 15 digits")
            return nil
        }
        // -0 is 0: a page never shows "-0".
        return value == 0 ? 0 : value
    }

    mutating func integer(_ key: String, required: Bool = false, in range: ClosedRange<Double>? = nil) -> Int? {
        guard let node = value(key, required: required), let number = number(node, named: key, in: range) else {
            return nil
        }
        guard number == number.rounded(), let integer = Int(exactly: number) else {
            error(at: location(of: node), "'\(key)' must be a whole number, found \(Self.plain(number))")
            return nil
        }
        return integer
    }

    mutating func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let node = value(key) else { return fallback }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(
                at: location(of: node), "'\(key)' must be true or false, found \(Self.describe(node))",
                hint: "write '\(key): true' or '\(key): false'")
            return fallback
        }
    }

    mutating func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = value(key, required: required) else { return nil }
        return date(node, named: key)
    }

    mutating func date(_ node: YAMLNode, named key: String) -> CalendarDate? {
        guard let text = node.scalar?.string, let date = CalendarDate(iso: text) else {
            let found = node.scalar.map { "'\($0.string)'" } ?? Self.describe(node)
            error(
                at: location(of: node), "'\(key)' must be a date that exists, as YYYY-MM-DD, found \(found)",
                hint: "e.g. '\(key): 2026-09-30'")
            return nil
        }
        guard CalendarDate.years.contains(date.year) else {
            error(
                at: location(of: node), "'\(key)' must be a date from \(CalendarDate.years.lowerBound) to \(CalendarDate.years.upperBound), found '\(text)'",
                hint: "check the year")
            return nil
        }
        return date
    }

    /// A list of texts; a single value is accepted as a list of one.
    mutating func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if let scalar = node.scalar {
            guard !scalar.string.isEmpty else { return [] }
            itemFields.append(("\(key)[0]", location(of: node)))
            return [Self.trimmed(scalar.string)]
        }
        guard let sequence = node.sequence else {
            error(
                at: location(of: node), "'\(key)' must be a list, found \(Self.describe(node))",
                hint: "write '\(key): [a, b]' or one '- item' per line")
            return []
        }
        var items: [String] = []
        for (index, item) in sequence.enumerated() {
            itemFields.append(("\(key)[\(index)]", location(of: item)))
            guard let scalar = item.scalar else {
                error(at: location(of: item), "each item of '\(key)' must be text, found \(Self.describe(item))")
                continue
            }
            items.append(Self.trimmed(scalar.string))
        }
        return items
    }

    /// One of a fixed set of words, e.g. a status or a direction.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = false, as type: Choice.Type = Choice.self
    ) -> Choice? where Choice.RawValue == String {
        guard let node = value(key, required: required) else { return nil }
        return choice(node, named: key)
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, named key: String) -> Choice?
    where Choice.RawValue == String {
        let known = Choice.allCases.map(\.rawValue)
        guard let text = node.scalar?.string, let value = Choice(rawValue: text) else {
            let found = node.scalar.map { "'\($0.string)'" } ?? Self.describe(node)
            error(
                at: location(of: node), "unknown \(key) \(found)",
                hint: "use one of: \(known.joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A nested mapping's reader; its diagnostics come back through `absorb`.
    mutating func nested(_ key: String, required: Bool = false) -> FieldReader? {
        guard let node = value(key, required: required) else { return nil }
        let reader = FieldReader(document: document, node: node, anchor: location(of: node))
        return reader
    }

    /// The entries of a mapping field whose keys are ids (e.g. a report's tasks).
    mutating func entries(_ key: String) -> [(key: String, location: SourceLocation, value: YAMLNode)] {
        guard let node = value(key) else { return [] }
        guard let mapping = node.mapping else {
            error(
                at: location(of: node), "'\(key)' must be a map of id: value, found \(Self.describe(node))",
                hint: "write one 'id: value' per line, indented under '\(key):'")
            return []
        }
        var seen = Set<String>()
        var result: [(key: String, location: SourceLocation, value: YAMLNode)] = []
        for (k, v) in mapping {
            let name = k.scalar?.string ?? ""
            if !seen.insert(name).inserted {
                error(at: location(of: k), "'\(name)' appears twice in '\(key)'", hint: "keep one of them")
                continue
            }
            result.append((name, location(of: k), v))
        }
        return result
    }

    mutating func absorb(_ other: FieldReader) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Warns about every field no decoder asked for: usually a typo.
    mutating func reportUnknownFields(in what: String) {
        for name in keys where !asked.contains(name) {
            guard let key = pair(name)?.key else { continue }
            let suggestion = asked.min { Self.distance($0, name) < Self.distance($1, name) }
            let hint = suggestion.flatMap { Self.distance($0, name) <= 2 ? "did you mean '\($0)'?" : nil }
                ?? "known fields: \(asked.joined(separator: ", "))"
            warning(at: location(of: key), "unknown field '\(name)' in \(what)", hint: hint)
        }
    }

    // MARK: - Helpers

    /// The text without surrounding whitespace; most values have none, and skip Foundation's trimming.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func isNull(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node.value {
        case let .scalar(scalar): return "'\(scalar.string)'"
        case .mapping: return "a map of fields"
        case .sequence: return "a list"
        }
    }

    /// A number as people write it: `1000000000000000`, `0.00001`, never `1e+15` or `1e-05`. Numbers beyond the
    /// content limit (only ever shown in errors) keep the exponent.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) <= ContentLimits.largestValue { return String(Int(value)) }
        let text = String(value)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]), exponent < 0 else {
            return text
        }
        // Shortest digits, e.g. "1.5e-05": the point moves left by the exponent.
        let negative = text.hasPrefix("-")
        let digits = text[..<e].filter(\.isNumber)
        let zeros = String(repeating: "0", count: -exponent - 1)
        var fraction = zeros + digits
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + "0." + fraction
    }

    /// Edit distance, for "did you mean" hints.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
