import Foundation

/// A page's view as the templates see it: text, numbers, flags, lists and maps, made once per page by
/// `TemplateDataEncoder` so that rendering never inspects Swift types.
enum TemplateData: Sendable, Equatable, Encodable {
    case text(String)
    /// HTML the build rendered, as UTF-8 bytes (`HTMLFragment`); templates treat it as text.
    case markup([UInt8])
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case list([TemplateData])
    case map(TemplateMap)
    /// A table of UI strings (`t`), kept as it is rather than copied into a map for every page.
    case texts([String: String])
    /// An element of a list that was nil.
    case null

    /// Views may hold data made earlier (`Shared`); `TemplateDataEncoder` takes it as it is.
    func encode(to encoder: any Encoder) throws {
        // A class cast, which compares type metadata; asking for a protocol conformance cost a thousand
        // instructions for every shared value of every page.
        if let node = encoder as? TemplateDataEncoder.Node {
            node.receive(self)
            return
        }
        var container = encoder.singleValueContainer()
        switch self {
        case let .text(text): try container.encode(text)
        case let .markup(bytes): try container.encode(String(decoding: bytes, as: UTF8.self))
        case let .integer(integer): try container.encode(integer)
        case let .number(number): try container.encode(number)
        case let .flag(flag): try container.encode(flag)
        case let .list(list): try container.encode(list)
        case let .map(map): try container.encode(map.dictionary)
        case let .texts(texts): try container.encode(texts)
        case .null: try container.encodeNil()
        }
    }

    /// The value as swift-mustache takes it, for rendering with the library itself (the reference renderer).
    var mustacheValue: Any {
        switch self {
        case let .text(text): return text
        case let .markup(bytes): return String(decoding: bytes, as: UTF8.self)
        case let .integer(integer): return integer
        case let .number(number): return number
        case let .flag(flag): return flag
        case let .list(list): return list.map(\.mustacheValue)
        case let .map(map): return map.dictionary.mapValues(\.mustacheValue)
        case let .texts(texts): return texts
        // swift-mustache reads NSNull as a value that is there and empty: found, so the name is not looked up
        // further out, and false in a section.
        case .null: return NSNull()
        }
    }

    /// `field(_:)` for a name read in place, as the renderer's lookups are.
    @inline(__always)
    func field(named key: UnsafePointer<TemplateKey>) -> TemplateData? {
        switch self {
        case let .map(map): return map.value(named: key)
        case let .texts(texts): return texts[key.pointee.name].map(TemplateData.text)
        default: return nil
        }
    }

    /// The field `name` of a map; nil for any other value, as Mustache finds no field in them.
    @inline(__always)
    func field(_ key: TemplateKey) -> TemplateData? {
        switch self {
        case let .map(map): return map[key]
        case let .texts(texts): return texts[key.name].map(TemplateData.text)
        default: return nil
        }
    }
}
