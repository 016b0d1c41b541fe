import FlyingFox
import Foundation
import Testing

@testable import PlanPress
@testable import PlanPressPreview

/// `planpress serve` speaks HTTP and WebSocket as a browser expects: HEAD, the live-reload socket's origin,
/// and an error box that holds whatever a content error says.
@Suite struct PreviewProtocolTests {
    @Test(arguments: ["/", "/assets/css/style.css", "/khong-co/", "/__planpress/live.js"])
    func aHeadRequestCarriesTheContentLengthOfItsGet(_ path: String) async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        try await client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let get = try #require(await client.response())
        #expect(get.body.count > 0 && get.headers["content-length"] == String(get.body.count))
        try await client.send("HEAD \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let head = try #require(await client.response(bodyless: true))
        #expect(head.status == get.status)
        #expect(head.headers["content-length"] == String(get.body.count), "RFC 9110 §9.3.2: the length a GET would get")
        #expect(head.headers["content-type"] == get.headers["content-type"] && head.headers["etag"] == get.headers["etag"])
        #expect(head.body.isEmpty)
        // No body followed the HEAD answer: the next answer on the connection starts where it should.
        try await client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(await client.response()?.body == get.body)
    }

    /// A WebSocket handshake for the live-reload socket, from a page at `origin` (none if nil).
    static func handshake(origin: String?, host: String) -> String {
        "GET /__planpress/live HTTP/1.1\r\nHost: \(host)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + (origin.map { "Origin: \($0)\r\n" } ?? "") + "\r\n"
    }

    @Test(arguments: [
        ("http://evil.example", "127.0.0.1:PORT"),
        ("https://127.0.0.1:PORT", "127.0.0.1:PORT"),
        ("http://127.0.0.1:1", "127.0.0.1:PORT"),
        ("http://127.0.0.1", "127.0.0.1:PORT"),
        ("null", "127.0.0.1:PORT"),
        ("http://127.0.0.1:PORT.evil.example", "127.0.0.1:PORT"),
        // DNS rebinding: a name of the attacker's that resolves to 127.0.0.1, with a matching Host.
        ("http://evil.example:PORT", "evil.example:PORT"),
    ])
    func theLiveReloadSocketRefusesOtherOrigins(_ origin: String, _ host: String) async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        let port = String(preview.port)
        try await client.send(Self.handshake(origin: origin.replacingOccurrences(of: "PORT", with: port), host: host.replacingOccurrences(of: "PORT", with: port)))
        #expect(await client.response()?.status == 403, "\(origin)")
    }

    @Test(arguments: ["http://127.0.0.1:PORT", "http://localhost:PORT", nil])
    func theLiveReloadSocketOpensForTheServedOriginAndSaysReload(_ origin: String?) async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        let port = String(preview.port)
        let origin = origin?.replacingOccurrences(of: "PORT", with: port)
        let host = (origin?.dropFirst("http://".count)).map(String.init) ?? "127.0.0.1:\(port)"
        try await client.send(Self.handshake(origin: origin, host: host))
        let response = try #require(await client.response())
        #expect(response.status == 101)
        #expect(response.headers["sec-websocket-accept"] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        // Give the socket time to subscribe, then rebuild: the page is told to reload.
        try await Task.sleep(for: .milliseconds(200))
        await preview.state.rebuild()
        let frame = await RawClient.race(.seconds(5)) { () -> [UInt8]? in
            var bytes: [UInt8] = []
            while bytes.count < 2 || bytes.count < 2 + Int(bytes[1] & 0x7F) {
                guard let chunk = try? await client.socket.read(atMost: 4096) else { return nil }
                bytes += chunk
            }
            return bytes
        } ?? nil
        let text = try #require(frame)
        #expect(text[0] == 0x81, "one text frame")
        #expect(String(decoding: text.dropFirst(2), as: UTF8.self) == "reload 2")
    }

    @Test func aPageSendingAnOversizedFrameIsClosed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        try await client.send(Self.handshake(origin: "http://127.0.0.1:\(preview.port)", host: "127.0.0.1:\(preview.port)"))
        #expect(await client.response()?.status == 101)
        // A masked binary frame that claims 1 GB.
        try await client.send([0x82, 0xFF, 0, 0, 0, 0, 0x40, 0, 0, 0, 1, 2, 3, 4] + [UInt8](repeating: 0, count: 1024))
        #expect(await client.closes(within: .seconds(3)))
    }

    @Test func frameDecodingTakesMaskedFramesAndRefusesWhatAClientMayNotSend() {
        let masked: [UInt8] = [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        #expect(WebSocketFrames.decode(masked[...]) == .frame(WSFrame(fin: true, opcode: .text, mask: nil, payload: Data("Hello".utf8)), consumed: 11))
        #expect(WebSocketFrames.decode(masked.prefix(6)) == .needMore)
        #expect(WebSocketFrames.decode([0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F][...]) == .invalid, "unmasked")
        #expect(WebSocketFrames.decode([0x09, 0x80, 0, 0, 0, 0][...]) == .invalid, "a split ping")
        #expect(WebSocketFrames.decode([0x82, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF][...]) == .invalid, "2⁶³ bytes")
        #expect(WebSocketFrames.encode(.close(code: .normalClosure)) == Data([0x88, 0x02, 0x03, 0xE8]))
    }

    // MARK: - The error box

    @Test func theErrorBoxEscapesAndBoundsAnyDiagnostic() {
        let odd = "</pre><script>alert(1)</script> \"quoted\" 'single' & \u{0}\u{1B}[31m \u{202E}reversed"
        let huge = String(repeating: "x", count: 5_000_000)
        var diagnostics = [
            Diagnostic(.error, at: SourceLocation(path: "content/tasks/I.1.md", line: 2, column: 4_000_000), odd + huge, hint: huge, sourceLine: huge + odd),
            Diagnostic(.error, at: SourceLocation(path: "content/<b>.md", line: 1, column: 1), odd, sourceLine: odd),
        ]
        diagnostics += (0..<10_000).map { Diagnostic.error(at: SourceLocation(path: "content/news/\($0).md"), "error \($0)") }
        let start = ContinuousClock.now
        let page = LiveReload.inject(into: "<html><body><p>page</p></body></html>", overlay: LiveReload.errorBox(BuildFailure(stage: "validate", diagnostics: diagnostics)))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(!page.contains("<script>alert") && !page.contains("</pre><script>"))
        #expect(page.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; &amp;"))
        #expect(page.contains("content/&lt;b&gt;.md:1:1"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "no control character reaches the page")
        #expect(page.utf8.count < 100_000, "\(page.utf8.count) bytes")
        #expect(page.contains("… and 9952 more errors"))
        #expect(page.hasSuffix("<script src=\"/__planpress/live.js\"></script></body></html>"))
    }

    @Test func aContentErrorWithHugeOrOddTextLeavesTheServerServing() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let lead = "</pre><script>alert(1)</script>" + String(repeating: "đ", count: 200_000)
        try preview.site.write("content/tasks/I.1.md", "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: \(lead)\ndue: 2026-2030\n---\n")
        await preview.state.rebuild(changed: ["content/tasks/I.1.md"])
        let client = try await preview.connect()
        try await client.send("GET /nhiem-vu/i-1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let page = try #require(await client.response())
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 200 && html.contains("id=\"planpress-error\""))
        #expect(html.contains("content/tasks/I.1.md:5"))
        #expect(!html.contains("<script>alert"))
        #expect(page.body.count < 200_000, "the box holds the start of the error, not all of it")
        try preview.site.write("content/tasks/I.1.md", "---\nid: \"I.1\"\narea: I\ntitle: Rà soát\nlead: van-phong\ndue: 2026-2030\n---\n")
        await preview.state.rebuild(changed: ["content/tasks/I.1.md"])
        try await client.send("GET /nhiem-vu/i-1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let fixed = try #require(await client.response())
        #expect(fixed.status == 200 && !String(decoding: fixed.body, as: UTF8.self).contains("planpress-error"))
    }

    /// The figure that once stopped the process (a value no Int holds) is an error box, and the server stays up.
    @Test func anIndicatorValueOf1e19LeavesTheServerServing() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let report = "content/reports/2026-q3.md"
        try preview.site.write(
            report, "---\nperiod: 2026-Q3\nas_of: 2026-09-30\nindicators:\n  ty-le-ho-so-truc-tuyen: 1e19\n---\n")
        await preview.state.rebuild(changed: [report])
        let client = try await preview.connect()
        try await client.send("GET /chi-so/ty-le-ho-so-truc-tuyen/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let page = try #require(await client.response())
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 200 && html.contains("id=\"planpress-error\""))
        #expect(html.contains("content/reports/2026-q3.md:5:27"))
    }
}
