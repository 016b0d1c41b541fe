import PlanPress

/// Gathers request heads from a connection's bytes as they arrive, and refuses one as soon as it is too long:
/// a request line over `ContentLimits.requestLineBytes` (414) or header fields over `ContentLimits.headerBytes` (431).
///
/// Each byte is looked at once however the bytes are split into reads, and no more than the limits (plus one
/// read) is ever held, so a connection costs time linear in what it sends and bounded memory. Bytes after a
/// complete head stay buffered for the next request (pipelining). Pure: no sockets, so it can be fuzzed.
public struct RequestHeadReader: Sendable {
    /// What the bytes so far amount to.
    public enum Step: Equatable, Sendable {
        /// No complete head yet; read more.
        case needMore
        /// A complete head; `next()` looks for the one after it.
        case head(RequestHead)
        /// A head that is refused; the connection should answer `refusal.status` and close.
        case refused(RequestHead.Refusal)
    }

    private var buffer: [UInt8] = []
    /// Where the request line starts, after any empty lines before it (RFC 9112 §2.2).
    private var start = 0
    /// How far the buffer has been scanned.
    private var scanned = 0
    /// The index of the request line's line feed, once seen.
    private var requestLineEnd: Int?
    /// Where the line being scanned starts.
    private var lineStart = 0
    private var refusal: RequestHead.Refusal?

    public init() {}

    /// Whether no byte of a next request has arrived: the connection is idle.
    public var isIdle: Bool { buffer.isEmpty }

    /// How many bytes are held, at most the limits plus one read.
    public var bufferedCount: Int { buffer.count }

    /// Adds bytes read from the connection and says what they complete.
    public mutating func read(_ bytes: some Collection<UInt8>) -> Step {
        if refusal == nil { buffer.append(contentsOf: bytes) }
        return next()
    }

    /// Looks for the next complete head in the bytes already read.
    public mutating func next() -> Step {
        if let refusal { return .refused(refusal) }
        while scanned < buffer.count {
            let byte = buffer[scanned]
            scanned += 1
            guard byte == .lineFeed else { continue }
            let lineLength = scanned - 1 - lineStart - (scanned - 1 > lineStart && buffer[scanned - 2] == .carriageReturn ? 1 : 0)
            if requestLineEnd == nil {
                if lineLength == 0 {
                    // An empty line before the request line is skipped (RFC 9112 §2.2), though not without end.
                    (start, lineStart) = (scanned, scanned)
                    if start > ContentLimits.requestLineBytes { return refuse(.badRequest("empty lines instead of a request")) }
                    continue
                }
                if lineLength > ContentLimits.requestLineBytes { return refuse(.uriTooLong) }
                requestLineEnd = scanned - 1
                lineStart = scanned
            } else if lineLength == 0 {
                return complete(endOfHead: lineStart, next: scanned)
            } else {
                lineStart = scanned
            }
        }
        if requestLineEnd == nil, scanned - lineStart >= ContentLimits.requestLineBytes + 2 { return refuse(.uriTooLong) }
        if let requestLineEnd, scanned - (requestLineEnd + 1) > ContentLimits.headerBytes + 2 { return refuse(.headersTooLarge) }
        return .needMore
    }

    private mutating func refuse(_ reason: RequestHead.Refusal) -> Step {
        refusal = reason
        buffer = []
        return .refused(reason)
    }

    /// Parses the head from the request line to `endOfHead` (where the empty line starts), and keeps the bytes
    /// after `next`. The header fields may take `ContentLimits.headerBytes` with their line ends.
    private mutating func complete(endOfHead: Int, next: Int) -> Step {
        guard let requestLineEnd, endOfHead - (requestLineEnd + 1) <= ContentLimits.headerBytes else {
            return refuse(.headersTooLarge)
        }
        let parsed = RequestHead.parse(buffer[start..<endOfHead])
        buffer.removeFirst(next)
        (start, scanned, lineStart, self.requestLineEnd) = (0, 0, 0, nil)
        switch parsed {
        case let .success(head): return .head(head)
        case let .failure(reason): return refuse(reason)
        }
    }

    /// The bytes read after the last complete head, which belong to what follows it (a WebSocket's frames).
    public mutating func takeRemainder() -> [UInt8] {
        defer { buffer = []; (start, scanned, lineStart, requestLineEnd) = (0, 0, 0, nil) }
        return buffer
    }
}
