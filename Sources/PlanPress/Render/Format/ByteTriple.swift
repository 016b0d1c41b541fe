import Foundation

/// Looks for a three-byte sequence in a text's UTF-8, jumping from one candidate first byte to the next with
/// `memchr`: the checks for live-data tags (`{{<`) and for JavaScript's line separators run on every story.
enum ByteTriple {
    static func occurs(in text: String, first: UInt8, followedBy rest: (UInt8, UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0, first: first, followedBy: rest) }
    }

    static func occurs(in text: Substring, first: UInt8, followedBy rest: (UInt8, UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0, first: first, followedBy: rest) }
    }

    private static func occurs(in bytes: UnsafeBufferPointer<UInt8>, first: UInt8, followedBy rest: (UInt8, UInt8) -> Bool) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return false }
        var offset = 0
        while offset < bytes.count - 2, let hit = memchr(base + offset, Int32(first), bytes.count - 2 - offset) {
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if rest(bytes[index + 1], bytes[index + 2]) { return true }
            offset = index + 1
        }
        return false
    }
}
