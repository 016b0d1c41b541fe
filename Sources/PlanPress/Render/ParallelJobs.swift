/// Runs independent render jobs on every core and joins their files in job order, so output does not depend
/// on scheduling. Markdown parsing inside the jobs is serialised by `MarkdownRenderer`; rendering is not.
///
/// Jobs must not spread themselves over the cores from inside: a parallel loop nested in another runs on one
/// thread. Work with many pages comes as many jobs instead.
enum ParallelJobs {
    typealias Job = @Sendable () throws -> [RenderedFile]

    /// `startOrder` lists the jobs' indices in the order they should start (long jobs first keeps both cores busy
    /// to the end); every job not listed starts after them, in order.
    static func run(_ jobs: [Job], parallel: Bool, startOrder: [Int] = []) throws -> [RenderedFile] {
        let listed = Set(startOrder)
        let order = startOrder + jobs.indices.filter { !listed.contains($0) }
        let started = ParallelMap.map(order, parallel: parallel, minimumCount: 2) { index in
            Result { try jobs[index]() }
        }
        var results = [Result<[RenderedFile], any Error>?](repeating: nil, count: jobs.count)
        for (index, result) in zip(order, started) { results[index] = result }
        return try results.flatMap { try $0?.get() ?? [] }
    }
}
