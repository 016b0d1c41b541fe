import Foundation

/// The guard that keeps a text cell from running as a formula when a spreadsheet opens the file, and its undoing.
///
/// `CSVTable` writes a `'` before a text starting with `= + - @`, a tab or a CR, and one more before a text that
/// itself starts with one or more `'` and such a character. The import removes exactly one `'` from any cell of
/// that form, so it gives back every text as it was: `=x` → `'=x` → `=x`, and `'=x` → `''=x` → `'=x`.
enum FormulaGuard {
    /// The characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether the text is one or more `'` followed by a formula character.
    static func isQuotedFormula(_ text: Substring) -> Bool {
        guard text.first == "'" else { return false }
        return text.drop { $0 == "'" }.first.map(formulaStarts.contains) == true
    }

    /// A text cell for an export that imports back as exactly `text`: line ends become LF, as the import reads
    /// every line end.
    static func cell(_ text: String) -> CSVTable.Cell {
        guard text.unicodeScalars.contains("\r") else { return .text(text) }
        return .text(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// The cell with the export's guard removed: one leading `'` when `'`s and a formula character follow.
    static func removed(from cell: String) -> String {
        isQuotedFormula(cell[...]) ? String(cell.dropFirst()) : cell
    }
}
