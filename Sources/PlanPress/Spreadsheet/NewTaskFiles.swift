/// The file names new tasks of an import may take: never one that exists, one that would be read as a
/// translation (`<name>.<lang>.md`), or one that differs only in case from another (macOS and Windows file
/// systems would make them one file, and the task's address would be shared).
struct NewTaskFiles {
    /// Why a new task cannot have its file.
    struct Problem {
        var message: String
        var hint: String
    }

    /// The lower-cased file names in `content/tasks/`, each with its name as written.
    private var existing: [String: String] = [:]
    /// The lower-cased ids of the site's tasks, each with its id as written.
    private var taskIDs: [String: String] = [:]
    /// The tasks each file holds, for saying so.
    private var holders: [String: String] = [:]
    /// The lower-cased ids of the new tasks seen so far, with their id and row.
    private var added: [String: (id: String, row: Int)] = [:]
    private let languages: [String]

    init(taskFiles: [String], site: ResolvedSite) {
        for name in taskFiles { existing[name.lowercased()] = name }
        for task in site.tasks {
            taskIDs[task.id.lowercased()] = task.id
            holders[task.origin.path] = task.id
        }
        languages = site.config.languages.map { $0.lowercased() }
    }

    static func path(of id: String) -> String { "content/tasks/\(id).md" }

    /// The problem with a new task `id` in `row`, or nil if its file may be written; records it as taken.
    mutating func problem(id: String, row: Int) -> Problem? {
        let name = "\(id).md"
        let path = Self.path(of: id)
        defer { if added[id.lowercased()] == nil { added[id.lowercased()] = (id, row) } }
        if existing[name.lowercased()] == name {
            let holder = holders[path].map { ", which holds task '\($0)'" } ?? ""
            return Problem(
                message: "new task '\(id)' would be written to \(path), which exists\(holder)",
                hint: "PlanPress never replaces a file with a new task; give the task another id, or rename the file")
        }
        if let language = id.split(separator: ".").last.map({ $0.lowercased() }), id.contains("."),
            languages.contains(language) || (2...3).contains(language.count) && language.allSatisfy({ $0.isASCII && $0.isLetter })
        {
            return Problem(
                message: "new task '\(id)' would have the file name of a translation (\(path))",
                hint: "a file <name>.<lang>.md is read as the translation of <name>.md; choose an id that does not end in a language code")
        }
        if let other = existing[name.lowercased()] {
            return Problem(
                message: "new task '\(id)' differs only in case from content/tasks/\(other)",
                hint: "ids that differ only in case would share a file and an address; use the id as written there")
        }
        if let other = taskIDs[id.lowercased()] {
            return Problem(
                message: "new task '\(id)' differs only in case from task '\(other)'",
                hint: "ids that differ only in case would share an address; use '\(other)'")
        }
        if let other = added[id.lowercased()], other.id != id {
            return Problem(
                message: "new task '\(id)' differs only in case from task '\(other.id)' in row \(other.row)",
                hint: "ids that differ only in case would share a file and an address; keep one of them")
        }
        if name.utf8.count > ContentLimits.nameBytes {
            return Problem(
                message: "new task '\(id)' would have a file name of \(name.utf8.count) bytes, more than the limit of \(ContentLimits.nameBytes)",
                hint: "use a short id such as II.6")
        }
        return nil
    }
}
