/// Turns a view value into `TemplateData` before it reaches a template.
///
/// Views that list their own fields (`TemplateFields`) are read directly; any other view is reflected with `Mirror`
/// once per page. Nil fields are left out, as Mustache treats a missing key: the section does not render.
enum TemplateValue {
    static func convert(_ value: Any) -> TemplateData {
        convertUnlessNil(value) ?? .null
    }

    /// The converted value, or nil for a nil optional. Values of the plain types are told by their type alone:
    /// a failed dynamic cast costs more than the conversion of most fields.
    static func convertUnlessNil(_ value: Any) -> TemplateData? {
        let type = type(of: value)
        if type == String.self, let text = value as? String { return .text(text) }
        if type == Int.self, let integer = value as? Int { return .integer(integer) }
        if type == Bool.self, let flag = value as? Bool { return .flag(flag) }
        if type == Double.self, let number = value as? Double { return .number(number) }
        if type == [String: String].self, let texts = value as? [String: String] { return .texts(texts) }
        if type == [String: Any].self, let dictionary = value as? [String: Any] {
            return .map(dictionary.compactMapValues(convertUnlessNil))
        }
        if type == TemplateData.self, let data = value as? TemplateData { return data }
        if let view = value as? TemplateFields { return .map(view.templateFields.compactMapValues(convertUnlessNil)) }
        return reflect(value)
    }

    /// The value's fields by reflection; tests compare it with the views that list their own fields.
    static func reflect(_ value: Any) -> TemplateData? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { convertUnlessNil($0.value) }
        case .collection, .set:
            return .list(mirror.children.map { convert($0.value) })
        case .dictionary:
            var fields: [String: TemplateData] = [:]
            for child in mirror.children {
                let pair = Array(Mirror(reflecting: child.value).children)
                guard pair.count == 2, let key = pair[0].value as? String, let converted = convertUnlessNil(pair[1].value)
                else { continue }
                fields[key] = converted
            }
            return .map(fields)
        case .struct, .class:
            var fields: [String: TemplateData] = [:]
            for child in mirror.children {
                guard let label = child.label, let converted = convertUnlessNil(child.value) else { continue }
                fields[label] = converted
            }
            return .map(fields)
        default:
            return .text(String(describing: value))
        }
    }
}
