import CSV
import Foundation
import Testing

@testable import PlanPress

/// The import's strict CSV reader reads every well-formed file cell for cell as CSV.swift does; it differs only
/// in refusing what CSV.swift would guess at (an unclosed quote, a short row), and in leaving out blank rows,
/// which a unit leaves blank for a task it does not report.
@Suite struct SpreadsheetOracleTests {
    typealias SeededGenerator = FuzzTests.SeededGenerator

    static let pieces = [
        "a", "Rà soát", "đơn vị", "\"", "\"\"", ",", ";", "\n", "\r\n", " ", "'", "=1+1", "87,5", "100%", "Ệ", "\t",
    ]

    /// A table of random texts, written as the exports write it (quoted where needed, CRLF line ends, a BOM).
    static func table(seed: UInt64) -> [[String]] {
        var rng = SeededGenerator(state: seed)
        let columns = Int.random(in: 1...6, using: &rng)
        let header = (0..<columns).map { "cot\($0)" }
        let rows = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
            (0..<columns).map { _ in
                (0..<Int.random(in: 1...5, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            }
        }
        return [header] + rows
    }

    @Test(arguments: 1...60)
    func wellFormedFilesReadAsCSVSwiftReadsThem(seed: UInt64) throws {
        let table = Self.table(seed: UInt64(seed) &* 7919)
        let csv = CSVTable(headers: table[0], rows: table.dropFirst().map { $0.map { .text($0) } }).render()
        let oracle = try CSVReader(string: String(csv.dropFirst()), hasHeaderRow: true)
        var expected: [[String]] = []
        while let row = oracle.next() {
            if !row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { expected.append(row) }
        }
        let parse = SpreadsheetFile.parse(bytes: Data(csv.utf8), path: "bang.csv")
        let file = try #require(parse.file)
        #expect(parse.issues.isEmpty, "\(parse.issues)")
        #expect(file.header == (oracle.headerRow ?? []))
        // The exports write line ends inside cells as they are; both readers keep a cell's CRLF, the import as LF.
        #expect(file.rows.map(\.cells) == expected.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } },
            "seed \(seed):\n\(csv)")
    }
}
