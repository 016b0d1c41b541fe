import Foundation

/// JSON text for the open-data files, written directly: keys sorted, two-space indentation, whole numbers without a
/// decimal point. Foundation's serializer, which sorts through `AnyHashable`, took a seventh of a large build.
enum JSONText {
    /// `value` is built of `[String: Any]`, arrays, `String`, `Bool`, `Int`, `Double` and `NSNull`.
    static func render(_ value: Any) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out + "\n"
    }

    private static func write(_ value: Any, indent: String, into out: inout String) {
        switch value {
        case let text as String:
            out += JSONFeed.quote(text)
        case let flag as Bool:
            out += flag ? "true" : "false"
        case let integer as Int:
            out += String(integer)
        case let number as Double:
            out += number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null"
        case let object as [String: Any]:
            guard !object.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, key) in object.keys.sorted().enumerated() {
                out += index == 0 ? inner : ",\n" + inner
                out += JSONFeed.quote(key) + ": "
                write(object[key] ?? NSNull(), indent: inner, into: &out)
            }
            out += "\n" + indent + "}"
        case let array as [Any]:
            guard !array.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, element) in array.enumerated() {
                out += index == 0 ? inner : ",\n" + inner
                write(element, indent: inner, into: &out)
            }
            out += "\n" + indent + "]"
        default:
            out += "null"
        }
    }
}
