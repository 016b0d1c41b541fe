/// HTML the build rendered from Markdown, kept as the UTF-8 bytes cmark-gfm wrote. Pages copy it as it is: making
/// it a `String` checked every byte of every story once more, for nothing.
public struct HTMLFragment: Sendable, Equatable, Encodable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Templates get the bytes (`TemplateData.markup`); any other encoder, the text.
    public func encode(to encoder: any Encoder) throws {
        if let node = encoder as? TemplateDataEncoder.Node {
            node.receive(.markup(bytes))
            return
        }
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
