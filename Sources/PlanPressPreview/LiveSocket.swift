import FlyingFox
import FlyingSocks
import Foundation

/// The live-reload WebSocket of one page: who may open it, and the frames that pass over it once it is open.
enum LiveSocket {
    /// Whether a handshake comes from a page this server served, so that no other site a browser has open can
    /// listen to the preview (a browser sends `Origin` with every WebSocket handshake and lets pages set neither
    /// it nor `Host`).
    ///
    /// Accepted: `Origin` exactly `http://` and the `Host` field, where Host names this server (its address, or
    /// `localhost` for a loopback one, or any name if it listens on every address) and its port. A handshake
    /// without `Origin` does not come from a browser, and is accepted for tools (the reload benchmark).
    static func accepts(origin: String?, host: String?, serverHost: String, port: Int) -> Bool {
        guard let origin else { return true }
        guard let host, origin.lowercased() == "http://" + host.lowercased() else { return false }
        let (name, hostPort) = split(host.lowercased())
        guard hostPort == port else { return false }
        if serverHost == "0.0.0.0" || serverHost == "::" { return true }
        let loopback = ["127.0.0.1", "localhost", "[::1]"]
        return name == serverHost.lowercased() || (loopback.contains(serverHost) || serverHost.hasPrefix("127.")) && loopback.contains(name)
    }

    /// A Host field's name and port (80 when it gives none, the default of http).
    static func split(_ host: String) -> (name: String, port: Int?) {
        guard let colon = host.lastIndex(of: ":"), !host[colon...].contains("]") else { return (host, 80) }
        let port = host[host.index(after: colon)...]
        guard !port.isEmpty, port.utf8.count <= 5, port.allSatisfy(\.isASCII), let number = Int(port) else { return (host, nil) }
        return (String(host[..<colon]), number)
    }

    /// Runs an open socket until either side closes it: the page's frames are decoded (none over
    /// `WebSocketFrames.largestPayload`) and handed to `handler`, and its frames are sent, each within `writeTimeout`.
    static func run(_ socket: AsyncSocket, handler: any WSHandler, leftover: [UInt8], writeTimeout: Double) async {
        let (frames, input) = AsyncThrowingStream<WSFrame, any Error>.makeStream()
        let reader = Task {
            var buffer = leftover
            defer { input.finish() }
            while true {
                while true {
                    switch WebSocketFrames.decode(buffer[...]) {
                    case let .frame(frame, consumed):
                        input.yield(frame)
                        buffer.removeFirst(consumed)
                        continue
                    case .needMore: break
                    case .invalid:
                        input.yield(.close(code: .protocolError))
                        return
                    }
                    break
                }
                guard let chunk = try? await socket.read(atMost: 4096) else { return }
                buffer += chunk
            }
        }
        defer { reader.cancel() }
        guard let outgoing = try? await handler.makeFrames(for: frames) else { return }
        for await frame in outgoing {
            guard (try? await Deadline.within(writeTimeout, { try await socket.write(WebSocketFrames.encode(frame)) })) != nil else { return }
            if frame.opcode == .close { return }
        }
    }
}
