/// A value of YAML text, as `YAMLComposer` builds it from libyaml's events: text, a list or a map, with the
/// position where it starts. Aliases are already replaced by the value they name.
struct YAMLNode: Sendable {
    enum Value: Sendable {
        case scalar(Scalar)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    /// A scalar's text, as written, with no tag resolved: readers decide what a value means.
    struct Scalar: Sendable {
        var string: String
        /// Written without quotes or block indicators: only plain scalars may be null or a number.
        var isPlain: Bool
    }

    /// A line and column in the YAML text, both from 1.
    struct Mark: Sendable {
        var line: Int
        var column: Int
    }

    var value: Value
    var mark: Mark
    /// How many values the node holds with every alias expanded, itself included; an alias bomb shows here
    /// before anything walks it.
    var size: Int

    var scalar: Scalar? {
        if case let .scalar(scalar) = value { return scalar }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case let .sequence(items) = value { return items }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case let .mapping(pairs) = value { return pairs }
        return nil
    }
}
