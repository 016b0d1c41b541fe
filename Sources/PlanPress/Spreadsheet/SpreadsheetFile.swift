import Foundation

/// A CSV file as spreadsheets save it: a BOM or none, CRLF or LF, `,` or `;` between cells (the Vietnamese
/// locale of Excel and LibreOffice uses `;`), cells in quotes or not.
///
/// Reading is strict, since a cell read wrongly becomes a wrong figure on a public site: a quote that never
/// closes, a row cut short or running past the header, and a cell or file over `ContentLimits` are issues with
/// their row and column, never guessed at.
public struct SpreadsheetFile: Sendable {
    /// One data row: its number as the spreadsheet shows it (the header is row 1) and its cells as written.
    public struct Row: Sendable, Hashable {
        public var number: Int
        public var cells: [String]
    }

    /// What `parse(bytes:path:)` read: the file, unless even its header could not be read, and every issue.
    public struct Parse: Sendable {
        public var file: SpreadsheetFile?
        public var issues: [SpreadsheetIssue]
    }

    /// The path shown in diagnostics, e.g. `tasks.csv`.
    public var path: String
    /// The column names of row 1, without surrounding spaces.
    public var header: [String]
    /// The data rows, without blank rows and without rows that have an issue.
    public var rows: [Row]

    /// Parses a CSV file's bytes into a header and rows, with an issue for everything doubtful.
    ///
    /// Pure and total: any bytes give a result, never a crash, so a fuzzer can call it directly. The cells are
    /// kept as written, quotes removed and `""` made `"`; `value(_:_:)` gives a cell as a text to import.
    /// - Parameters:
    ///   - bytes: the file as saved, up to `ContentLimits.fileSize`.
    ///   - path: the name to show in positions, e.g. `tasks.csv`.
    public static func parse(bytes: Data, path: String) -> Parse {
        guard bytes.count <= ContentLimits.fileSize else {
            return Parse(file: nil, issues: [SpreadsheetIssue(at: SourceLocation(path: path), .fileTooLarge(bytes: bytes.count))])
        }
        var log = DiagnosticLog()
        guard let source = SourceReader.decode(bytes, path: path, into: &log) else {
            return Parse(file: nil, issues: log.errors.map { SpreadsheetIssue(at: $0.location, .undecodable(message: $0.message, hint: $0.hint)) })
        }
        var scanner = CSVScanner(Array(source.text.utf8), path: path)
        let records = scanner.records()
        var issues = scanner.issues
        guard let first = records.first else {
            return Parse(file: nil, issues: issues.isEmpty ? [SpreadsheetIssue(at: SourceLocation(path: path), .noHeader)] : issues)
        }
        var header = first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        while header.last?.isEmpty == true { header.removeLast() }
        for (index, name) in header.enumerated() {
            let location = SourceLocation(path: path, line: 1, column: index + 1)
            if name.isEmpty {
                issues.append(SpreadsheetIssue(at: location, .emptyColumnName))
            } else if let firstIndex = header.firstIndex(of: name), firstIndex < index {
                issues.append(SpreadsheetIssue(at: location, .duplicateColumn(name: name, firstColumn: firstIndex + 1)))
            }
        }
        var rows: [Row] = []
        for (index, cells) in records.enumerated().dropFirst() {
            let number = index + 1
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            if cells.count < header.count {
                let location = SourceLocation(path: path, line: number, column: cells.count + 1)
                issues.append(SpreadsheetIssue(at: location, .missingCells(found: cells.count, expected: header.count)))
                continue
            }
            if let extra = cells.indices.dropFirst(header.count).first(where: { !cells[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                issues.append(SpreadsheetIssue(at: SourceLocation(path: path, line: number, column: extra + 1), .extraCell(found: cells[extra])))
                continue
            }
            rows.append(Row(number: number, cells: Array(cells.prefix(header.count))))
        }
        return Parse(file: SpreadsheetFile(path: path, header: header, rows: rows), issues: issues)
    }

    // MARK: - Cells

    /// The cell as a text to import: the export's formula guard undone, surrounding whitespace dropped
    /// (the loader drops it from every text too). An absent column gives "".
    func value(_ row: Row, _ column: String) -> String {
        guard let index = header.firstIndex(of: column), index < row.cells.count else { return "" }
        return FormulaGuard.removed(from: row.cells[index]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The current text when `imported` is it with LF line ends, else `imported`.
    ///
    /// A cell's line ends are read as LF, so a text holding CR (only a YAML escape can put one there) would
    /// otherwise change on every round trip; the other difference a cell hides, surrounding whitespace, the
    /// loader already drops.
    static func keeping(_ imported: String, current: String?) -> String {
        guard let current, current.unicodeScalars.contains("\r"),
            current.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") == imported
        else { return imported }
        return current
    }

    /// The position of a cell, as file:row:column (the column counted from 1 as the spreadsheet shows it).
    func location(row: Int, column name: String) -> SourceLocation {
        SourceLocation(path: path, line: row, column: (header.firstIndex(of: name) ?? 0) + 1)
    }

    /// Reports missing columns; returns false if any is missing.
    func require(_ columns: [String], log: inout DiagnosticLog) -> Bool {
        let missing = columns.filter { !header.contains($0) }
        for column in missing {
            log.error(
                at: SourceLocation(path: path, line: 1, column: 1), "column '\(column)' is missing",
                hint: "use the file `planpress export` wrote; its header row is: \(columns.joined(separator: ", "))")
        }
        return missing.isEmpty
    }

    /// Reports every column the import does not read, since its cells would be dropped without a word.
    func rejectUnknownColumns(_ known: [String], log: inout DiagnosticLog) {
        for (index, name) in header.enumerated() where !name.isEmpty && !known.contains(name) {
            log.error(
                at: SourceLocation(path: path, line: 1, column: index + 1), "unknown column '\(name)'",
                hint: "PlanPress would drop it; the columns are: \(known.joined(separator: ", "))")
        }
    }
}
