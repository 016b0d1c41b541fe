import FlyingFox
import Foundation

extension HTTPResponse {
    /// The bytes sent for this response: the status line, the fields, `Content-Length`, then the body.
    ///
    /// - Parameters:
    ///   - method: The request's method. A HEAD answer carries the fields a GET would get, `Content-Length`
    ///     included, but no body (RFC 9110 §9.3.2 and §8.6).
    ///   - closing: Whether the connection closes after it, which `Connection: close` tells the client.
    func wire(for method: String, closing: Bool) async -> Data {
        let body = (try? await bodyData) ?? Data()
        var head = "HTTP/1.1 \(statusCode.code) \(statusCode.phrase)\r\n"
        for (name, value) in headers where name != .contentLength && name != .connection && name != .transferEncoding {
            head += "\(name.rawValue): \(value)\r\n"
        }
        if let connection = headers[.connection], !closing { head += "Connection: \(connection)\r\n" }
        // No Content-Length on a 1xx, 204 or 304 answer (RFC 9110 §8.6).
        let code = statusCode.code
        if !(100..<200).contains(code), code != 204, code != 304 { head += "Content-Length: \(body.count)\r\n" }
        if closing { head += "Connection: close\r\n" }
        var data = Data((head + "\r\n").utf8)
        if method != "HEAD" { data.append(body) }
        return data
    }

    /// A plain-text answer that says what went wrong.
    static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data((text + "\n").utf8))
    }
}
