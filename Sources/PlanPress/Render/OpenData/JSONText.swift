/// JSON text for the open-data files, written directly: keys sorted, two-space indentation, whole numbers without a
/// decimal point. Foundation's serializer, which sorts through `AnyHashable`, took a seventh of a large build.
enum JSONText {
    static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out + "\n"
    }

    private static func write(_ value: JSONValue, indent: String, into out: inout String) {
        switch value {
        case let .text(text):
            JSONFeed.appendQuoted(text, to: &out)
        case let .flag(flag):
            out += flag ? "true" : "false"
        case let .integer(integer):
            out += String(integer)
        case let .number(number):
            out += number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null"
        case let .object(object):
            guard !object.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out += ",\n" }
                out += inner
                JSONFeed.appendQuoted(key, to: &out)
                out += ": "
                write(object[key] ?? .null, indent: inner, into: &out)
            }
            out += "\n"
            out += indent
            out += "}"
        case let .array(array):
            guard !array.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, element) in array.enumerated() {
                if index > 0 { out += ",\n" }
                out += inner
                write(element, indent: inner, into: &out)
            }
            out += "\n"
            out += indent
            out += "]"
        case .null:
            out += "null"
        }
    }
}
