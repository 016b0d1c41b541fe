/// A linear scale from data values to chart coordinates, with round tick values.
struct AxisScale {
    var domain: ClosedRange<Double>
    var range: ClosedRange<Double>
    /// Maps the domain's lower bound to the range's upper bound (for y axes, where SVG y grows downwards).
    var flipped: Bool

    func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span == 0 ? 0.5 : (value - domain.lowerBound) / span
        let u = flipped ? 1 - t : t
        return range.lowerBound + u * (range.upperBound - range.lowerBound)
    }

    /// Round tick values covering the domain: steps of 1, 2, 2.5 or 5 times a power of ten.
    func ticks(count: Int = 5) -> [Double] {
        let step = Self.niceStep(domain.upperBound - domain.lowerBound, count: count)
        var value = (domain.lowerBound / step).rounded(.up) * step
        var ticks: [Double] = []
        while value <= domain.upperBound + step * 1e-9, ticks.count <= 4 * count {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    static func niceStep(_ span: Double, count: Int) -> Double {
        // Content numbers have at most 15 digits (ContentLimits), so a span below 10^-9 is flat data.
        guard span.isFinite, span > 1e-9 else { return 1 }
        let raw = span / Double(max(1, count))
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= raw {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// A domain that holds every value, widened to round ticks; flat data gets room around it.
    static func niceDomain(_ values: [Double], includingZero: Bool) -> ClosedRange<Double> {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if includingZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low == high {
            low -= 1
            high += 1
        }
        let step = niceStep(high - low, count: 4)
        return (low / step).rounded(.down) * step...(high / step).rounded(.up) * step
    }
}
