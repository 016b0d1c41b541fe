/// A measurable target or ranking index of the plan.
public struct Indicator: Sendable {
    public var id: String
    public var title: String
    public var area: String
    public var kind: IndicatorKind
    public var unit: String
    public var direction: Direction
    public var baseline: Observation?
    public var target: Target
    public var source: String
    public var planReference: String?
    /// How often reports are expected to give a value.
    public var frequency: ReportFrequency = .quarterly
    public var body: MarkdownSource
    public var origin: Origin

    /// A place in a ranking: a whole number from 1 (0, −3 and 2.5 are not places).
    public static func isRank(_ value: Double) -> Bool { value >= 1 && value == value.rounded() }
}

/// How often an indicator is measured: rankings are published once a year.
public enum ReportFrequency: String, Sendable, CaseIterable {
    case quarterly
    case halfYearly = "half-yearly"
    case yearly

    public var months: Int {
        switch self {
        case .quarterly: return 3
        case .halfYearly: return 6
        case .yearly: return 12
        }
    }
}

/// What an indicator counts; ranks read better when lower.
public enum IndicatorKind: String, Sendable, CaseIterable {
    case percent, rank, score, count, amount
}

/// Which way is better: `up` for higher values, `down` for lower ones (ranks, costs).
public enum Direction: String, Sendable, CaseIterable {
    case up, down

    /// True when `a` is better than `b` in this direction.
    public func isBetter(_ a: Double, than b: Double) -> Bool {
        self == .up ? a > b : a < b
    }
}

/// A value measured on a date.
public struct Observation: Sendable {
    public var value: Double
    public var date: CalendarDate?
}

/// The value an indicator must reach and by when; the plan may give words only ("từng bước cải thiện").
public struct Target: Sendable {
    public var value: Double?
    public var byYear: Int
    public var text: String?
}
