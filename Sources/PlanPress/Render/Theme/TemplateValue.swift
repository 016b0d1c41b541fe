/// Turns a view value into plain dictionaries and arrays before it reaches Mustache.
///
/// swift-mustache looks struct fields up through `Mirror` on every `{{tag}}`, which dominated render time;
/// a dictionary lookup is cheap. The conversion reflects each value once per page instead.
enum TemplateValue {
    static func convert(_ value: Any) -> Any {
        switch value {
        case let string as String: return string
        case let number as Int: return number
        case let flag as Bool: return flag
        case let number as Double: return number
        case let strings as [String: String]: return strings
        case let dictionary as [String: Any]: return dictionary.mapValues(convert)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return Optional<Any>.none as Any }
            return convert(wrapped)
        case .collection, .set:
            return mirror.children.map { convert($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                let converted = convert(child.value)
                // A nil field is left out, as Mustache treats a missing key: the section does not render.
                if let optional = converted as? OptionalProtocol, optional.isNone { continue }
                fields[label] = converted
            }
            return fields
        default:
            return value
        }
    }
}

private protocol OptionalProtocol {
    var isNone: Bool { get }
}

extension Optional: OptionalProtocol {
    var isNone: Bool { self == nil }
}
