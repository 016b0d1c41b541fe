/// When a task is due: a range of years, a month, a day, or every year.
public enum Due: Sendable, Hashable {
    case years(Int, Int)
    case month(year: Int, month: Int)
    case day(CalendarDate)
    case yearly

    /// Parses `2026-2030`, `2027-02`, `2027-02-28` or `yearly`.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "yearly" {
            self = .yearly
            return
        }
        if let date = CalendarDate(iso: t) {
            self = .day(date)
            return
        }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts.allSatisfy(\.isASCIIDigits), let first = Int(parts[0]),
            let second = Int(parts[1]), CalendarDate.years.contains(first)
        else {
            return nil
        }
        if parts[1].count == 2, (1...12).contains(second) {
            self = .month(year: first, month: second)
        } else if parts[1].count == 4, second >= first, CalendarDate.years.contains(second) {
            self = .years(first, second)
        } else {
            return nil
        }
    }

    /// The last day the task may be finished on; nil for yearly tasks, which recur.
    public var deadline: CalendarDate? {
        switch self {
        case let .years(_, end): return CalendarDate(year: end, month: 12, day: 31)
        case let .month(year, month): return CalendarDate.endOf(month: month, year: year)
        case let .day(date): return date
        case .yearly: return nil
        }
    }

    /// The first day of the task's window, when the plan gives one.
    public var start: CalendarDate? {
        switch self {
        case let .years(start, _): return CalendarDate(year: start, month: 1, day: 1)
        default: return nil
        }
    }
}
