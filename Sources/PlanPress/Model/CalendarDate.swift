import Foundation

/// A day on the calendar, with no time and no time zone: what front matter dates mean.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Builds a date only if it exists (2026-02-30 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for any other form or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy(\.isASCIIDigits),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The years a content date may name: a plan's basis may go back decades, and targets lie a few years ahead.
    public static let years = 1900...2200

    /// The last day of a year: always valid.
    public static func endOf(year: Int) -> CalendarDate {
        var date = CalendarDate(clampedYear: year)
        date.month = 12
        date.day = 31
        return date
    }

    /// 1 January of `year`, built without the validity check it cannot fail.
    private init(clampedYear year: Int) {
        self.year = year
        self.month = 1
        self.day = 1
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of a month, e.g. a "2027-02" deadline.
    public static func endOf(month: Int, year: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public var iso: String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            + "-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

extension CalendarDate {
    /// Today in Vietnam (Asia/Ho_Chi_Minh), whatever the machine's own time zone.
    public static func today(in zone: String = "Asia/Ho_Chi_Minh") -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let year = parts.year ?? 2026
        return CalendarDate(year: year, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(clampedYear: year)
    }
}
