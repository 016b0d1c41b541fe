import Foundation

/// Runs independent render jobs on every core and joins their files in job order, so output does not depend
/// on scheduling. Markdown parsing inside the jobs is serialised by `MarkdownRenderer`; rendering is not.
enum ParallelJobs {
    typealias Job = @Sendable () throws -> [RenderedFile]

    static func run(_ jobs: [Job], parallel: Bool) throws -> [RenderedFile] {
        guard parallel, jobs.count > 1 else {
            var files: [RenderedFile] = []
            for job in jobs { files += try job() }
            return files
        }
        let results = Results(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results.set(index, Result { try jobs[index]() })
        }
        var files: [RenderedFile] = []
        for result in results.all {
            switch result {
            case let .success(part): files += part
            case let .failure(error): throw error
            case nil: continue
            }
        }
        return files
    }

    /// Each job's outcome, written once by its own thread.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Result<[RenderedFile], any Error>?]

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<[RenderedFile], any Error>) {
            lock.withLock { storage[index] = value }
        }

        var all: [Result<[RenderedFile], any Error>?] { lock.withLock { storage } }
    }
}
