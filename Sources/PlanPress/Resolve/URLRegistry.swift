/// Makes sure no two pages claim the same URL.
struct URLRegistry {
    private var owners: [String: String] = [:]

    /// Claims a site path for the item at `location`; a second claim is an error naming the first owner.
    mutating func claim(_ path: String, by location: SourceLocation, log: inout DiagnosticLog) {
        if let owner = owners[path] {
            log.error(
                at: location, "two pages would have the URL /\(path): this one and \(owner)",
                hint: "give one of them another title or a 'slug' field")
        } else {
            owners[path] = location.path
        }
    }
}
