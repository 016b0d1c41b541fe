/// The UI strings of one language and the way it writes numbers, dates and periods.
///
/// Every word a page shows comes from the theme's `i18n/<lang>.yaml`; patterns such as
/// `period_quarter: "Quý {q}/{y}"` let each language order the parts its own way.
public struct Localizer: Sendable {
    public var language: String
    public var strings: [String: String] {
        didSet { compile() }
    }
    /// The strings with `{name}` placeholders, split once: dates and periods are written on every page.
    private var patterns: [String: UIPattern] = [:]
    /// `mon_1`…`mon_12` and `month_1`…`month_12`, by month number.
    private var monthNames: (short: [String], long: [String]) = ([], [])
    /// `status_on_track` and the like, by status: every task row and feed update shows one.
    private var statusLabels: [TaskStatus: String] = [:]

    public init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
        compile()
    }

    private mutating func compile() {
        patterns = strings.compactMapValues { $0.utf8.contains(UInt8(ascii: "{")) ? UIPattern($0) : nil }
        let months = 0...12
        monthNames = (months.map { strings["mon_\($0)"] ?? String($0) }, months.map { strings["month_\($0)"] ?? String($0) })
        statusLabels = Dictionary(uniqueKeysWithValues: TaskStatus.allCases.map { ($0, t(Self.statusKey($0))) })
    }

    /// The string for `key`; the key itself if the theme lacks it (the theme check reports that earlier).
    public func t(_ key: String) -> String { strings[key] ?? key }

    /// `in-progress` → `in_progress`, as UI string keys are written.
    private static func keyPart(_ value: String) -> String {
        String(decoding: value.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }

    /// Fills `{name}` placeholders of the string for `key`; a placeholder without a value stays as written.
    public func t(_ key: String, _ values: [String: String]) -> String {
        fill(key) { values[$0] }
    }

    /// Fills the placeholders of the string for `key` with `value(name)`; for strings filled many times, where a
    /// dictionary of values would be made for each.
    func fill(_ key: String, _ value: (String) -> String?) -> String {
        guard let pattern = patterns[key] else { return t(key) }
        return pattern.filled(value)
    }

    /// 87.5 → "87,5" in Vietnamese; at most `decimals` digits after the separator, none when whole.
    public func number(_ value: Double, decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 6)) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        // Content holds numbers of at most 10^15 (ContentLimits); sums and differences of them stay far below the
        // 9.2 × 10^18 where an Int ends. Anything else is written plainly rather than trapping.
        guard rounded.isFinite, abs(rounded) * scale < 9e18 else { return rounded.isNaN ? "–" : String(rounded) }
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int(magnitude)
        let fraction = Int(((magnitude - Double(whole)) * scale).rounded())
        var digits = ""
        if fraction > 0 {
            var text = String(fraction)
            text = String(repeating: "0", count: max(0, decimals - text.count)) + text
            while text.hasSuffix("0") { text.removeLast() }
            digits = t("decimal_separator") + text
        }
        return (negative ? "-" : "") + grouped(whole) + digits
    }

    private func grouped(_ value: Int) -> String {
        let text = String(value)
        guard text.count > 3 else { return text }
        var out = ""
        for (i, ch) in text.enumerated() {
            if i > 0, (text.count - i) % 3 == 0 { out += t("group_separator") }
            out.append(ch)
        }
        return out
    }

    /// A value with its unit: "87,5%", "hạng 4", "12 điểm".
    public func measure(_ value: Double, kind: IndicatorKind, unit: String) -> String {
        switch kind {
        case .percent:
            let text = number(value)
            return fill("format_percent") { $0 == "n" ? text : nil }
        case .rank:
            let text = number(value, decimals: 0)
            return fill("format_rank") { $0 == "n" ? text : nil }
        default: return unit.isEmpty ? number(value) : number(value) + " " + unit
        }
    }

    public func percent(_ value: Double) -> String {
        let text = number(value, decimals: 0)
        return fill("format_percent") { $0 == "n" ? text : nil }
    }

    /// "29/8/2025" in Vietnamese, "29 Aug 2025" in English.
    public func date(_ date: CalendarDate) -> String {
        let months = monthNames
        return fill("date_short") { Self.dateParts(year: date.year, month: date.month, day: date.day, months, $0) }
    }

    /// "ngày 29 tháng 8 năm 2025", "29 August 2025"
    public func longDate(_ date: CalendarDate) -> String {
        let months = monthNames
        return fill("date_long") { Self.dateParts(year: date.year, month: date.month, day: date.day, months, $0) }
    }

    /// Values for date patterns: `{d}`, `{m}`, `{y}`, and month names `{mon}` (short) and `{month}`. Static, so
    /// that the closures filling a pattern capture the month names and not a copy of the whole Localizer.
    private static func dateParts(
        year: Int, month: Int, day: Int = 1, _ monthNames: (short: [String], long: [String]), _ name: String
    ) -> String? {
        switch name {
        case "d": return String(day)
        case "m": return String(month)
        case "y": return String(year)
        case "mon": return monthNames.short.indices.contains(month) ? monthNames.short[month] : String(month)
        case "month": return monthNames.long.indices.contains(month) ? monthNames.long[month] : String(month)
        default: return nil
        }
    }

    /// "Quý 3/2026", "6 tháng đầu năm 2026", "Năm 2026"
    public func period(_ period: ReportPeriod) -> String {
        switch period {
        case let .quarter(y, q): return fill("period_quarter") { $0 == "q" ? String(q) : $0 == "y" ? String(y) : nil }
        case let .half(y, h): return fill(h == 1 ? "period_half_first" : "period_half_second") { $0 == "y" ? String(y) : nil }
        case let .year(y): return fill("period_year") { $0 == "y" ? String(y) : nil }
        }
    }

    /// "2026–2030", "Tháng 2/2027", "28/2/2027", "Hằng năm"
    public func due(_ due: Due) -> String {
        switch due {
        case let .years(a, b): return a == b ? String(a) : "\(a)–\(b)"
        case let .month(y, m):
            let months = monthNames
            return fill("due_month") { Self.dateParts(year: y, month: m, months, $0) }
        case let .day(d): return date(d)
        case .yearly: return t("due_yearly")
        }
    }

    public func status(_ status: TaskStatus) -> String { statusLabels[status] ?? t(Self.statusKey(status)) }

    /// `on-track` → `status_on_track`.
    private static func statusKey(_ status: TaskStatus) -> String { "status_" + keyPart(status.rawValue) }

    public func standing(_ standing: IndicatorState.Standing) -> String {
        t("standing_" + Self.keyPart(standing.rawValue))
    }

    /// Every key a theme's language file must define, for the theme check.
    public static let requiredKeys: [String] = [
        "decimal_separator", "group_separator", "format_percent", "format_rank", "date_short", "date_long",
        "period_quarter", "period_half_first", "period_half_second", "period_year", "due_month", "due_yearly",
        "status_not_started", "status_on_track", "status_at_risk", "status_delayed", "status_done",
        "standing_on_track", "standing_off_track", "standing_unknown", "standing_not_assessed",
    ]
}
