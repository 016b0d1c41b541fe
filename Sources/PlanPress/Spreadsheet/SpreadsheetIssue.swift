/// A problem with a spreadsheet file's structure or one of its cells, at its file:row:column.
///
/// Rows are counted as the spreadsheet shows them (the header is row 1, a cell holding line breaks stays one
/// row), columns from 1. Every issue refuses the whole import.
public struct SpreadsheetIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The file is larger than `ContentLimits.fileSize`.
        case fileTooLarge(bytes: Int)
        /// The bytes are not UTF-8 text, or hold a forbidden control character.
        case undecodable(message: String, hint: String?)
        /// The file has no header row.
        case noHeader
        /// A header cell is empty while later ones are not.
        case emptyColumnName
        /// A column name appears twice; `firstColumn` is where it appeared first.
        case duplicateColumn(name: String, firstColumn: Int)
        /// A quoted cell runs to the end of the file; `found` is its start.
        case unterminatedQuote(found: String)
        /// A `"` inside a cell that does not start with one.
        case strayQuote(found: String)
        /// Text between a closing quote and the next delimiter.
        case textAfterClosingQuote(found: String)
        /// A row with fewer cells than the header has columns.
        case missingCells(found: Int, expected: Int)
        /// A non-empty cell beyond the header's last column.
        case extraCell(found: String)
        /// A cell larger than `ContentLimits.cellBytes`.
        case cellTooLarge(bytes: Int)
    }

    public var location: SourceLocation
    public var reason: Reason

    public init(at location: SourceLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var message: String {
        switch reason {
        case let .fileTooLarge(bytes):
            "the file holds \(bytes) bytes, more than the limit of \(ContentLimits.fileSize) (\(ContentLimits.fileSize / 1_048_576) MB)"
        case let .undecodable(message, _): message
        case .noHeader: "the file has no header row"
        case .emptyColumnName: "the column has no name in the header row"
        case let .duplicateColumn(name, first): "column '\(name)' appears twice, first in column \(first)"
        case let .unterminatedQuote(found):
            "the quoted cell starting here has no closing quote, found '\(SpreadsheetIssue.excerpt(found))' running to the end of the file"
        case let .strayQuote(found): "a quote inside a cell that does not start with one, found '\(SpreadsheetIssue.excerpt(found))'"
        case let .textAfterClosingQuote(found): "text after the closing quote of a cell, found '\(SpreadsheetIssue.excerpt(found))'"
        case let .missingCells(found, expected):
            "the row has \(found) \(found == 1 ? "cell" : "cells"), expected \(expected), one for each column of the header"
        case let .extraCell(found): "the row has a cell beyond the last column, found '\(SpreadsheetIssue.excerpt(found))'"
        case let .cellTooLarge(bytes):
            "the cell holds \(bytes) bytes, more than the limit of \(ContentLimits.cellBytes) (\(ContentLimits.cellBytes / 1024) KB)"
        }
    }

    /// The form expected, said as what to do.
    public var hint: String? {
        switch reason {
        case .fileTooLarge: "a report or catalogue fits in a few hundred KB; check that the file is the one `planpress export` wrote"
        case let .undecodable(_, hint): hint
        case .noHeader: "use the file `planpress export` wrote; its first row names the columns"
        case .emptyColumnName, .duplicateColumn: "keep the header row as `planpress export` wrote it"
        case .unterminatedQuote: "close the cell with a \" (a quote inside a quoted cell is written twice: \"\")"
        case .strayQuote: "put the whole cell in quotes and write the quote twice: \"màn hình 5\"\" mới\""
        case .textAfterClosingQuote: "put the whole cell in quotes; a quote inside it is written twice (\"\")"
        case .missingCells: "the row was cut short; save the whole sheet again, or add the missing cells (they may be empty)"
        case .extraCell: "PlanPress would drop it; move the text into a column of the header, or add nothing after the last column"
        case .cellTooLarge: "shorten the text; a note or title of a few sentences is enough, details belong in the report's body"
        }
    }

    public var diagnostic: Diagnostic { .error(at: location, message, hint: hint) }

    public var description: String { "\(location): error: \(message)" }

    /// The start of a long value, for quoting it in a message.
    static func excerpt(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        let short = line.prefix(40)
        return short.count < text.count ? short + "…" : String(short)
    }
}
