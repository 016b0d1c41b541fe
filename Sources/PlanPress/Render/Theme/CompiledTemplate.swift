/// A theme template compiled once from its Mustache text into the tree `TemplateRenderer` walks for every page.
///
/// swift-mustache checks each template first and stays the reference: `CompiledTemplateTests` renders whole sites
/// both ways and expects the same bytes. Compiling only changes when the work is done: names are split and the
/// text between tags is cut out once, when the theme loads, not for every tag of every page.
struct CompiledTemplate: Sendable {
    /// The nodes as the library's parser makes them, with text split at line ends: rendered where a partial's
    /// indentation applies, since it goes after each line end.
    let nodes: [TemplateNode]
    /// The same nodes with neighbouring texts joined: rendered everywhere else, with one append for each run of
    /// template text.
    let joined: [TemplateNode]

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
        self.joined = joined
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
