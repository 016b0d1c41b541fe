/// The period a report covers: a quarter, a half year or a year.
public enum ReportPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case year(Int)

    /// Parses `2026-Q1`, `2026-H1` or `2026` (case-insensitive).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        if t.count == 4, t.isASCIIDigits, let y = Int(t) {
            self = .year(y)
            return
        }
        let parts = t.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[0].isASCIIDigits, let y = Int(parts[0]), parts[1].count == 2,
            parts[1].dropFirst().isASCIIDigits, let n = Int(parts[1].dropFirst())
        else { return nil }
        switch parts[1].first {
        case "Q" where (1...4).contains(n): self = .quarter(year: y, quarter: n)
        case "H" where (1...2).contains(n): self = .half(year: y, half: n)
        default: return nil
        }
    }

    public var year: Int {
        switch self {
        case let .quarter(y, _), let .half(y, _), let .year(y): return y
        }
    }

    /// The first day of the period.
    public var start: CalendarDate {
        let month: Int
        switch self {
        case let .quarter(_, q): month = q * 3 - 2
        case let .half(_, h): month = h * 6 - 5
        case .year: month = 1
        }
        return CalendarDate(year: year, month: month, day: 1) ?? CalendarDate.endOf(year: year - 1)
    }

    /// The last day of the period.
    public var end: CalendarDate {
        let month: Int
        switch self {
        case let .quarter(_, q): month = q * 3
        case let .half(_, h): month = h * 6
        case .year: month = 12
        }
        return CalendarDate.endOf(month: month, year: year) ?? CalendarDate.endOf(year: year)
    }

    /// The quarter that ends `months` after this period ends, e.g. the report expected next.
    public func quarter(after months: Int) -> ReportPeriod {
        let end = self.end
        let total = end.year * 12 + end.month - 1 + months
        return .quarter(year: total / 12, quarter: (total % 12) / 3 + 1)
    }

    /// `2026-Q1`, as written in front matter.
    public var description: String {
        switch self {
        case let .quarter(y, q): return "\(y)-Q\(q)"
        case let .half(y, h): return "\(y)-H\(h)"
        case let .year(y): return "\(y)"
        }
    }

    /// The permanent URL slug, e.g. `2026-q3`.
    public var slug: String { description.lowercased() }

    /// Orders by end date; a longer period sorts after a shorter one ending the same day.
    public static func < (a: ReportPeriod, b: ReportPeriod) -> Bool {
        if a.end != b.end { return a.end < b.end }
        return a.length < b.length
    }

    private var length: Int {
        switch self {
        case .quarter: return 1
        case .half: return 2
        case .year: return 3
        }
    }
}
