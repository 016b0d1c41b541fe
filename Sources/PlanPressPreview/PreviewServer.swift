import FlyingFox
import Foundation
import PlanPress

/// `planpress serve`: the site from memory over HTTP on loopback, with live reload over a WebSocket.
public struct PreviewServer: Sendable {
    public let state: PreviewState
    let server: HTTPServer

    /// A server on `host:port`; port 0 picks a free one (see `port()`).
    public init(state: PreviewState, host: String = "127.0.0.1", port: UInt16 = 1313) throws {
        self.state = state
        server = HTTPServer(address: try .inet(ip4: host, port: port), logger: .disabled)
    }

    public func run() async throws {
        let state = self.state
        await server.appendRoute(HTTPRoute("GET \(LiveReload.socketPath)"), to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadMessages(state: state))))
        await server.appendRoute(HTTPRoute("GET /*")) { request in await Self.respond(to: request, state: state) }
        await server.appendRoute(HTTPRoute("HEAD /*")) { request in await Self.respond(to: request, state: state) }
        try await server.run()
    }

    public func waitUntilListening() async throws { try await server.waitUntilListening() }

    /// The port the server listens on.
    public func port() async -> Int? {
        guard case let .ip4(_, port) = await server.listeningAddress else { return nil }
        return Int(port)
    }

    public func stop() async {
        await state.finish()
        await server.stop(timeout: 1)
    }

    static func respond(to request: HTTPRequest, state: PreviewState) async -> HTTPResponse {
        switch request.path {
        case LiveReload.scriptPath: return text(LiveReload.script, type: "text/javascript; charset=utf-8")
        case LiveReload.stylesheetPath: return text(LiveReload.stylesheet, type: "text/css; charset=utf-8")
        default: break
        }
        let files = await state.files
        let failure = await state.failure
        // The raw target keeps a folder's trailing slash, which `request.path` drops.
        switch PreviewFiles.answer(request.target.path(percentEncoded: true), files: files) {
        case let .file(path, data):
            var body = data
            if path.hasSuffix(".html") {
                body = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), failure: failure).utf8)
            }
            let etag = PreviewFiles.etag(body)
            if request.headers[HTTPHeader("If-None-Match")] == etag {
                let headers: HTTPHeaders = [HTTPHeader("ETag"): etag]
                return HTTPResponse(statusCode: .notModified, headers: headers)
            }
            let headers: HTTPHeaders = [
                .contentType: PreviewFiles.contentType(path), HTTPHeader("ETag"): etag, HTTPHeader("Cache-Control"): "no-cache",
            ]
            return HTTPResponse(statusCode: .ok, headers: headers, body: request.method == .HEAD ? Data() : body)
        case let .redirect(location):
            let headers: HTTPHeaders = [.location: location]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case let .notFound(page):
            let html = page.map { String(decoding: $0, as: UTF8.self) } ?? "<!DOCTYPE html><title>404</title><h1>404</h1>"
            let headers: HTTPHeaders = [.contentType: "text/html; charset=utf-8"]
            return HTTPResponse(statusCode: .notFound, headers: headers, body: Data(LiveReload.inject(into: html, failure: failure).utf8))
        case .badRequest:
            let headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
            return HTTPResponse(statusCode: .badRequest, headers: headers, body: Data("bad request\n".utf8))
        }
    }

    static func text(_ text: String, type: String) -> HTTPResponse {
        let headers: HTTPHeaders = [.contentType: type, HTTPHeader("Cache-Control"): "no-cache"]
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(text.utf8))
    }
}

/// Sends "reload" to a page each time the site is rebuilt.
struct ReloadMessages: WSMessageHandler {
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let versions = await state.subscribe()
        return AsyncStream { continuation in
            let task = Task {
                for await version in versions { continuation.yield(.text("reload \(version)")) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
