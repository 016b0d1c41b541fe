import Foundation
import Testing

@testable import PlanPress

/// `SpreadsheetFile.parse(bytes:path:)`, the pure reader every import goes through, and the number forms.
@Suite struct SpreadsheetFileTests {
    static func parse(_ text: String) -> SpreadsheetFile.Parse {
        SpreadsheetFile.parse(bytes: Data(text.utf8), path: "tasks.csv")
    }

    @Test func quotedCellsKeepLineBreaksDelimitersAndQuotesAndCountAsOneRow() throws {
        let parse = Self.parse("\u{FEFF}id;note\r\nI.1;\"dòng một\r\ndòng hai; \"\"trích\"\"\"\r\nI.2;x\r\n")
        #expect(parse.issues.isEmpty)
        let file = try #require(parse.file)
        #expect(file.header == ["id", "note"])
        #expect(file.rows == [.init(number: 2, cells: ["I.1", "dòng một\ndòng hai; \"trích\""]), .init(number: 3, cells: ["I.2", "x"])])
    }

    @Test func anIssueAfterACellWithLineBreaksIsPlacedByRowNotByLine() {
        let parse = Self.parse("id,note\nI.1,\"a\nb\nc\"\nI.2,x,y\n")
        #expect(parse.issues.map(\.description) == ["tasks.csv:3:3: error: the row has a cell beyond the last column, found 'y'"])
    }

    @Test func textAfterAClosingQuoteIsAnIssue() {
        let parse = Self.parse("id,note\nI.1,\"a\"b\n")
        #expect(parse.issues.map(\.description) == ["tasks.csv:2:2: error: text after the closing quote of a cell, found 'b'"])
    }

    @Test func theHeaderMustNameEveryColumnOnce() {
        let parse = Self.parse("id,,note,id\nI.1,,x,\n")
        #expect(
            parse.issues.map(\.description) == [
                "tasks.csv:1:2: error: the column has no name in the header row", "tasks.csv:1:4: error: column 'id' appears twice, first in column 1",
            ])
    }

    @Test func emptyRowsAndTrailingEmptyCellsAreFine() throws {
        let parse = Self.parse("id;note;\n\n;;\nI.1;x;\n")
        #expect(parse.issues.isEmpty)
        #expect(parse.file?.rows == [.init(number: 4, cells: ["I.1", "x"])])
    }

    @Test func bytesThatAreNotUTF8AreAnIssueWithTheirPosition() {
        let parse = SpreadsheetFile.parse(bytes: Data("id\nI.".utf8) + Data([0xFF]), path: "tasks.csv")
        #expect(parse.file == nil)
        #expect(parse.issues.map(\.location) == [SourceLocation(path: "tasks.csv", line: 2, column: 3)])
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(Self.parse("").issues.map(\.reason) == [.noHeader])
    }

    @Test(arguments: [
        ("87,5", 87.5), ("87.5", 87.5), ("87,5%", 87.5), ("87,5 %", 87.5), ("-3", -3), ("+4", 4), ("1,234", 1.234), ("0,125", 0.125),
        ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1.234.567", 1_234_567), ("1,234,567.25", 1_234_567.25), ("1 234,5", 1234.5),
        ("12345,5", 12345.5), ("1000000000000000", 1e15), ("-0", 0),
    ])
    func numbersInTheFormsPeopleType(text: String, value: Double) throws {
        #expect(try SpreadsheetNumber.parse(text).get() == value)
    }

    @Test(arguments: [
        ("0x20", SpreadsheetNumber.Problem.hexadecimal), ("1e3", .exponent), ("1E-3", .exponent), ("inf", .notFinite), ("-infinity", .notFinite),
        ("nan", .notFinite), ("1,2,3", .grouping), ("1,234,5", .grouping), ("12,34.5", .grouping), ("1.2.3,4", .grouping), (".5", .notDigits),
        ("5.", .notDigits), ("1..2", .notDigits), ("ba mươi", .notDigits), ("%", .notDigits), ("1000000000000001", .tooLarge),
        ("--5", .notDigits), ("١٢", .notDigits),
    ])
    func doubtfulNumbersAreRefusedWithTheirReason(text: String, problem: SpreadsheetNumber.Problem) {
        #expect(throws: problem) { try SpreadsheetNumber.parse(text).get() }
    }

    @Test func theFormulaGuardIsUndoneExactly() {
        for text in ["=x", "+1", "-", "@a", "'=x", "''+y", "'x", "'", "x'", "\tx"] {
            let exported = CSVTable.encode(FormulaGuard.cell(text))
            #expect(FormulaGuard.removed(from: exported) == text, "\(text) → \(exported)")
        }
    }

    /// Any bytes give a result and never a crash; every kept row has one cell per column.
    @Test func anyBytesParseWithoutCrashing() {
        var rng = FuzzTests.SeededGenerator(state: 20_260_930)
        let seed = Array("id;status;progress;note\r\nI.1;\"on-track\";45;\"a;b\"\"c\nd\"\r\n".utf8)
        let pieces: [[UInt8]] = ["\"", ";", ",", "\n", "\r", "\r\n", "\"\"", " ", "\u{FEFF}", "ư", "'="].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x00]]
        for _ in 0..<3_000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let position = Int.random(in: 0...bytes.count, using: &rng)
                if Bool.random(using: &rng), position < bytes.count {
                    bytes.remove(at: position)
                } else {
                    bytes.insert(contentsOf: pieces.randomElement(using: &rng) ?? [], at: position)
                }
            }
            let parse = SpreadsheetFile.parse(bytes: Data(bytes), path: "tasks.csv")
            if let file = parse.file {
                #expect(file.rows.allSatisfy { $0.cells.count == file.header.count && $0.number >= 2 })
            } else {
                #expect(!parse.issues.isEmpty)
            }
            #expect(parse.issues.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
        }
    }
}
