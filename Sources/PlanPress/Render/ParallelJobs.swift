/// Runs independent render jobs on every core and joins their files in job order, so output does not depend
/// on scheduling. Markdown parsing inside the jobs is serialised by `MarkdownRenderer`; rendering is not.
///
/// Jobs must not spread themselves over the cores from inside: a parallel loop nested in another runs on one
/// thread. Work with many pages comes as many jobs instead.
enum ParallelJobs {
    struct Job: Sendable {
        /// Long jobs start before the others, so that both cores stay busy to the end.
        var startsFirst: Bool
        var run: @Sendable () throws -> [RenderedFile]

        init(startsFirst: Bool = false, _ run: @escaping @Sendable () throws -> [RenderedFile]) {
            self.startsFirst = startsFirst
            self.run = run
        }
    }

    static func run(_ jobs: [Job], parallel: Bool) throws -> [RenderedFile] {
        let order = jobs.indices.filter { jobs[$0].startsFirst } + jobs.indices.filter { !jobs[$0].startsFirst }
        let started = ParallelMap.map(order, parallel: parallel, minimumCount: 2) { index in
            Result { try jobs[index].run() }
        }
        return try zip(order, started).sorted { $0.0 < $1.0 }.flatMap { try $0.1.get() }
    }
}
