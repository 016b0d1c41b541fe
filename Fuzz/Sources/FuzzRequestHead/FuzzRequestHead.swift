import Foundation
import LibFuzzerDriver
import PlanPress
import PlanPressPreview

/// libFuzzer's entry: the bytes a client sends to `planpress serve`, read as the preview reads a connection.
/// The first byte sets the size of the reads (1–255 bytes, 0 for all at once); the rest is what the client sends.
/// Every head is answered from a small site, and the bytes are also read as WebSocket frames.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let input = bytes[1...]
    let chunk = first == 0 ? max(1, input.count) : Int(first)
    var reader = RequestHeadReader()
    var offset = input.startIndex
    reading: while offset < input.endIndex {
        let end = min(offset + chunk, input.endIndex)
        var step = reader.read(input[offset..<end])
        offset = end
        while true {
            expect(reader.bufferedCount <= ContentLimits.requestLineBytes + ContentLimits.headerBytes + chunk + 8, "the reader holds more than its limits")
            switch step {
            case .needMore:
                continue reading
            case let .refused(refusal):
                expect([400, 414, 431, 505].contains(refusal.status), "refused with \(refusal.status)")
                expect(reader.bufferedCount == 0, "a refused connection keeps bytes")
                break reading
            case let .head(head):
                answer(head)
                step = reader.next()
            }
        }
    }
    var frames = input
    while case let .frame(_, consumed) = WebSocketFrames.decode(frames) {
        expect(consumed > 0 && consumed <= frames.count, "a frame of \(consumed) bytes in \(frames.count)")
        frames = frames.dropFirst(consumed)
    }
    return 0
}

/// Answers a head from `site` and checks that no answer leaves the site's files.
func answer(_ head: RequestHead) {
    expect(head.target.utf8.count <= ContentLimits.requestLineBytes, "a target over the limit")
    let response = PreviewServer.respond(to: head.request, files: site, overlay: "<div id=\"planpress-error\"></div>")
    expect([200, 301, 304, 400, 404].contains(response.statusCode.code), "status \(response.statusCode.code)")
    switch PreviewFiles.answer(head.target, files: site) {
    case let .file(path, _):
        expect(site[path] != nil, "a file that is not in the site: \(path)")
    case let .redirect(location):
        expect(location.hasPrefix("/") && !location.hasPrefix("//") && !location.contains(".."), "a redirect to \(location)")
    case .notFound, .badRequest:
        break
    }
}

/// A few files of a built site, for the answers.
let site: [String: Data] = [
    "index.html": Data("<!DOCTYPE html><html><body><p>home</p></body></html>".utf8),
    "nhiem-vu/i-1/index.html": Data("<html><body>task</body></html>".utf8),
    "assets/css/style.css": Data("body{}".utf8), "404.html": Data("<html><body>not found</body></html>".utf8),
    "data/tasks.csv": Data("id\n".utf8),
]

func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// The program's entry, which SwiftPM names `<module>_main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("FuzzRequestHead_main")
public func fuzzRequestHeadMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
