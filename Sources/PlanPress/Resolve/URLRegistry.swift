/// Makes sure no two pages claim the same URL.
struct URLRegistry {
    private var owners: [String: String] = [:]

    /// Claims a site path for the item at `location`; a second claim is an error naming the first owner.
    mutating func claim(_ path: String, by location: SourceLocation, log: inout DiagnosticLog) {
        // Each part of the address is a folder name on disk, which Linux file systems cap at 255 bytes.
        if let long = path.split(separator: "/").first(where: { $0.utf8.count > ContentLimits.nameBytes }) {
            log.error(
                at: location,
                "the address /\(path.prefix(60))… has a part of \(long.utf8.count) bytes, more than the \(ContentLimits.nameBytes) a folder name may have",
                hint: "give it a shorter title, or a 'slug' field of a few words")
            return
        }
        if let owner = owners[path] {
            log.error(
                at: location, "two pages would have the URL /\(path): this one and \(owner)",
                hint: "give one of them another title or a 'slug' field")
        } else {
            owners[path] = location.path
        }
    }
}
