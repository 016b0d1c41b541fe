import CYaml

/// Builds a `YAMLNode` tree from the events of libyaml, the YAML parser Yams bundles, for one document.
///
/// Yams composes the same events into its own nodes, which carry tags, resolvers and styles front matter never
/// reads; making those took a tenth of a large build. Parsing, and every syntax error, is libyaml's.
enum YAMLComposer {
    /// The document's root, nil when the text holds none (empty, or only comments).
    static func compose(_ yaml: String) -> Result<YAMLNode?, YAMLSyntaxError> {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return .success(nil) }
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else { return .failure(.outOfMemory) }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, start, bytes.count)
            var events = Events(parser: parser)
            do throws(YAMLSyntaxError) {
                return .success(try events.document())
            } catch {
                return .failure(error)
            }
        }
    }

    /// One event, copied out of libyaml's buffers.
    private enum Event {
        case streamStart, streamEnd, documentEnd
        case documentStart(mark: YAMLNode.Mark)
        case alias(anchor: String, mark: YAMLNode.Mark)
        case scalar(YAMLNode.Scalar, anchor: String?, mark: YAMLNode.Mark)
        case sequenceStart(anchor: String?, mark: YAMLNode.Mark)
        case sequenceEnd
        case mappingStart(anchor: String?, mark: YAMLNode.Mark)
        case mappingEnd
    }

    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        /// Anchored values by name; a later anchor of the same name replaces an earlier one, as YAML says.
        var anchors: [String: YAMLNode] = [:]

        mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
            _ = try next()  // stream start
            guard case .documentStart = try next() else { return nil }
            let root = try node(from: try next())
            _ = try next()  // document end
            let after = try next()
            guard case .streamEnd = after else {
                throw YAMLSyntaxError(
                    kind: .composer, context: "expected a single document in the stream",
                    problem: "but found another document", mark: Self.mark(of: after))
            }
            return root
        }

        mutating func node(from event: Event) throws(YAMLSyntaxError) -> YAMLNode {
            switch event {
            case let .alias(anchor, mark):
                guard let node = anchors[anchor] else {
                    throw YAMLSyntaxError(kind: .composer, context: nil, problem: "found undefined alias", mark: mark)
                }
                return node
            case let .scalar(scalar, anchor, mark):
                if let forbidden = ForbiddenCharacters.first(in: scalar.string) {
                    // Written as an escape in quotes ("\u0001"): the file's bytes were clean.
                    throw YAMLSyntaxError(
                        kind: .composer, context: nil,
                        problem: "the value holds the control character \(ForbiddenCharacters.name(forbidden.scalar)), which no page may carry",
                        mark: mark, hint: "delete the escape (\\u…, \\x… or \\0) from the quoted text")
                }
                return register(YAMLNode(value: .scalar(scalar), mark: mark, size: 1), as: anchor)
            case let .sequenceStart(anchor, mark):
                var items: [YAMLNode] = []
                var size = 1
                var event = try next()
                while true {
                    if case .sequenceEnd = event { break }
                    let item = try node(from: event)
                    size = Self.add(size, item.size)
                    items.append(item)
                    event = try next()
                }
                return register(YAMLNode(value: .sequence(items), mark: mark, size: size), as: anchor)
            case let .mappingStart(anchor, mark):
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                var size = 1
                var event = try next()
                while true {
                    if case .mappingEnd = event { break }
                    let key = try node(from: event)
                    let value = try node(from: try next())
                    size = Self.add(size, Self.add(key.size, value.size))
                    pairs.append((key, value))
                    event = try next()
                }
                return register(YAMLNode(value: .mapping(pairs), mark: mark, size: size), as: anchor)
            case .streamStart, .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
                // libyaml only sends a node's events here; the parser would have failed first.
                throw YAMLSyntaxError(kind: .composer, context: nil, problem: "unexpected event", mark: Self.mark(of: event))
            }
        }

        mutating func register(_ node: YAMLNode, as anchor: String?) -> YAMLNode {
            if let anchor { anchors[anchor] = node }
            return node
        }

        /// Sizes stop growing long before they could overflow: any size past a node budget is refused.
        static func add(_ a: Int, _ b: Int) -> Int { min(a &+ b, Int(Int32.max)) }

        static func mark(of event: Event) -> YAMLNode.Mark {
            switch event {
            case let .alias(_, mark), let .scalar(_, _, mark), let .sequenceStart(_, mark), let .mappingStart(_, mark),
                let .documentStart(mark):
                return mark
            default:
                return YAMLNode.Mark(line: 1, column: 1)
            }
        }

        mutating func next() throws(YAMLSyntaxError) -> Event {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { throw YAMLSyntaxError(parser.pointee) }
            defer { yaml_event_delete(&event) }
            let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_START_EVENT: return .streamStart
            case YAML_DOCUMENT_START_EVENT: return .documentStart(mark: mark)
            case YAML_DOCUMENT_END_EVENT: return .documentEnd
            case YAML_ALIAS_EVENT: return .alias(anchor: Self.text(event.data.alias.anchor) ?? "", mark: mark)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                return .scalar(
                    YAMLNode.Scalar(string: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE),
                    anchor: Self.text(scalar.anchor), mark: mark)
            case YAML_SEQUENCE_START_EVENT: return .sequenceStart(anchor: Self.text(event.data.sequence_start.anchor), mark: mark)
            case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
            case YAML_MAPPING_START_EVENT: return .mappingStart(anchor: Self.text(event.data.mapping_start.anchor), mark: mark)
            case YAML_MAPPING_END_EVENT: return .mappingEnd
            default: return .streamEnd
            }
        }

        static func text(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}

/// YAML text libyaml could not read, with libyaml's own words and position.
struct YAMLSyntaxError: Error {
    enum Kind { case reader, scanner, parser, composer, memory }
    var kind: Kind
    var context: String?
    var problem: String
    /// In the YAML text; nil for an error in the bytes themselves (the reader's).
    var mark: YAMLNode.Mark?
    /// How to fix it, when this error knows better than the general YAML hint.
    var hint: String?

    static let outOfMemory = YAMLSyntaxError(kind: .memory, context: nil, problem: "out of memory", mark: nil)

    init(kind: Kind, context: String?, problem: String, mark: YAMLNode.Mark?, hint: String? = nil) {
        self.kind = kind
        self.context = context
        self.problem = problem
        self.mark = mark
        self.hint = hint
    }

    init(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "cannot read the text"
        let context = parser.context.map { String(cString: $0) }
        let mark = YAMLNode.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        switch parser.error {
        case YAML_READER_ERROR: self.init(kind: .reader, context: nil, problem: problem, mark: nil)
        case YAML_SCANNER_ERROR: self.init(kind: .scanner, context: context, problem: problem, mark: mark)
        case YAML_PARSER_ERROR: self.init(kind: .parser, context: context, problem: problem, mark: mark)
        case YAML_MEMORY_ERROR: self = .outOfMemory
        default: self.init(kind: .composer, context: context, problem: problem, mark: mark)
        }
    }
}
