import Foundation

/// The guard that keeps a text cell from running as a formula when a spreadsheet opens the file, and its undoing.
///
/// `CSVTable` writes a `'` before a text starting with `= + - @`, a tab or a CR. A text that itself starts with
/// one or more `'` before such a character gets one more `'` here, so that the import, which removes exactly one
/// `'` from any cell of that form, gives back every text as it was: `=x` → `'=x` → `=x`, and `'=x` → `''=x` → `'=x`.
enum FormulaGuard {
    /// The characters a spreadsheet reads as the start of a formula, and the ones `CSVTable` guards with them.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether the text is one or more `'` followed by a formula character.
    static func isQuotedFormula(_ text: Substring) -> Bool {
        guard text.first == "'" else { return false }
        return text.drop { $0 == "'" }.first.map(formulaStarts.contains) == true
    }

    /// The text to hand to `CSVTable` as a text cell: with the extra `'` a text like `'=x` needs, which
    /// `CSVTable`'s own guard does not add.
    static func prepared(_ text: String) -> String {
        isQuotedFormula(text[...]) ? "'" + text : text
    }

    /// A text cell for `CSVTable`, guarded so that the import gives back exactly `text`.
    ///
    /// Line ends become LF first: the import reads every line end as LF, and `CSVTable.quote` looks for `\r`
    /// and `\n` as characters, so a CRLF (one character in Swift) would go out unquoted and split the row.
    static func cell(_ text: String) -> CSVTable.Cell {
        guard text.unicodeScalars.contains("\r") else { return .text(prepared(text)) }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return .text(prepared(lines))
    }

    /// The cell with the export's guard removed: one leading `'` when `'`s and a formula character follow.
    static func removed(from cell: String) -> String {
        isQuotedFormula(cell[...]) ? String(cell.dropFirst()) : cell
    }
}
