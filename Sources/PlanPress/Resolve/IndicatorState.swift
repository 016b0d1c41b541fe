/// An indicator as the reports leave it: its values over time, the latest one, and where it stands against target.
public struct IndicatorState: Sendable {
    public struct Value: Sendable {
        public var period: ReportPeriod
        public var value: Double
    }

    /// Whether the latest value meets the target, read in the indicator's direction.
    public enum Standing: String, Sendable {
        /// The latest value meets the target (or, for a target in words, improved on the previous value).
        case onTrack = "on-track"
        case offTrack = "off-track"
        /// No value yet, or one value of a target given only in words.
        case unknown
    }

    /// Oldest first.
    public var values: [Value]
    public var latest: Value? { values.last }
    public var previous: Value? { values.count > 1 ? values[values.count - 2] : nil }
    /// How far the latest value is from the target, in the indicator's unit; positive means short of it.
    public var distance: Double?
    public var standing: Standing

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
        let reference = values.count > 1 ? values[values.count - 2].value : indicator.baseline?.value
        guard let reference else { return IndicatorState(values: values, distance: nil, standing: .unknown) }
        let improved = latest.value == reference || direction.isBetter(latest.value, than: reference)
        return IndicatorState(values: values, distance: nil, standing: improved ? .onTrack : .offTrack)
    }
}
