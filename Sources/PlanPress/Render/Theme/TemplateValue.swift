/// Turns a view value into plain dictionaries and arrays before it reaches Mustache.
///
/// swift-mustache looks struct fields up through `Mirror` on every `{{tag}}`, which dominated render time;
/// a dictionary lookup is cheap. The conversion reflects each value once per page instead.
enum TemplateValue {
    static func convert(_ value: Any) -> Any {
        convertUnlessNil(value) ?? Optional<Any>.none as Any
    }

    /// The converted value, or nil for a nil optional. Values of the plain types are told by their type alone:
    /// a failed dynamic cast costs more than the conversion of most fields.
    static func convertUnlessNil(_ value: Any) -> Any? {
        let type = type(of: value)
        if type == String.self || type == Int.self || type == Bool.self || type == Double.self
            || type == [String: String].self
        {
            return value
        }
        if type == [String: Any].self, let dictionary = value as? [String: Any] {
            return dictionary.mapValues(convert)
        }
        if let view = value as? TemplateFields { return view.templateFields }
        return reflect(value)
    }

    /// The value's fields by reflection; tests compare it with the views that list their own fields.
    static func reflect(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { convertUnlessNil($0.value) }
        case .collection, .set:
            return mirror.children.map { convert($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                // A nil field is left out, as Mustache treats a missing key: the section does not render.
                guard let label = child.label, let converted = convertUnlessNil(child.value) else { continue }
                fields[label] = converted
            }
            return fields
        default:
            return value
        }
    }
}
