/// An agency that leads or partners on tasks, from `content/units.yaml`.
public struct AgencyUnit: Sendable {
    public var id: String
    public var name: String
    public var origin: Origin
}
