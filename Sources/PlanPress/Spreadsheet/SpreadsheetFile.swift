import CSV
import Foundation

/// A CSV file as spreadsheets save it, read with CSV.swift: a BOM or none, CRLF or LF, `,` or `;` between cells
/// (the Vietnamese locale of Excel and LibreOffice uses `;`).
struct SpreadsheetFile {
    var path: String
    var header: [String]
    /// Data rows with their 1-based row number in the file (the header is row 1).
    var rows: [(number: Int, cells: [String: String])]

    static func read(_ text: String, path: String, log: inout DiagnosticLog) -> SpreadsheetFile? {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: UnicodeScalar = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        do {
            let reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
            let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
            var rows: [(Int, [String: String])] = []
            var number = 1
            while let row = reader.next() {
                number += 1
                if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                var cells: [String: String] = [:]
                for (index, name) in header.enumerated() where index < row.count { cells[name] = row[index] }
                rows.append((number, cells))
            }
            return SpreadsheetFile(path: path, header: header, rows: rows)
        } catch {
            log.error(at: SourceLocation(path: path), "cannot read the CSV file: \(error)", hint: "save it as CSV (UTF-8) from the spreadsheet")
            return nil
        }
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

    /// A number as people type it: 87.5, 87,5, 87,5% or 1.250,5.
    static func number(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: " ", with: "")
        if t.contains(","), t.contains(".") {
            t = t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else {
            t = t.replacingOccurrences(of: ",", with: ".")
        }
        guard let value = Double(t), value.isFinite else { return nil }
        return value
    }
}
