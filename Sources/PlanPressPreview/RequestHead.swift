import PlanPress

/// The head of one HTTP/1.1 request (RFC 9112 §2–§5): the request line and the header fields, as the preview
/// reads them. Parsing is pure and takes time linear in the head's bytes.
public struct RequestHead: Equatable, Sendable {
    /// One header field, its name as sent.
    public struct Field: Equatable, Sendable {
        public var name: String
        public var value: String
    }

    /// Why a head is refused, and the status that says so.
    public enum Refusal: Error, Equatable, Sendable {
        case badRequest(String)
        case uriTooLong
        case headersTooLarge
        case versionNotSupported

        /// The response's status code.
        public var status: Int {
            switch self {
            case .badRequest: return 400
            case .uriTooLong: return 414
            case .headersTooLarge: return 431
            case .versionNotSupported: return 505
            }
        }
    }

    public var method: String
    /// The request target exactly as sent, percent-encoded, with its query.
    public var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    public var fields: [Field]

    /// The value of the first field named `name` (compared without case).
    public func value(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Whether the client lets the connection stay open after the answer (RFC 9112 §9.3).
    public var keepAlive: Bool {
        let tokens = Self.tokens(value("Connection"))
        return version == "HTTP/1.1" ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// Whether a body follows the head. The preview reads none, so such a connection is closed after the answer.
    public var hasBody: Bool {
        value("Transfer-Encoding") != nil || (value("Content-Length").map { $0 != "0" } ?? false)
    }

    /// The lowercased comma-separated tokens of a field value.
    static func tokens(_ value: String?) -> [String] {
        (value ?? "").lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    // MARK: - Parsing

    /// Parses a complete head: the bytes from the request line to the empty line that ends it, without that line.
    /// Lines end in CRLF or LF. Limits are not checked here (`RequestHeadReader` does that while reading).
    public static func parse(_ bytes: ArraySlice<UInt8>) -> Result<RequestHead, Refusal> {
        var lines = bytes.split(separator: .lineFeed, omittingEmptySubsequences: false)[...]
        while lines.last?.isEmpty == true || lines.last == [.carriageReturn] { lines.removeLast() }
        guard let first = lines.popFirst() else { return .failure(.badRequest("empty request")) }
        let requestLine = first.last == .carriageReturn ? first.dropLast() : first
        let parts = requestLine.split(separator: .space, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isTokenByte) else {
            return .failure(.badRequest("malformed request line"))
        }
        guard !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(.badRequest("malformed request target"))
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            let isHTTP = version.hasPrefix("HTTP/") && version.utf8.count == 8
            return .failure(isHTTP ? .versionNotSupported : .badRequest("malformed HTTP version"))
        }
        var fields: [Field] = []
        for raw in lines {
            let line = raw.last == .carriageReturn ? raw.dropLast() : raw
            guard let colon = line.firstIndex(of: .colon), colon > line.startIndex,
                line[..<colon].allSatisfy(\.isTokenByte)
            else { return .failure(.badRequest("malformed header field")) }
            let value = line[line.index(after: colon)...].trimmingPrefix { $0 == .space || $0 == .tab }
            guard value.allSatisfy({ $0 == .tab || ($0 >= 0x20 && $0 != 0x7F) }) else {
                return .failure(.badRequest("control character in a header field"))
            }
            var end = value.endIndex
            while end > value.startIndex, value[value.index(before: end)] == .space || value[value.index(before: end)] == .tab {
                end = value.index(before: end)
            }
            fields.append(Field(name: String(decoding: line[..<colon], as: UTF8.self), value: String(decoding: value[..<end], as: UTF8.self)))
        }
        let head = RequestHead(method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self), version: version, fields: fields)
        return head.checked()
    }

    /// Refuses what RFC 9112 says a server must refuse: no Host or more than one (§3.2), and a body whose length
    /// is ambiguous (§6.3), which could smuggle a second request past the first.
    func checked() -> Result<RequestHead, Refusal> {
        let hosts = fields.filter { $0.name.caseInsensitiveEquals("Host") }
        if hosts.count > 1 || (version == "HTTP/1.1" && hosts.isEmpty) { return .failure(.badRequest("a request needs one Host")) }
        let lengths = Set(fields.filter { $0.name.caseInsensitiveEquals("Content-Length") }.map(\.value))
        if lengths.count > 1 || lengths.contains(where: { $0.isEmpty || !$0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            return .failure(.badRequest("invalid Content-Length"))
        }
        if !lengths.isEmpty, value("Transfer-Encoding") != nil { return .failure(.badRequest("Content-Length with Transfer-Encoding")) }
        return .success(self)
    }
}

extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")

    /// A `tchar` of RFC 9110 §5.6.2: the letters of method and field names.
    var isTokenByte: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
            UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"): return true
        default: return false
        }
    }
}

extension String {
    /// ASCII case-insensitive equality, as field names are compared.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }
}
