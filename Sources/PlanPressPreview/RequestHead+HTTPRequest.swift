import FlyingFox
import Foundation

extension RequestHead {
    /// The head as FlyingFox's request, which the answers and the WebSocket handshake take. No body: the
    /// preview reads none.
    public var request: HTTPRequest {
        var headers = HTTPHeaders()
        for field in fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return HTTPRequest(
            method: HTTPMethod(method), version: HTTPVersion(version),
            target: HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
            headers: headers, body: HTTPBodySequence(data: Data()))
    }
}
