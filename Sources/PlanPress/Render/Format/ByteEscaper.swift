/// Escapes text for one output format on its UTF-8 bytes: runs of bytes that need nothing are copied whole,
/// and the ASCII bytes the format reserves are replaced from a table. Feeds and pages escape megabytes of text.
struct ByteEscaper: Sendable {
    private let table: [[UInt8]?]

    /// `replacements` maps ASCII characters to their escaped form.
    init(_ replacements: [Character: String]) {
        var table = [[UInt8]?](repeating: nil, count: 128)
        for (character, replacement) in replacements {
            guard let byte = character.asciiValue else { continue }
            table[Int(byte)] = Array(replacement.utf8)
        }
        self.table = table
    }

    func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            var runStart = 0
            for index in bytes.indices where bytes[index] < 128 {
                guard let replacement = table[Int(bytes[index])] else { continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + bytes.count / 8 + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: replacement)
                runStart = index + 1
            }
            guard runStart > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }
}
