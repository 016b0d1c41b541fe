/// A field name with a hash made once: when the encoder stores the field, and when a template is compiled.
/// A template's lookups then compare integers, where a dictionary would hash the name on every tag of every page.
struct TemplateKey: Sendable, Equatable {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        // FNV-1a: a few cycles per byte for names of a few bytes.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        self.hash = hash
    }

    /// Names differ in hash almost always; the names are compared only when the hashes match.
    static func == (a: TemplateKey, b: TemplateKey) -> Bool { a.hash == b.hash && a.name == b.name }
}

/// The fields of a view: a few dozen at most, kept in the order they were encoded and searched one by one by
/// hash. Equal maps hold the same fields, in any order.
struct TemplateMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private(set) var keys: [TemplateKey] = []
    private(set) var values: [TemplateData] = []

    init() {}

    init(dictionaryLiteral elements: (String, TemplateData)...) {
        for (name, value) in elements { self[TemplateKey(name)] = value }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The fields as name and value, in the order they were set.
    var fields: Zip2Sequence<[String], [TemplateData]> { zip(keys.map(\.name), values) }

    /// The fields by name, for the reference renderer and other encoders.
    var dictionary: [String: TemplateData] { Dictionary(uniqueKeysWithValues: fields) }

    subscript(key: TemplateKey) -> TemplateData? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            let existing = keys.firstIndex(of: key)
            switch (existing, newValue) {
            case let (index?, value?): values[index] = value
            case let (index?, nil):
                keys.remove(at: index)
                values.remove(at: index)
            case let (nil, value?):
                keys.append(key)
                values.append(value)
            case (nil, nil): break
            }
        }
    }

    static func == (a: TemplateMap, b: TemplateMap) -> Bool {
        a.count == b.count && zip(a.keys, a.values).allSatisfy { key, value in b[key] == value }
    }
}
