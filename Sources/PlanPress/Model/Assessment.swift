/// A year's self-assessment of PAR work against the PAR Index criteria, group by group.
public struct Assessment: Sendable {
    public var year: Int
    public var title: String
    public var illustrative: Bool
    public var groups: [AssessmentGroup]
    public var origin: Origin

    public var maximum: Double { groups.reduce(0) { $0 + $1.maximum } }
    public var score: Double { groups.reduce(0) { $0 + $1.score } }
}

/// One criteria group: a reform area, or direction and management.
public struct AssessmentGroup: Sendable {
    public var area: String
    public var title: String
    public var criteria: [Criterion]

    public var maximum: Double { criteria.reduce(0) { $0 + $1.maximum } }
    public var score: Double { criteria.reduce(0) { $0 + $1.score } }
}

/// One criterion: its maximum points, the points the agency gives itself, and the evidence.
public struct Criterion: Sendable {
    public var id: String
    public var title: String
    public var maximum: Double
    public var score: Double
    /// Web addresses, or site paths such as `bao-cao/2026-q3/`.
    public var evidence: [String]
}
