/// Socket work that has to be done in time: a read or write that has not finished by then is cancelled
/// (FlyingSocks resumes a cancelled wait on its socket pool with `CancellationError`).
enum Deadline {
    /// The time ran out.
    struct Passed: Error {}

    /// What `work` gives within `seconds`, or `Passed`.
    static func within<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await within(until: .now + .seconds(seconds), work)
    }

    /// What `work` gives by `deadline`, or `Passed`.
    static func within<T: Sendable>(until deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                throw Passed()
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw Passed() }
            return first
        }
    }
}
