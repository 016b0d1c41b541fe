/// A value of the open-data JSON files. Written as literals where the shape is fixed (the schemas) and from the
/// content model elsewhere; `JSONText` writes it without asking any value for its type at run time.
enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral
{
    case text(String)
    case flag(Bool)
    case integer(Int)
    case number(Double)
    case array([JSONValue])
    /// Written with its keys sorted.
    case object([String: JSONValue])
    case null

    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(nilLiteral: ()) { self = .null }

    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements) { first, _ in first })
    }

    /// Text, or null when there is none.
    init(_ text: String?) { self = text.map(JSONValue.text) ?? .null }
    /// A number, or null when there is none.
    init(_ number: Double?) { self = number.map(JSONValue.number) ?? .null }
    init(_ texts: [String]) { self = .array(texts.map(JSONValue.text)) }

    /// The fields of an object; empty for any other value.
    var fields: [String: JSONValue] {
        if case let .object(fields) = self { return fields }
        return [:]
    }
}
