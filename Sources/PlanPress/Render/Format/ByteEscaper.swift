/// Escapes text for one output format on its UTF-8 bytes: runs of bytes that need nothing are copied whole,
/// and the ASCII bytes the format reserves are replaced from a table. Feeds and pages escape megabytes of text.
struct ByteEscaper: Sendable {
    /// For each of the 256 byte values, 0 when it is copied as it is; otherwise where its replacement lies in
    /// `replacementBytes`, as offset × 16 + length. One load per byte both tests the byte and finds its replacement.
    private let table: [UInt16]
    /// Every replacement's UTF-8 bytes, one after another.
    private let replacementBytes: [UInt8]

    /// The five characters HTML and XML reserve, for element content and attribute values alike.
    static let markup = ByteEscaper(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

    /// `replacements` maps ASCII characters to their escaped form, of at most 15 bytes.
    init(_ replacements: [Character: String]) {
        var table = [UInt16](repeating: 0, count: 256)
        var bytes: [UInt8] = []
        for (character, replacement) in replacements.sorted(by: { $0.key < $1.key }) {
            guard let byte = character.asciiValue, (1...15).contains(replacement.utf8.count) else { continue }
            table[Int(byte)] = UInt16(bytes.count) << 4 | UInt16(replacement.utf8.count)
            bytes += replacement.utf8
        }
        self.table = table
        replacementBytes = bytes
    }

    /// Appends `text`, escaped, to a page's bytes.
    func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends UTF-8 `bytes`, escaped.
    func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0, to: &output) }
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        table.withUnsafeBufferPointer { table in
            replacementBytes.withUnsafeBufferPointer { replacements in
                var runStart = 0
                for index in bytes.indices {
                    let entry = table[Int(bytes[index])]
                    if entry == 0 { continue }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    let start = Int(entry >> 4)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: replacements[start..<start + Int(entry & 15)]))
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
