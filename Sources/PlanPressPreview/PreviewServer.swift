import FlyingFox
import FlyingSocks
import Foundation
import PlanPress

/// `planpress serve`: the site from memory over HTTP on loopback, with live reload over a WebSocket.
///
/// FlyingFox gives the sockets (its epoll pool), the request and response types and the WebSocket protocol; the
/// preview reads request heads itself (`RequestHeadReader`), because FlyingFox's `HTTPServer` reads them in time
/// quadratic in a line's length and without limits on their size or on the time a client may take.
public struct PreviewServer: Sendable {
    /// How long and how much a client may take.
    public struct Limits: Sendable {
        /// Seconds from a request's first byte to the end of its head; a client still sending then is closed.
        public var headTimeout: Double
        /// Seconds a keep-alive connection may wait for its next request.
        public var idleTimeout: Double
        /// Seconds to send one response or WebSocket frame to a client that does not read.
        public var writeTimeout: Double
        /// The most connections served at once; more are closed as they come.
        public var connections: Int

        public init(headTimeout: Double = 5, idleTimeout: Double = 15, writeTimeout: Double = 30, connections: Int = 256) {
            self.headTimeout = headTimeout
            self.idleTimeout = idleTimeout
            self.writeTimeout = writeTimeout
            self.connections = connections
        }
    }

    public let state: PreviewState
    let host: String
    let limits: Limits
    let listener: Listener

    /// A server on `host:port`, listening from now on; port 0 picks a free one (see `port()`).
    public init(state: PreviewState, host: String = "127.0.0.1", port: UInt16 = 1313, limits: Limits = Limits()) throws {
        self.state = state
        self.host = host
        self.limits = limits
        listener = try Listener(address: .inet(ip4: host, port: port))
    }

    /// Accepts and serves connections until `stop()` or cancellation.
    public func run() async throws {
        let task = Task { try await serve() }
        listener.started(task)
        try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
    }

    /// Returns once the server takes connections (it listens from `init` on; those that come early wait).
    public func waitUntilListening() async throws {}

    /// The port the server listens on.
    public func port() async -> Int? {
        guard case let .ip4(_, port) = try? listener.socket.sockname() else { return nil }
        return Int(port)
    }

    public func stop() async {
        await state.finish()
        listener.stop()
    }

    private func serve() async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let socket = try AsyncSocket(socket: listener.socket, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { await accept(on: socket) }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    /// Takes connections as they come, each served by a task of its own. Failures to accept one (no file
    /// descriptor left, a client gone before it was accepted) are waited out, not fatal.
    private func accept(on socket: AsyncSocket) async {
        let open = ConnectionCount()
        let (limits, state, port) = (self.limits, self.state, await self.port() ?? 0)
        let host = self.host
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled, !listener.isStopped {
                let client: AsyncSocket
                do {
                    client = try await socket.accept()
                } catch {
                    try? await Task.sleep(for: .milliseconds(50))
                    continue
                }
                guard open.enter(limit: limits.connections) else {
                    try? client.close()
                    continue
                }
                group.addTask {
                    let connection = PreviewConnection(socket: client, limits: limits) { request in
                        await Self.answer(request, state: state, host: host, port: port)
                    }
                    await connection.run()
                    open.leave()
                }
            }
        }
    }

    // MARK: - Answers

    /// Routes a request: the live-reload socket, the reload script and style, or a file of the site.
    static func answer(_ request: HTTPRequest, state: PreviewState, host: String, port: Int) async -> PreviewConnection.Outcome {
        guard request.method == .GET || request.method == .HEAD else {
            var response = HTTPResponse.plain(.methodNotAllowed, "the preview answers GET and HEAD only")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return .response(response)
        }
        if request.target.path(percentEncoded: true) == LiveReload.socketPath, request.method == .GET {
            guard LiveSocket.accepts(origin: request.headers[HTTPHeader("Origin")], host: request.headers[.host], serverHost: host, port: port) else {
                return .response(.plain(.forbidden, "the live-reload socket is for the preview's own pages"))
            }
            let handshake = WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadMessages(state: state)))
            guard let response = try? await handshake.handleRequest(request) else { return .response(.plain(.badRequest, "bad handshake")) }
            if case let .webSocket(handler) = response.payload { return .webSocket(response, handler) }
            return .response(response)
        }
        return .response(respond(to: request, files: await state.files, overlay: await state.overlay))
    }

    /// The answer to a GET or HEAD of a path: pure, from the site's files and the error box of a failed rebuild.
    /// A HEAD gets the same answer; only its body is left out when it is sent.
    public static func respond(to request: HTTPRequest, files: [String: Data], overlay: String?) -> HTTPResponse {
        // The raw target keeps a folder's trailing slash, which `request.path` drops.
        let target = request.target.path(percentEncoded: true)
        switch target {
        case LiveReload.scriptPath: return text(LiveReload.script, type: "text/javascript; charset=utf-8")
        case LiveReload.stylesheetPath: return text(LiveReload.stylesheet, type: "text/css; charset=utf-8")
        default: break
        }
        switch PreviewFiles.answer(target, files: files) {
        case let .file(path, data):
            var body = data
            if path.hasSuffix(".html") {
                body = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), overlay: overlay).utf8)
            }
            let etag = PreviewFiles.etag(body)
            if request.headers[HTTPHeader("If-None-Match")] == etag {
                let headers: HTTPHeaders = [HTTPHeader("ETag"): etag]
                return HTTPResponse(statusCode: .notModified, headers: headers)
            }
            let headers: HTTPHeaders = [
                .contentType: PreviewFiles.contentType(path), HTTPHeader("ETag"): etag, HTTPHeader("Cache-Control"): "no-cache",
            ]
            return HTTPResponse(statusCode: .ok, headers: headers, body: body)
        case let .redirect(location):
            let headers: HTTPHeaders = [.location: location]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case let .notFound(page):
            let html = page.map { String(decoding: $0, as: UTF8.self) } ?? "<!DOCTYPE html><title>404</title><h1>404</h1>"
            let headers: HTTPHeaders = [.contentType: "text/html; charset=utf-8"]
            return HTTPResponse(statusCode: .notFound, headers: headers, body: Data(LiveReload.inject(into: html, overlay: overlay).utf8))
        case .badRequest:
            return .plain(.badRequest, "bad request")
        }
    }

    static func text(_ text: String, type: String) -> HTTPResponse {
        let headers: HTTPHeaders = [.contentType: type, HTTPHeader("Cache-Control"): "no-cache"]
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(text.utf8))
    }
}

/// The listening socket, and the task that serves it, so that `stop()` can end both.
final class Listener: @unchecked Sendable {
    let socket: Socket
    private let lock = NSLock()
    private var task: Task<Void, any Error>?
    private var stopped = false

    init(address: sockaddr_in) throws {
        socket = try Socket(domain: Int32(AF_INET), type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
    }

    var isStopped: Bool { lock.withLock { stopped } }

    func started(_ task: Task<Void, any Error>) {
        let cancel = lock.withLock { () -> Bool in
            self.task = task
            return stopped
        }
        if cancel { task.cancel() }
    }

    func stop() {
        let task = lock.withLock { () -> Task<Void, any Error>? in
            stopped = true
            return self.task
        }
        task?.cancel()
        try? socket.close()
    }
}

/// How many connections are open, to keep them under `Limits.connections`.
final class ConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func enter(limit: Int) -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() { lock.withLock { count -= 1 } }
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
