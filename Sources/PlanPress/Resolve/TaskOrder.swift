/// Orders task ids as the annex numbers them: I.2 before I.10, II.2.a before II.2.b, by area order first.
enum TaskOrder {
    static func less(_ a: PlanTask, _ b: PlanTask, areaOrder: [String: Int]) -> Bool {
        let areaA = areaOrder[a.area] ?? Int.max
        let areaB = areaOrder[b.area] ?? Int.max
        if areaA != areaB { return areaA < areaB }
        return idLess(a.id, b.id)
    }

    /// Compares dot-separated parts, numerically where both parts are numbers.
    static func idLess(_ a: String, _ b: String) -> Bool {
        let pa = a.split(separator: ".")
        let pb = b.split(separator: ".")
        for (x, y) in zip(pa, pb) where x != y {
            if let nx = Int(x), let ny = Int(y) { return nx < ny }
            return x < y
        }
        return pa.count < pb.count
    }
}
