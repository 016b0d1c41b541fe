/// Splits CSV text into records of cells (RFC 4180), with an issue for every quote out of place.
///
/// Works on UTF-8 bytes: the delimiters, quotes and line ends are ASCII, so no cut falls inside a character.
/// Line ends are LF here (`SourceReader.decode` turned CRLF and CR into LF).
struct CSVScanner {
    private let bytes: [UInt8]
    private let path: String
    private let delimiter: UInt8
    private var index = 0
    private(set) var issues: [SpreadsheetIssue] = []

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    init(_ bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        delimiter = Self.delimiter(of: bytes)
    }

    /// `;` when the first line has more of them than `,` outside quotes, else `,`.
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle() }
            if quoted { continue }
            if byte == newline { break }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
            if byte == UInt8(ascii: ",") { commas += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Every record, the first being row 1. Stops at a quoted cell that runs to the end of the file.
    mutating func records() -> [[String]] {
        var records: [[String]] = []
        var cells: [String] = []
        while index < bytes.count {
            let row = records.count + 1
            let column = cells.count + 1
            guard let cell = nextCell(row: row, column: column) else { return records }
            if cell.utf8.count > ContentLimits.cellBytes {
                issues.append(SpreadsheetIssue(at: location(row, column), .cellTooLarge(bytes: cell.utf8.count)))
            }
            cells.append(cell)
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                if index == bytes.count { cells.append("") }
                continue
            }
            index += 1  // the line end, or past the end of the file
            records.append(cells)
            cells = []
        }
        if !cells.isEmpty { records.append(cells) }
        return records
    }

    /// The cell starting at `index`, leaving `index` on the delimiter or line end after it; nil when a quoted
    /// cell never closes.
    private mutating func nextCell(row: Int, column: Int) -> String? {
        var start = index
        while start < bytes.count, bytes[start] == Self.space || bytes[start] == Self.tab { start += 1 }
        guard start < bytes.count, bytes[start] == Self.quote else { return unquotedCell(row: row, column: column) }
        var text: [UInt8] = []
        var position = start + 1
        while true {
            guard position < bytes.count else {
                let found = String(decoding: bytes[start...], as: UTF8.self)
                issues.append(SpreadsheetIssue(at: location(row, column), .unterminatedQuote(found: found)))
                index = bytes.count
                return nil
            }
            if bytes[position] == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    text.append(Self.quote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            text.append(bytes[position])
            position += 1
        }
        while position < bytes.count, bytes[position] == Self.space || bytes[position] == Self.tab { position += 1 }
        index = position
        let rest = endOfCell()
        if rest > position {
            let found = String(decoding: bytes[position..<rest], as: UTF8.self)
            issues.append(SpreadsheetIssue(at: location(row, column), .textAfterClosingQuote(found: found)))
        }
        index = rest
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func unquotedCell(row: Int, column: Int) -> String {
        let end = endOfCell()
        let cell = bytes[index..<end]
        index = end
        let text = String(decoding: cell, as: UTF8.self)
        if cell.contains(Self.quote) { issues.append(SpreadsheetIssue(at: location(row, column), .strayQuote(found: text))) }
        return text
    }

    /// The index of the delimiter or line end that ends the cell at `index`, or the end of the file.
    private func endOfCell() -> Int {
        var end = index
        while end < bytes.count, bytes[end] != delimiter, bytes[end] != Self.newline { end += 1 }
        return end
    }

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: row, column: column)
    }
}
