import Foundation
import Testing

@testable import PlanPress
@testable import PlanPressPreview

/// `planpress serve` against hostile clients: long request lines and headers, slow and idle connections.
@Suite struct PreviewLimitsTests {
    static func requestLine(length: Int) -> String {
        let fixed = "GET / HTTP/1.1".utf8.count
        return "GET /" + String(repeating: "a", count: length - fixed) + " HTTP/1.1"
    }

    @Test func aRequestLineOverTheLimitIsAnswered414AtOnce() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        let start = ContinuousClock.now
        try await client.send(Self.requestLine(length: 100 * 1024) + "\r\nHost: 127.0.0.1\r\n\r\n")
        let response = await client.response(within: .seconds(5))
        #expect(response?.status == 414)
        #expect(ContinuousClock.now - start < .seconds(2), "a 100 KB request line is refused without reading it all")
        #expect(await client.closes(within: .seconds(2)))
    }

    @Test func aRequestLineAtTheLimitIsServed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        try await client.send(Self.requestLine(length: ContentLimits.requestLineBytes) + "\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(await client.response()?.status == 404)
        let longer = try await preview.connect()
        try await longer.send(Self.requestLine(length: ContentLimits.requestLineBytes + 1) + "\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(await longer.response()?.status == 414)
    }

    static let oversizedHeaders = [
        "many headers": (1...400).map { "X-Filler-\($0): " + String(repeating: "v", count: 40) + "\r\n" }.joined(),
        "one long header": "Cookie: " + String(repeating: "c", count: 20 * 1024) + "\r\n",
    ]

    @Test(arguments: ["many headers", "one long header"])
    func headersOverTheLimitAreAnswered431(_ kind: String) async throws {
        let headers = try #require(Self.oversizedHeaders[kind])
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        try await client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n")
        #expect(await client.response()?.status == 431, "\(kind)")
        #expect(await client.closes(within: .seconds(2)), "\(kind)")
    }

    @Test func headersJustUnderTheLimitAreServed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        let filler = "X-Filler: " + String(repeating: "v", count: ContentLimits.headerBytes - 200) + "\r\n"
        try await client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + filler + "\r\n")
        #expect(await client.response()?.status == 200)
    }

    @Test func aClientStreamingAnEndlessRequestLineIsCutOff() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
        let start = ContinuousClock.now
        let sent = await RawClient.race(.seconds(10)) { () -> Int in
            var sent = 0
            do {
                try await client.send("GET /")
                while sent < 64 * 1024 * 1024 {
                    try await client.send(chunk)
                    sent += chunk.count
                }
            } catch {}
            return sent
        }
        let total = try #require(sent, "the server never stopped reading a request line")
        #expect(total < 64 * 1024 * 1024, "the server closes the connection instead of reading 64 MB")
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func aNormalRequestIsAnsweredWhileLongRequestLinesArrive() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        var attackers: [RawClient] = []
        for _ in 0..<4 {
            let client = try await preview.connect()
            attackers.append(client)
            try await client.send(Self.requestLine(length: 150 * 1024) + "\r\nHost: 127.0.0.1\r\n\r\n")
        }
        let start = ContinuousClock.now
        let client = try await preview.connect()
        try await client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let response = await client.response(within: .seconds(10))
        #expect(response?.status == 200)
        #expect(ContinuousClock.now - start < .seconds(2), "GET / waits for no other connection")
        for attacker in attackers { attacker.close() }
    }

    @Test func aClientThatNeverFinishesItsHeadIsClosed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        try await client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        let response = await client.response(within: .seconds(4))
        #expect(response?.status == 408)
        #expect(await client.closes(within: .seconds(2)))
    }

    @Test func aClientDrippingItsHeadByteByByteIsClosed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        let start = ContinuousClock.now
        let dripping = Task {
            for byte in ("GET / HTTP/1.1\r\n" + String(repeating: "X-Slow: 1\r\n", count: 100)).utf8 {
                try await client.send([byte])
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        defer { dripping.cancel() }
        #expect(await client.closes(within: .seconds(5)), "every byte arrives in time, but the head never ends")
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test func anIdleKeepAliveConnectionIsClosed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        try await client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(await client.response()?.status == 200)
        try await client.send("GET /assets/css/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(await client.response()?.status == 200, "the connection is kept alive between requests")
        #expect(await client.closes(within: .seconds(4)), "and closed once it has been idle")
    }

    @Test func aConnectionWithNoRequestIsClosed() async throws {
        let preview = try await RunningPreview.start()
        defer { Task { await preview.stop() } }
        let client = try await preview.connect()
        #expect(await client.closes(within: .seconds(4)))
    }
}
