/// Compiles Mustache text that swift-mustache has already accepted into a `CompiledTemplate`.
///
/// It follows the library's parser rule for rule (standalone lines, whitespace before tags, indentation of
/// partials and blocks, text split at line ends), so that both render the same bytes. It refuses what the renderer
/// does not do: dynamic partials (`{{>*name}}`) and transforms the library does not have.
struct TemplateCompiler {
    /// What the compiler refuses, with the place in the template's text (1-based line and column).
    struct Failure: Error, Sendable {
        var message: String
        var line: Int
        var column: Int
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [Character] = ["{", "{"]
        var endDelimiter: [Character] = ["}", "}"]
        var partialDefinitionIndent: String?

        func withSection(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// The transforms swift-mustache knows, by the kind of value they apply to.
    static let knownTransforms: Set<String> = [
        "first", "last", "index", "even", "odd", "reversed", "count", "empty", "sorted", "enumerated", "capitalized",
        "lowercased", "uppercased", "equalzero", "plusone", "minusone",
    ]

    private let chars: [Character]
    private var position = 0

    private init(_ text: String) { chars = Array(text) }

    static func compile(_ text: String) throws(Failure) -> CompiledTemplate {
        var compiler = TemplateCompiler(text)
        return CompiledTemplate(nodes: try compiler.parse(State()))
    }

    // MARK: - Reading

    private var atEnd: Bool { position >= chars.count }
    private var current: Character { atEnd ? "\0" : chars[position] }

    private func failure(_ message: String) -> Failure {
        var line = 1
        var column = 1
        for character in chars[..<min(position, chars.count)] {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return Failure(message: message, line: line, column: column)
    }

    @discardableResult
    private mutating func read(while test: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, test(chars[position]) { position += 1 }
        return String(chars[start..<position])
    }

    /// Reads `string` if it comes next; otherwise leaves the position where it was.
    private mutating func read(_ string: [Character]) -> Bool {
        guard position + string.count <= chars.count, Array(chars[position..<position + string.count]) == string else {
            return false
        }
        position += string.count
        return true
    }

    private static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }

    // MARK: - Parsing

    private mutating func parse(_ initial: State) throws(Failure) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !atEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isBlank)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(state)
            if current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(state.withSection(name, newLine: setNewLine, transforms: transforms))
                nodes.append(
                    .section(TemplateName(name, transforms: transforms), CompiledTemplate(nodes: body), inverted: inverted))

            case "/":
                position += 1
                let closing = position
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    position = closing
                    throw failure("closing tag '\(name)' does not match '\(state.sectionName ?? "")'")
                }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes

            case "!":
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case "{", "&":
                let triple = current == "{"
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try parseName(state)
                if triple {
                    guard read(["}"]) else { throw failure("unfinished tag '{{{\(name)'") }
                }
                nodes.append(.value(TemplateName(name, transforms: transforms), escaped: false))

            case ">":
                position += 1
                read(while: \.isWhitespace)
                if current == "*" { throw failure("dynamic partials ({{>*name}}) are not supported") }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""

            case "<":
                position += 1
                read(while: \.isWhitespace)
                let name = try parsePartialName(state)
                if name.first == "*" { throw failure("dynamic partials ({{<*name}}) are not supported") }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.withInheritancePartial(name))
                var overrides: [String: CompiledTemplate] = [:]
                for node in body {
                    switch node {
                    case let .block(blockName, content, _): overrides[blockName] = content
                    case .text: break
                    default: throw failure("only {{$block}} overrides may stand inside {{<\(name)}}")
                    }
                }
                nodes.append(.partial(name, indentation: whiteSpaceBefore, overrides: overrides))
                whiteSpaceBefore = ""

            case "$":
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw failure("a block ({{$\(name)}}) cannot take transforms") }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSection(name, newLine: setNewLine))
                    // An override; the enclosing `{{<partial}}` collects it.
                    nodes.append(.block(name, defaultContent: CompiledTemplate(nodes: body), indentation: ""))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSection(name, newLine: setNewLine))
                    nodes.append(.block(name, defaultContent: CompiledTemplate(nodes: body), indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }

            case "=":
                position += 1
                state = try setDelimiters(state)
                setNewLine = isStandalone(state)

            case "%":
                position += 1
                nodes.append(.escaping(try readContentType(state)))
                setNewLine = isStandalone(state)

            default:
                flushWhiteSpace()
                let (name, transforms) = try parseName(state)
                nodes.append(.value(TemplateName(name, transforms: transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName { throw failure("section '\(open)' is not closed") }
        return nodes
    }

    private mutating func readUntilDelimiterOrNewline(_ state: State) throws(Failure) -> String {
        guard let first = state.startDelimiter.first else { return "" }
        var text = ""
        while !atEnd {
            text += read(while: { !$0.isNewline && $0 != first })
            if current.isNewline { break }
            if current == first {
                if read(state.startDelimiter) { break }
                guard position + state.startDelimiter.count <= chars.count else { throw failure("unfinished tag") }
                text.append(first)
                position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// A tag's name and its transforms: `empty(card.tags)` is `("card.tags", ["empty"])`.
    private mutating func parseName(_ state: State) throws(Failure) -> (String, [String]) {
        read(while: \.isWhitespace)
        let start = position
        let text = read(while: { Self.nameCharacters.contains($0) })
        read(while: \.isWhitespace)
        guard read(state.endDelimiter) else { throw failure("unfinished tag") }
        guard text.contains("(") || text.contains(")") else { return (text, []) }

        // transform(transform(name)): one closing bracket per transform, nothing after them.
        var rest = Substring(text)
        var transforms: [String] = []
        while let open = rest.firstIndex(of: "(") {
            let transform = String(rest[..<open])
            guard !transform.contains(")") else { break }
            transforms.append(transform)
            rest = rest[rest.index(after: open)...]
        }
        let name = rest.prefix { Self.nameCharactersWithoutBrackets.contains($0) }
        guard !transforms.isEmpty, rest.dropFirst(name.count) == String(repeating: ")", count: transforms.count) else {
            position = start
            throw failure("badly formed transform '\(text)'")
        }
        for transform in transforms where !Self.knownTransforms.contains(transform) {
            position = start
            throw failure(
                "unknown transform '\(transform)'; known: \(Self.knownTransforms.sorted().joined(separator: ", "))")
        }
        return (String(name), transforms)
    }

    private mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        read(while: \.isWhitespace)
        let name = read(while: { Self.partialNameCharacters.contains($0) })
        read(while: \.isWhitespace)
        guard read(state.endDelimiter) else { throw failure("unfinished tag") }
        return name
    }

    private mutating func skipComment(_ state: State) throws(Failure) {
        while !atEnd {
            if read(state.endDelimiter) { return }
            position += 1
        }
        throw failure("unfinished comment")
    }

    private mutating func setDelimiters(_ state: State) throws(Failure) -> State {
        read(while: \.isWhitespace)
        let start = Array(read(while: { !$0.isWhitespace }))
        read(while: \.isWhitespace)
        let end = Array(read(while: { $0 != "=" && !$0.isWhitespace }))
        read(while: \.isWhitespace)
        guard read(["="]), read(state.endDelimiter), !start.isEmpty, !end.isEmpty else {
            throw failure("badly formed delimiter change")
        }
        var state = state
        state.startDelimiter = start
        state.endDelimiter = end
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// `{{% CONTENT_TYPE: TEXT }}` turns escaping off; HTML and the theme's own HTML escaping keep it on.
    private mutating func readContentType(_ state: State) throws(Failure) -> Bool {
        read(while: \.isWhitespace)
        let variable = read(while: { Self.nameCharactersWithoutBrackets.contains($0) })
        read(while: \.isWhitespace)
        guard variable == "CONTENT_TYPE", read([":"]) else { throw failure("unknown pragma '\(variable)'") }
        read(while: \.isWhitespace)
        let value = read(while: { Self.nameCharactersWithoutBrackets.contains($0) })
        read(while: \.isWhitespace)
        guard read(state.endDelimiter) else { throw failure("unfinished pragma") }
        return value != "TEXT"
    }

    /// A tag that stands alone on its line takes the line's whitespace and line end with it.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < chars.count, Self.isBlank(chars[probe]) { probe += 1 }
        if probe < chars.count, chars[probe].isNewline {
            position = probe + 1
            return true
        }
        return false
    }
}
