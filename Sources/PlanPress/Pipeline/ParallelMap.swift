import Foundation

/// `map` over every core, keeping the input order; for pure per-item work such as parsing files.
enum ParallelMap {
    /// With `parallel` false it is a plain `map`, for tests that compare the two. The cores take the items one at
    /// a time, so that a run of slow items (twenty large reports side by side) does not leave one core working
    /// alone. Fewer items than `minimumCount` are mapped on the calling thread: spreading small work costs more
    /// than it saves.
    static func map<Item, Result>(
        _ items: [Item], parallel: Bool = true, minimumCount: Int = 65, _ transform: (Item) -> Result
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard parallel, cores > 1, items.count >= max(2, minimumCount) else { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            Array(unsafeUninitializedCapacity: items.count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                // Each index is written by exactly one iteration, and the array is read only after all have run.
                let shared = UncheckedSendable((items, transform, base))
                DispatchQueue.concurrentPerform(iterations: items.count) { index in
                    let (items, transform, base) = shared.value
                    (base + index).initialize(to: transform(items[index]))
                }
                initialized = items.count
            }
        }
    }

    /// Runs two independent pieces of work side by side, on two cores when there are two.
    static func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
        var results: (First?, Second?) = (nil, nil)
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                withUnsafeMutablePointer(to: &results) { slots in
                    // Each slot is written by exactly one iteration, and read only after both have run.
                    let shared = UncheckedSendable((first, second, slots))
                    DispatchQueue.concurrentPerform(iterations: 2) { index in
                        let (first, second, slots) = shared.value
                        if index == 0 { slots.pointee.0 = first() } else { slots.pointee.1 = second() }
                    }
                }
            }
        }
        return (results.0 ?? first(), results.1 ?? second())
    }

    private struct UncheckedSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
