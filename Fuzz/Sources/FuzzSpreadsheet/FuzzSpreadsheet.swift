import Foundation
import LibFuzzerDriver
import PlanPress

/// libFuzzer's entry: the bytes of a CSV file as a spreadsheet saved it, read by the importer's parser
/// (`SpreadsheetFile.parse`). No bytes may trap or hang, every issue has a row and a column, and the rows kept
/// are numbered as the spreadsheet shows them and fit the header.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parse = SpreadsheetFile.parse(bytes: Data(bytes: data, count: size), path: "tasks.csv")
    for issue in parse.issues where issue.location.line < 1 || issue.location.column < 1 || issue.location.path != "tasks.csv" {
        fatalError("an issue without a position: \(issue)")
    }
    guard let file = parse.file else { return 0 }
    var previous = 1
    for row in file.rows {
        if row.number <= previous || row.cells.count != file.header.count {
            fatalError("row \(row.number) after \(previous), \(row.cells.count) cells for \(file.header.count) columns")
        }
        previous = row.number
    }
    return 0
}

/// The program's entry, which SwiftPM names `<module>_main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("FuzzSpreadsheet_main")
public func fuzzSpreadsheetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
