/// A field name with a hash made once: when the encoder stores the field, and when a template is compiled.
/// A template's lookups then compare integers, where a dictionary would hash the name on every tag of every page.
struct TemplateKey: Sendable, Equatable {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        self.hash = Self.fnv1a(name)
    }

    /// FNV-1a: a few cycles per byte for names of a few bytes, read from the name's storage (iterating the
    /// UTF-8 view cost more than the hashing).
    private static func fnv1a(_ name: String) -> UInt64 {
        func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
        if let stored = name.utf8.withContiguousStorageIfAvailable(hash) { return stored }
        return Array(name.utf8).withUnsafeBufferPointer(hash)
    }

    /// Names differ in hash almost always; the names are compared only when the hashes match.
    static func == (a: TemplateKey, b: TemplateKey) -> Bool { a.hash == b.hash && a.name == b.name }
}

/// The fields of a view: a few dozen at most, kept in the order they were encoded and searched one by one by
/// hash. Equal maps hold the same fields, in any order.
struct TemplateMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    struct Field: Sendable {
        let key: TemplateKey
        var value: TemplateData
    }

    /// One array for names and values: a view's map is built field by field for every page, and each array
    /// is an allocation and a few regrowths.
    private(set) var entries: [Field] = []

    init() {}

    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    init(dictionaryLiteral elements: (String, TemplateData)...) {
        for (name, value) in elements { self[TemplateKey(name)] = value }
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// The fields as name and value, in the order they were set.
    var fields: [(String, TemplateData)] { entries.map { ($0.key.name, $0.value) } }

    /// The fields by name, for the reference renderer and other encoders.
    var dictionary: [String: TemplateData] { Dictionary(uniqueKeysWithValues: fields) }

    subscript(key: TemplateKey) -> TemplateData? {
        get { withUnsafePointer(to: key) { value(named: $0) } }
        set {
            let existing = entries.firstIndex { $0.key == key }
            switch (existing, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append(Field(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value of the field named by `key`, which is read where it lies rather than copied.
    func value(named key: UnsafePointer<TemplateKey>) -> TemplateData? {
        entries.withUnsafeBufferPointer { fields in
            for index in fields.indices where fields[index].key.hash == key.pointee.hash {
                if fields[index].key.name == key.pointee.name { return fields[index].value }
            }
            return nil
        }
    }

    static func == (a: TemplateMap, b: TemplateMap) -> Bool {
        a.count == b.count && a.entries.allSatisfy { field in b[field.key] == field.value }
    }
}
