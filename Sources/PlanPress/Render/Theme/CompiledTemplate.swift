/// A theme template compiled once from its Mustache text into the steps `TemplateRenderer` runs for every page.
///
/// swift-mustache checks each template first and stays the reference: `CompiledTemplateTests` renders whole sites
/// both ways and expects the same bytes. Compiling only changes when the work is done: names are split and the
/// text between tags is cut out once, when the theme loads, not for every tag of every page.
///
/// A class, so that a section's body is handed on as one reference: as a value its arrays were retained and
/// released at every section of every page.
final class CompiledTemplate: Sendable {
    /// The nodes as the library's parser makes them, with text split at line ends.
    let nodes: [TemplateNode]
    /// The nodes with neighbouring texts joined: rendered wherever no partial indentation applies, with one copy
    /// for each run of template text.
    let program: RenderProgram
    /// The nodes as they are, rendered where a partial's indentation applies, since it goes after each line end.
    let linesProgram: RenderProgram

    init(nodes: [TemplateNode]) {
        self.nodes = nodes
        var joined: [TemplateNode] = []
        for node in nodes {
            if case let .text(text) = node, case let .text(previous)? = joined.last {
                joined[joined.count - 1] = .text(previous + text)
            } else {
                joined.append(node)
            }
        }
        program = RenderProgram(joined)
        linesProgram = RenderProgram(nodes)
    }
}

/// A template's nodes flattened for rendering. Its steps hold only numbers, so walking them retains nothing;
/// the text is one run of UTF-8 bytes, and names, bodies, partials and blocks sit in tables the steps index.
struct RenderProgram: Sendable {
    enum Step: Sendable {
        /// Bytes `start..<start + count` of `text`.
        case text(start: Int, count: Int)
        case value(name: Int, escaped: Bool)
        case section(name: Int, body: Int, inverted: Bool)
        case partial(Int)
        case block(Int)
        case escaping(Bool)
    }

    /// `{{>name}}`, or `{{<name}}…{{/name}}` with its block overrides.
    struct Partial: Sendable {
        let name: String
        let indentation: String?
        let overrides: [String: CompiledTemplate]?
    }

    /// `{{$name}}default{{/name}}`.
    struct Block: Sendable {
        let name: String
        let defaultContent: CompiledTemplate
        let indentation: String
    }

    let steps: [Step]
    let text: [UInt8]
    let names: [TemplateName]
    let bodies: [CompiledTemplate]
    let partials: [Partial]
    let blocks: [Block]

    init(_ nodes: [TemplateNode]) {
        var steps: [Step] = []
        var text: [UInt8] = []
        var names: [TemplateName] = []
        var bodies: [CompiledTemplate] = []
        var partials: [Partial] = []
        var blocks: [Block] = []
        for node in nodes {
            switch node {
            case let .text(literal):
                steps.append(.text(start: text.count, count: literal.utf8.count))
                text.append(contentsOf: literal.utf8)
            case let .value(name, escaped):
                steps.append(.value(name: names.count, escaped: escaped))
                names.append(name)
            case let .section(name, body, inverted):
                steps.append(.section(name: names.count, body: bodies.count, inverted: inverted))
                names.append(name)
                bodies.append(body)
            case let .partial(name, indentation, overrides):
                steps.append(.partial(partials.count))
                partials.append(Partial(name: name, indentation: indentation, overrides: overrides))
            case let .block(name, defaultContent, indentation):
                steps.append(.block(blocks.count))
                blocks.append(Block(name: name, defaultContent: defaultContent, indentation: indentation))
            case let .escaping(escapes):
                steps.append(.escaping(escapes))
            }
        }
        self.steps = steps
        self.text = text
        self.names = names
        self.bodies = bodies
        self.partials = partials
        self.blocks = blocks
    }
}

/// One piece of a compiled template.
enum TemplateNode: Sendable {
    /// Text copied as it is; the library's parser splits it at line ends, which partial indentation relies on.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, CompiledTemplate, inverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with its block overrides; `indentation` when it stands on its own line.
    case partial(String, indentation: String?, overrides: [String: CompiledTemplate]?)
    /// `{{$name}}default{{/name}}` in a template that others extend.
    case block(String, defaultContent: CompiledTemplate, indentation: String)
    /// `{{% CONTENT_TYPE: … }}`: whether `{{name}}` escapes HTML from here on.
    case escaping(Bool)
}

/// A tag's name, split once: `page.title`, `.`, `.field` (the innermost value only), and transforms such as
/// `empty(tasks)` or `index()`.
struct TemplateName: Sendable {
    enum Root: Sendable {
        /// `.`: the innermost value.
        case current
        /// `index()` and the like: the position in the list being rendered.
        case sequence
        /// `.field`: looked up in the innermost value only.
        case innermost
        /// `field.sub`: the first field found from the innermost value outwards.
        case stack
    }

    var root: Root
    var path: [TemplateKey]
    /// Applied innermost first: `empty(tasks)` is `["empty"]`.
    var transforms: [String]

    init(_ name: String, transforms: [String]) {
        self.transforms = transforms.reversed()
        path = name.split(separator: ".").map { TemplateKey(String($0)) }
        if name == "." {
            root = .current
        } else if name.isEmpty, !transforms.isEmpty {
            root = .sequence
        } else if name.first == "." {
            root = .innermost
        } else {
            root = .stack
        }
    }
}
