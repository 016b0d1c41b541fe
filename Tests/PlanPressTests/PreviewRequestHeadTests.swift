import Foundation
import Testing

@testable import PlanPress
@testable import PlanPressPreview

/// The preview's request heads, socket-free: parsing, limits, and reads split anywhere.
@Suite struct PreviewRequestHeadTests {
    static func steps(_ text: String, chunk: Int = .max) -> [RequestHeadReader.Step] {
        var reader = RequestHeadReader()
        var steps: [RequestHeadReader.Step] = []
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: min(chunk, bytes.count)) {
            var step = reader.read(bytes[start..<min(start + chunk, bytes.count)])
            while step != .needMore {
                steps.append(step)
                if case .refused = step { return steps }
                step = reader.next()
            }
        }
        return steps
    }

    @Test func aHeadSplitAtEveryByteReadsAsInOnePiece() throws {
        let text = "\r\nGET /tin-tuc/?trang=2 HTTP/1.1\r\nHost: 127.0.0.1:1313\r\nIf-None-Match:  \"abc\" \r\n\r\nHEAD / HTTP/1.0\nConnection: keep-alive\n\n"
        let whole = Self.steps(text)
        #expect(whole.count == 2)
        #expect(Self.steps(text, chunk: 1) == whole)
        #expect(Self.steps(text, chunk: 7) == whole)
        guard case let .head(first) = whole.first, case let .head(second) = whole.last else { Issue.record("\(whole)"); return }
        #expect(first.method == "GET" && first.target == "/tin-tuc/?trang=2" && first.value("if-none-match") == "\"abc\"")
        #expect(first.keepAlive && !first.hasBody)
        #expect(second.method == "HEAD" && second.version == "HTTP/1.0" && second.keepAlive)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\n\r\n", 400, "no Host"),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "two Hosts"),
        ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505, "HTTP/2 in HTTP/1 framing"),
        ("GET / HTTX/1.1\r\nHost: a\r\n\r\n", 400, "not HTTP"),
        ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "two spaces"),
        ("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", 400, "a space in the target"),
        ("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400, "an obsolete line folding"),
        ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400, "a space before the colon"),
        ("GET / HTTP/1.1\r\nHost: a\u{0}b\r\n\r\n", 400, "a NUL in a value"),
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400, "two lengths"),
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "length and chunked"),
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400, "a negative length"),
    ])
    func malformedHeadsAreRefused(_ text: String, _ status: Int, _ what: String) {
        let refused: Int? = Self.steps(text).first.flatMap { step in
            if case let .refused(refusal) = step { return refusal.status } else { return nil }
        }
        #expect(refused == status, "\(what): \(Self.steps(text))")
    }

    @Test func limitsAreKeptWithoutWaitingForTheEndOfALine() {
        var reader = RequestHeadReader()
        #expect(reader.read(Array("GET /".utf8) + [UInt8](repeating: 0x61, count: ContentLimits.requestLineBytes)) == .refused(.uriTooLong))
        #expect(reader.read([UInt8](repeating: 0x61, count: 1 << 20)) == .refused(.uriTooLong))
        #expect(reader.bufferedCount == 0, "nothing more is kept once refused")

        var headers = RequestHeadReader()
        #expect(headers.read(Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8)) == .needMore)
        var step = RequestHeadReader.Step.needMore
        for _ in 0..<1000 where step == .needMore { step = headers.read(Array("X-Filler: 0123456789\r\n".utf8)) }
        #expect(step == .refused(.headersTooLarge))

        var blank = RequestHeadReader()
        #expect(blank.read([UInt8](repeating: 0x0A, count: 100_000)) == .refused(.badRequest("empty lines instead of a request")))
    }

    @Test func aBodyClosesTheConnectionAndHTTP10ClosesUnlessAskedNotTo() {
        let heads = Self.steps("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nGET / HTTP/1.0\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive, Close\r\n\r\n")
        guard heads.count == 3, case let .head(body) = heads[0], case let .head(old) = heads[1], case let .head(closing) = heads[2] else {
            Issue.record("\(heads)")
            return
        }
        #expect(body.hasBody && body.keepAlive)
        #expect(!old.keepAlive)
        #expect(!closing.keepAlive)
    }
}
