/// Escapes text for one output format on its UTF-8 bytes: runs of bytes that need nothing are copied whole,
/// and the ASCII bytes the format reserves are replaced from a table. Feeds and pages escape megabytes of text.
struct ByteEscaper: Sendable {
    /// For each of the 256 byte values, 0 when it is copied as it is; otherwise where its replacement lies in
    /// `replacementBytes`, as offset × 16 + length. One load per byte both tests the byte and finds its replacement.
    private let table: [UInt16]
    /// Every replacement's UTF-8 bytes, one after another.
    private let replacementBytes: [UInt8]
    /// The reserved bytes as a test of sixteen bytes at a time; nil when they do not fit it.
    private let scan: BlockTest?

    /// Whether a block of sixteen bytes holds a byte below `below` or equal to one of six others. Most text has
    /// nothing to escape, and is passed over at this speed.
    private struct BlockTest: Sendable {
        let below: SIMD16<UInt8>
        let a, b, c, d, e, f: SIMD16<UInt8>

        /// `below` and up to six other reserved bytes; nil for more.
        init?(below: UInt8, others: [UInt8]) {
            guard let first = others.first, others.count <= 6 else { return nil }
            let padded = others + Array(repeating: first, count: 6 - others.count)
            self.below = SIMD16(repeating: below)
            (a, b, c, d, e, f) = (
                SIMD16(repeating: padded[0]), SIMD16(repeating: padded[1]), SIMD16(repeating: padded[2]),
                SIMD16(repeating: padded[3]), SIMD16(repeating: padded[4]), SIMD16(repeating: padded[5])
            )
        }

        @inline(__always)
        func mayHold(_ block: SIMD16<UInt8>) -> Bool {
            any(block .< below .| block .== a .| block .== b .| block .== c .| block .== d .| block .== e .| block .== f)
        }
    }

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
        // The control characters, when all are reserved (JSON), are one comparison; the rest one each.
        let below = table[0..<0x20].allSatisfy { $0 != 0 } ? UInt8(0x20) : 0
        scan = BlockTest(below: below, others: (Int(below)..<256).filter { table[$0] != 0 }.map(UInt8.init))
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
                var index = skipUnreserved(bytes, from: 0)
                while index < bytes.count {
                    let entry = table[Int(bytes[index])]
                    if entry != 0 {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        let start = Int(entry >> 4)
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: replacements[start..<start + Int(entry & 15)]))
                        runStart = index + 1
                        index = skipUnreserved(bytes, from: runStart)
                    } else {
                        index += 1
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }
    }

    /// The start of the first block of sixteen bytes, from `start`, that may hold a reserved byte; the byte loop
    /// takes over from there.
    @inline(__always)
    private func skipUnreserved(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let scan, let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 16 <= bytes.count {
            if scan.mayHold(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)) { return index }
            index += 16
        }
        return index
    }

    /// `text` escaped, as a string; the text itself when nothing in it is reserved.
    func escape(_ text: String) -> String {
        var escaped: [UInt8] = []
        append(text, to: &escaped)
        // Every replacement is longer than the byte it replaces: the same length means nothing was replaced.
        return escaped.count == text.utf8.count ? text : String(decoding: escaped, as: UTF8.self)
    }
}
