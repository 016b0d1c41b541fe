/// JSON text for the open-data files, written directly: keys sorted, two-space indentation, whole numbers without a
/// decimal point. Foundation's serializer, which sorts through `AnyHashable`, took a seventh of a large build.
enum JSONText {
    static func render(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: "", into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private static func write(_ value: JSONValue, indent: String, into out: inout [UInt8]) {
        switch value {
        case let .text(text):
            JSONFeed.appendQuoted(text, to: &out)
        case let .flag(flag):
            out.appendUTF8(flag ? "true" : "false")
        case let .integer(integer):
            out.appendUTF8(String(integer))
        case let .number(number):
            out.appendUTF8(number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null")
        case let .object(object):
            guard !object.isEmpty else { out.appendUTF8("{}"); return }
            let inner = indent + "  "
            out.appendUTF8("{\n")
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.appendUTF8(",\n") }
                out.appendUTF8(inner)
                JSONFeed.appendQuoted(key, to: &out)
                out.appendUTF8(": ")
                write(object[key] ?? .null, indent: inner, into: &out)
            }
            out.appendUTF8("\n")
            out.appendUTF8(indent)
            out.appendUTF8("}")
        case let .array(array):
            guard !array.isEmpty else { out.appendUTF8("[]"); return }
            let inner = indent + "  "
            out.appendUTF8("[\n")
            for (index, element) in array.enumerated() {
                if index > 0 { out.appendUTF8(",\n") }
                out.appendUTF8(inner)
                write(element, indent: inner, into: &out)
            }
            out.appendUTF8("\n")
            out.appendUTF8(indent)
            out.appendUTF8("]")
        case .null:
            out.appendUTF8("null")
        }
    }
}
