/// Orders task ids as the annex numbers them: I.2 before I.10, II.2.a before II.2.b, by area order first.
enum TaskOrder {
    /// `tasks` in annex order; each id is split once, not once per comparison.
    static func sorted(_ tasks: [PlanTask], areaOrder: [String: Int]) -> [PlanTask] {
        let keys = tasks.map { (area: areaOrder[$0.area] ?? Int.max, parts: $0.id.split(separator: ".")) }
        return tasks.indices.sorted {
            keys[$0].area != keys[$1].area ? keys[$0].area < keys[$1].area : partsLess(keys[$0].parts, keys[$1].parts)
        }.map { tasks[$0] }
    }

    /// Compares dot-separated parts, numerically where both parts are numbers.
    static func idLess(_ a: String, _ b: String) -> Bool {
        partsLess(a.split(separator: "."), b.split(separator: "."))
    }

    private static func partsLess(_ pa: [Substring], _ pb: [Substring]) -> Bool {
        for (x, y) in zip(pa, pb) where x != y {
            if let nx = Int(x), let ny = Int(y) { return nx < ny }
            return x < y
        }
        return pa.count < pb.count
    }
}
