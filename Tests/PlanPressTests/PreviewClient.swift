import FlyingSocks
import Foundation
import Testing

@testable import PlanPress
@testable import PlanPressPreview

/// A preview server on 127.0.0.1 and a free port, serving the fixture site, for tests that speak raw HTTP to it.
struct RunningPreview {
    let state: PreviewState
    let server: PreviewServer
    let task: Task<Void, any Error>
    let port: Int
    let site: TestSite

    static func start(_ text: String = Fixtures.site, limits: PreviewServer.Limits = .init(headTimeout: 1, idleTimeout: 1)) async throws -> RunningPreview {
        let site = try TestSite(text)
        let state = PreviewState(options: BuildOptions(source: site.root, baseURL: "http://127.0.0.1/"))
        await state.rebuild()
        let server = try PreviewServer(state: state, host: "127.0.0.1", port: 0, limits: limits)
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        let port = try #require(await server.port())
        return RunningPreview(state: state, server: server, task: task, port: port, site: site)
    }

    func stop() async {
        await server.stop()
        task.cancel()
    }

    func connect() async throws -> RawClient {
        RawClient(socket: try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: UInt16(port))))
    }
}

/// One TCP connection that sends whatever a test writes, however malformed, and reads what comes back.
struct RawClient: Sendable {
    let socket: AsyncSocket

    func send(_ text: String) async throws { try await socket.write(Data(text.utf8)) }

    func send(_ bytes: [UInt8]) async throws { try await socket.write(Data(bytes)) }

    func close() { try? socket.close() }

    /// A response's status, headers (names lowercased) and the body bytes that followed the head.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    /// Reads one response: its head, then `Content-Length` bytes of body (none for HEAD, as `bodyless` says).
    /// Nil if the connection closes first or nothing complete arrives within `timeout`.
    func response(within timeout: Duration = .seconds(5), bodyless: Bool = false) async -> Response? {
        await Self.race(timeout) { () -> Response? in
            var bytes: [UInt8] = []
            while true {
                if let end = Self.headEnd(bytes) {
                    let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
                    let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
                    var headers: [String: String] = [:]
                    for line in head.dropFirst() {
                        guard let colon = line.firstIndex(of: ":") else { continue }
                        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    }
                    let length = bodyless || status == 304 || status == 101 ? 0 : Int(headers["content-length"] ?? "0") ?? 0
                    while bytes.count < end + 4 + length {
                        guard let chunk = try? await socket.read(atMost: 65536) else { return nil }
                        bytes += chunk
                    }
                    return Response(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
                }
                guard let chunk = try? await socket.read(atMost: 65536) else { return nil }
                bytes += chunk
            }
        } ?? nil
    }

    /// Whether the server closes the connection within `timeout`; whatever it sends first is read and dropped.
    func closes(within timeout: Duration) async -> Bool {
        await Self.race(timeout) { () -> Bool in
            while true {
                do { _ = try await socket.read(atMost: 65536) } catch { return true }
            }
        } ?? false
    }

    /// What `work` returns, or nil if `timeout` passes first (the work is cancelled).
    static func race<T: Sendable>(_ timeout: Duration, _ work: @escaping @Sendable () async -> T) async -> T? {
        await withTaskGroup(of: T?.self) { group in
            group.addTask { await work() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i
        }
        return nil
    }
}
