/// Runs independent render jobs on every core and joins their files in job order, so output does not depend
/// on scheduling. Markdown parsing inside the jobs is serialised by `MarkdownRenderer`; rendering is not.
enum ParallelJobs {
    typealias Job = @Sendable () throws -> [RenderedFile]

    static func run(_ jobs: [Job], parallel: Bool) throws -> [RenderedFile] {
        let results = ParallelMap.map(jobs, parallel: parallel, minimumCount: 2) { job in Result { try job() } }
        return try results.flatMap { try $0.get() }
    }
}
