import FlyingFox
import Foundation

/// WebSocket frames on the wire (RFC 6455 §5.2), for the live-reload socket: the server's frames are encoded,
/// the page's are decoded with a bound on their size. Pure, so it can be fuzzed.
public enum WebSocketFrames {
    /// The largest payload taken from a page. Its script sends nothing but control frames (125 bytes at most).
    public static let largestPayload = 64 * 1024

    /// What the bytes so far hold.
    public enum Decoded: Equatable, Sendable {
        case frame(WSFrame, consumed: Int)
        case needMore
        /// Not a frame a client may send: unmasked, too long, or a control frame split or over 125 bytes.
        case invalid
    }

    /// The first frame at the start of `bytes`.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> Decoded {
        guard bytes.count >= 2 else { return .needMore }
        let first = bytes[bytes.startIndex], second = bytes[bytes.startIndex + 1]
        let opcode = first & 0x0F
        guard second & 0x80 != 0 else { return .invalid }
        var length = Int(second & 0x7F)
        var offset = 2
        if length == 126 || length == 127 {
            let size = length == 126 ? 2 : 8
            guard bytes.count >= offset + size else { return .needMore }
            length = 0
            for byte in bytes.dropFirst(offset).prefix(size) {
                guard length <= largestPayload else { return .invalid }
                length = length << 8 | Int(byte)
            }
            offset += size
        }
        guard length <= largestPayload, opcode < 8 || (length <= 125 && first & 0x80 != 0) else { return .invalid }
        guard bytes.count >= offset + 4 + length else { return .needMore }
        let mask = Array(bytes.dropFirst(offset).prefix(4))
        var payload = Data(bytes.dropFirst(offset + 4).prefix(length))
        for index in payload.indices { payload[index] ^= mask[(index - payload.startIndex) % 4] }
        let frame = WSFrame(
            fin: first & 0x80 != 0, rsv1: first & 0x40 != 0, rsv2: first & 0x20 != 0, rsv3: first & 0x10 != 0,
            opcode: WSFrame.Opcode(opcode), mask: nil, payload: payload)
        return .frame(frame, consumed: offset + 4 + length)
    }

    /// A server frame, unmasked as RFC 6455 §5.1 requires.
    public static func encode(_ frame: WSFrame) -> Data {
        var byte0 = frame.opcode.rawValue & 0x0F
        if frame.fin { byte0 |= 0x80 }
        if frame.rsv1 { byte0 |= 0x40 }
        if frame.rsv2 { byte0 |= 0x20 }
        if frame.rsv3 { byte0 |= 0x10 }
        var data = Data([byte0])
        let count = frame.payload.count
        if count <= 125 {
            data.append(UInt8(count))
        } else if count <= Int(UInt16.max) {
            data.append(contentsOf: [126, UInt8(count >> 8), UInt8(count & 0xFF)])
        } else {
            data.append(127)
            data.append(contentsOf: (0..<8).reversed().map { UInt8((count >> ($0 * 8)) & 0xFF) })
        }
        data.append(frame.payload)
        return data
    }
}
