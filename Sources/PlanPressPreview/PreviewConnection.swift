import FlyingFox
import FlyingSocks
import Foundation
import PlanPress

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One client connection of the preview: request heads are read in chunks of at most 4 KB by a
/// `RequestHeadReader`, within the server's time limits, answered, and the connection kept open or closed.
struct PreviewConnection {
    /// What the server makes of a request: an answer, or a WebSocket to hand the connection to.
    enum Outcome: Sendable {
        case response(HTTPResponse)
        case webSocket(HTTPResponse, any WSHandler)
    }

    let socket: AsyncSocket
    let limits: PreviewServer.Limits
    let answer: @Sendable (HTTPRequest) async -> Outcome

    /// Serves requests until the client closes, stalls, idles or sends what is refused; then closes.
    func run() async {
        var reader = RequestHeadReader()
        var step = RequestHeadReader.Step.needMore
        while !Task.isCancelled {
            // Wait `idleTimeout` for a request to begin, then `headTimeout` from its first byte for the whole head.
            var headDeadline: ContinuousClock.Instant?
            step = reader.next()
            while step == .needMore {
                if headDeadline == nil, !reader.isIdle { headDeadline = .now + .seconds(limits.headTimeout) }
                let deadline = headDeadline ?? .now + .seconds(limits.idleTimeout)
                let socket = self.socket
                let chunk: [UInt8]
                do {
                    chunk = try await Deadline.within(until: deadline) { try await socket.read(atMost: 4096) }
                } catch is Deadline.Passed {
                    if headDeadline != nil { await refuse(.requestTimeout, "the request head did not arrive in time") }
                    return close()
                } catch {
                    return close()
                }
                step = reader.read(chunk)
            }
            switch step {
            case .needMore:
                continue
            case let .refused(refusal):
                await refuse(HTTPStatusCode(refusal.status, phrase: Self.phrase(refusal.status)), Self.reason(refusal))
                return close()
            case let .head(head):
                let closing = !head.keepAlive || head.hasBody
                switch await answer(head.request) {
                case let .response(response):
                    guard await send(response, method: head.method, closing: closing), !closing else {
                        if head.hasBody { await linger() }
                        return close()
                    }
                case let .webSocket(response, handler):
                    guard await send(response, method: head.method, closing: false) else { return close() }
                    await LiveSocket.run(socket, handler: handler, leftover: reader.takeRemainder(), writeTimeout: limits.writeTimeout)
                    return close()
                }
            }
        }
        close()
    }

    /// Sends a response within `writeTimeout`; false if it could not be sent.
    private func send(_ response: HTTPResponse, method: String, closing: Bool) async -> Bool {
        let data = await response.wire(for: method, closing: closing)
        let socket = self.socket
        return (try? await Deadline.within(limits.writeTimeout) { try await socket.write(data) }) != nil
    }

    /// Answers a refused or timed-out request, then lets the client's unread bytes drain so that it reads the
    /// answer instead of a reset.
    private func refuse(_ status: HTTPStatusCode, _ reason: String) async {
        if await send(.plain(status, reason), method: "GET", closing: true) { await linger() }
    }

    /// Stops sending and reads what the client still sends, up to 64 KB and for up to a second, so that closing
    /// with unread bytes does not reset the connection before the client has read the answer (RFC 9112 §9.6).
    private func linger() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let socket = self.socket
        _ = try? await Deadline.within(1) {
            var count = 0
            while count < 64 * 1024 { count += try await socket.read(atMost: 4096).count }
        }
    }

    private func close() {
        try? socket.close()
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 414: return "URI Too Long"
        case 431: return "Request Header Fields Too Large"
        case 505: return "HTTP Version Not Supported"
        default: return "Bad Request"
        }
    }

    static func reason(_ refusal: RequestHead.Refusal) -> String {
        switch refusal {
        case let .badRequest(why): return "bad request: \(why)"
        case .uriTooLong: return "the request line is longer than \(ContentLimits.requestLineBytes) bytes"
        case .headersTooLarge: return "the header fields are longer than \(ContentLimits.headerBytes) bytes"
        case .versionNotSupported: return "only HTTP/1.1 and HTTP/1.0 are served"
        }
    }
}
