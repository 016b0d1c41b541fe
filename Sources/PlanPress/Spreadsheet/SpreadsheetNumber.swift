/// A number as people type it in a spreadsheet, read strictly: a wrong reading would become a wrong figure.
///
/// Accepted: digits with an optional sign, one decimal separator (`.` or `,`), an optional trailing `%`, and
/// thousands grouped in threes where the reading is certain: `1,234.5` and `1.234,5` (both separators, the
/// last one the decimal), `1.234.567` (one separator repeated), `1 234,5` (spaces). A single `.` or `,` is
/// always the decimal separator: `87,5` and `1,234` are 87.5 and 1.234.
/// Everything else is refused with the reason: hexadecimal, exponents, `inf` and `nan`, and magnitudes beyond
/// `ContentLimits.largestValue`.
enum SpreadsheetNumber {
    /// Why a text is not a number.
    enum Problem: Error, Equatable {
        case empty
        case hexadecimal
        case exponent
        case notFinite
        case grouping
        case notDigits
        case tooLarge

        /// Said after "is not a number", with a colon; empty when the text is simply something else.
        var reason: String {
            switch self {
            case .empty, .notDigits: ""
            case .hexadecimal: ": hexadecimal is not accepted"
            case .exponent: ": exponents are not accepted"
            case .notFinite: ": infinity and nan are not numbers"
            case .grouping: ": the thousands separators are not in groups of three"
            case .tooLarge: ": its magnitude is beyond 10^15"
            }
        }
    }

    /// The hint for every number error: the forms accepted.
    static let expected = "write digits with at most one decimal separator, e.g. 87,5 or 87.5 (1.234,5 and 1,234.5 are 1234.5)"

    static func parse(_ text: String) -> Result<Double, Problem> {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.last == "%" { body = Substring(body.dropLast().trimmingCharacters(in: .whitespaces)) }
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return .failure(text.isEmpty ? .empty : .notDigits) }
        let lower = body.lowercased()
        if lower.hasPrefix("0x") { return .failure(.hexadecimal) }
        if ["inf", "infinity", "nan", "∞"].contains(lower) { return .failure(.notFinite) }
        if lower.contains("e"), lower.contains(where: \.isNumber), lower.allSatisfy({ $0.isASCII && ($0.isNumber || ".,e+-".contains($0)) }) { return .failure(.exponent) }
        let separators: Set<Character> = [".", ",", " ", "\u{00A0}", "\u{202F}"]
        guard body.allSatisfy({ ($0.isASCII && $0.isNumber) || separators.contains($0) }) else { return .failure(.notDigits) }
        guard let first = body.first, let last = body.last, first.isNumber, last.isNumber else { return .failure(.notDigits) }
        let groups = body.split(omittingEmptySubsequences: false) { separators.contains($0) }
        let marks = Array(body.filter { separators.contains($0) })
        guard groups.allSatisfy({ !$0.isEmpty }) else { return .failure(.notDigits) }
        var digits = groups.map(String.init).joined()
        if decimalSeparator(marks) != nil {
            guard marks.count == 1 || wellGrouped(groups.dropLast()) else { return .failure(.grouping) }
            digits = groups.dropLast().joined() + "." + groups[groups.count - 1]
        } else if !marks.isEmpty {
            guard Set(marks).count == 1, wellGrouped(groups[...]) else { return .failure(.grouping) }
        }
        guard let magnitude = Double(digits) else { return .failure(.notDigits) }
        guard magnitude <= ContentLimits.largestValue else { return .failure(.tooLarge) }
        let value = negative ? -magnitude : magnitude
        return .success(value == 0 ? 0 : value)
    }

    /// The decimal separator, when there is one: a lone `.` or `,`, or the last mark when it differs from all
    /// the grouping marks before it.
    private static func decimalSeparator(_ marks: [Character]) -> Character? {
        guard let last = marks.last, last == "." || last == "," else { return nil }
        let before = marks.dropLast()
        if before.isEmpty { return last }
        return before.allSatisfy({ $0 != last }) && Set(before).count == 1 ? last : nil
    }

    /// Groups of three digits after a first group of one to three.
    private static func wellGrouped(_ groups: ArraySlice<Substring>) -> Bool {
        guard let first = groups.first else { return true }
        return (1...3).contains(first.count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
