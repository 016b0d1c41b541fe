/// An indicator as the reports leave it: its values over time, the latest one, and where it stands against target.
public struct IndicatorState: Sendable {
    /// A value a report gave, with its period.
    public struct Value: Sendable {
        public var period: ReportPeriod
        public var value: Double
    }

    /// Whether the latest value meets the target, read in the indicator's direction.
    public enum Standing: String, Sendable {
        case onTrack = "on-track"
        case offTrack = "off-track"
        /// No value yet.
        case unknown
        /// The plan gives the target in words only ("từng bước cải thiện"): the trend is shown, not judged.
        case notAssessed = "not-assessed"
    }

    /// Oldest first.
    public var values: [Value]
    public var latest: Value? { values.last }
    public var previous: Value? { values.count > 1 ? values[values.count - 2] : nil }
    /// How far the latest value is from the target, in the indicator's unit; positive means short of it.
    public var distance: Double?
    public var standing: Standing
    /// The report period a new value is due by, given the indicator's frequency.
    public var nextExpected: ReportPeriod?
    /// The value is older than two measuring periods.
    public var isStale = false

    static func compute(for indicator: Indicator, reports: [Report]) -> IndicatorState {
        let values = reports.compactMap { report in
            report.indicators[indicator.id].map { Value(period: report.period, value: $0) }
        }
        guard let latest = values.last else { return IndicatorState(values: [], distance: nil, standing: .unknown) }
        let direction = indicator.direction
        if let target = indicator.target.value {
            let meets = latest.value == target || direction.isBetter(latest.value, than: target)
            let gap = direction == .up ? target - latest.value : latest.value - target
            return IndicatorState(values: values, distance: max(0, gap), standing: meets ? .onTrack : .offTrack)
        }
        return IndicatorState(values: values, distance: nil, standing: .notAssessed)
    }
}
