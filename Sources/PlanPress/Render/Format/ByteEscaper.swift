/// Escapes text for one output format on its UTF-8 bytes: runs of bytes that need nothing are copied whole,
/// and the ASCII bytes the format reserves are replaced from a table. Feeds and pages escape megabytes of text.
struct ByteEscaper: Sendable {
    /// The replacement of each ASCII byte the format reserves.
    private let strings: [String?]
    /// For each of the 256 byte values, whether it is replaced: the test on every byte of every value.
    private let reserved: [Bool]

    /// The five characters HTML and XML reserve, for element content and attribute values alike.
    static let markup = ByteEscaper(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

    /// `replacements` maps ASCII characters to their escaped form.
    init(_ replacements: [Character: String]) {
        var strings = [String?](repeating: nil, count: 128)
        for (character, replacement) in replacements {
            guard let byte = character.asciiValue else { continue }
            strings[Int(byte)] = replacement
        }
        self.strings = strings
        reserved = (0..<256).map { $0 < 128 && strings[$0] != nil }
    }

    /// Appends `text`, escaped, to a page's bytes.
    func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            reserved.withUnsafeBufferPointer { reserved in
                var runStart = 0
                for index in bytes.indices where reserved[Int(bytes[index])] {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    if let replacement = strings[Int(bytes[index])] { output.appendUTF8(replacement) }
                    runStart = index + 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }
    }

    /// `text` escaped, as a string; the text itself when nothing in it is reserved.
    func escape(_ text: String) -> String {
        var escaped: [UInt8] = []
        append(text, to: &escaped)
        // Every replacement is longer than the byte it replaces: the same length means nothing was replaced.
        return escaped.count == text.utf8.count ? text : String(decoding: escaped, as: UTF8.self)
    }
}
