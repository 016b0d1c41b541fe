/// A table written as CSV for spreadsheets: UTF-8 with a BOM (Excel then keeps Vietnamese text intact),
/// CRLF line ends, quoted cells, numbers with a dot, and text cells guarded against formula injection.
struct CSVTable {
    enum Cell {
        case text(String)
        case number(Double?)
        case flag(Bool)
    }

    var headers: [String]
    var rows: [[Cell]]

    func render() -> String {
        var out = "\u{FEFF}"
        out += headers.map(Self.quote).joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map(Self.encode).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func encode(_ cell: Cell) -> String {
        switch cell {
        case let .text(text):
            // A cell starting with = + - @ (or a tab or CR) would run as a formula: keep it text with a leading '.
            // A text that already starts with ' and such a character gets one more, so that the import, which
            // takes one ' off every cell of that form (FormulaGuard), gives back every text as it was.
            let guarded = text.first.map(FormulaGuard.formulaStarts.contains) == true || FormulaGuard.isQuotedFormula(text[...])
                ? "'" + text : text
            return quote(guarded)
        case let .number(value):
            return value.map(FieldReader.plain) ?? ""
        case let .flag(value):
            return value ? "true" : "false"
        }
    }

    static func quote(_ text: String) -> String {
        // By scalars: CRLF is a single Character, which a test for "\r" or "\n" would not match.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
