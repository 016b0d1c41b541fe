/// Turns a view into `TemplateData` through its `Encodable` conformance, which the compiler writes for each view:
/// no view is reflected, and a field added to a view reaches the templates without being listed anywhere.
///
/// A nil field is kept, as null: its section does not render, and its name is not looked up further out. Left
/// out, Mustache would find the name in an enclosing view, and a document of the plan's basis with no issuer
/// would be shown as issued by the plan's own issuer. A table of strings, such as the UI strings, is kept whole
/// as `.texts`.
enum TemplateDataEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> TemplateData {
        if let plain = plain(value) { return plain }
        let node = Node()
        // Encoding into a node cannot fail: no container here throws.
        try? value.encode(to: node)
        return node.data
    }

    /// The plain types, told apart by their type before any container is made.
    @inline(__always)
    private static func plain<Value>(_ value: Value) -> TemplateData? {
        if Value.self == String.self, let text = value as? String { return .text(text) }
        if Value.self == Int.self, let integer = value as? Int { return .integer(integer) }
        if Value.self == Bool.self, let flag = value as? Bool { return .flag(flag) }
        if Value.self == Double.self, let number = value as? Double { return .number(number) }
        if Value.self == [String: String].self, let texts = value as? [String: String] { return .texts(texts) }
        if Value.self == TemplateData.self, let data = value as? TemplateData { return data }
        if Value.self == HTMLFragment.self, let html = value as? HTMLFragment { return .markup(html.bytes) }
        return nil
    }

    /// One value being encoded: a map, a list or a single value, whichever container its type asks for.
    final class Node: Encoder {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        enum Shape { case single, map, list }
        var shape = Shape.single
        var fields = TemplateMap()
        var items: [TemplateData] = []
        var single: TemplateData?
        /// Containers nested by hand-written `encode(to:)` methods, resolved when the data is read.
        var nestedFields: [(TemplateKey, Node)] = []
        var nestedItems: [(Int, Node)] = []

        var data: TemplateData {
            switch shape {
            case .single:
                return single ?? .null
            case .map:
                var all = fields
                for (key, node) in nestedFields { all[key] = node.data }
                return .map(all)
            case .list:
                var all = items
                for (index, node) in nestedItems { all.insert(node.data, at: index) }
                return .list(all)
            }
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if shape != .map { fields = TemplateMap(capacity: 8) }
            shape = .map
            return KeyedEncodingContainer(Keyed<Key>(node: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            shape = .list
            return Unkeyed(node: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: self) }

        /// Takes `TemplateData` whole instead of encoding it field by field.
        func receive(_ data: TemplateData) {
            shape = .single
            single = data
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { node.fields[TemplateKey(key.stringValue)] = .null }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
            node.fields[TemplateKey(key.stringValue)] = value.map { .text($0) } ?? .null
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) {
            node.fields[TemplateKey(key.stringValue)] = value.map { .flag($0) } ?? .null
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
            node.fields[TemplateKey(key.stringValue)] = value.map { .integer($0) } ?? .null
        }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) {
            node.fields[TemplateKey(key.stringValue)] = value.map { .number($0) } ?? .null
        }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
            node.fields[TemplateKey(key.stringValue)] = value.map(TemplateDataEncoder.encode) ?? .null
        }
        mutating func encode(_ value: String, forKey key: Key) { node.fields[TemplateKey(key.stringValue)] = .text(value) }
        mutating func encode(_ value: Bool, forKey key: Key) { node.fields[TemplateKey(key.stringValue)] = .flag(value) }
        mutating func encode(_ value: Int, forKey key: Key) { node.fields[TemplateKey(key.stringValue)] = .integer(value) }
        mutating func encode(_ value: Double, forKey key: Key) { node.fields[TemplateKey(key.stringValue)] = .number(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            node.fields[TemplateKey(key.stringValue)] = TemplateDataEncoder.encode(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            nested(key).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            nested(key).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { node }
        mutating func superEncoder(forKey key: Key) -> any Encoder { nested(key) }

        private func nested(_ key: Key) -> Node {
            let child = Node()
            node.nestedFields.append((TemplateKey(key.stringValue), child))
            return child
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var count: Int { node.items.count + node.nestedItems.count }

        mutating func encodeNil() { node.items.append(.null) }
        mutating func encode(_ value: String) { node.items.append(.text(value)) }
        mutating func encode<T: Encodable>(_ value: T) { node.items.append(TemplateDataEncoder.encode(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            nested().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nested().unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { nested() }

        private func nested() -> Node {
            let child = Node()
            node.nestedItems.append((count, child))
            return child
        }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { node.single = .null }
        mutating func encode(_ value: String) { node.single = .text(value) }
        mutating func encode(_ value: Bool) { node.single = .flag(value) }
        mutating func encode(_ value: Int) { node.single = .integer(value) }
        mutating func encode(_ value: Double) { node.single = .number(value) }
        mutating func encode<T: Encodable>(_ value: T) { node.single = TemplateDataEncoder.encode(value) }
    }
}
