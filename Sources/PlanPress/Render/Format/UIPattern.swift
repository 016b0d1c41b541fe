/// A UI string with `{name}` placeholders, split once into its literal text and the names between braces.
struct UIPattern: Sendable {
    enum Piece: Sendable {
        case text(String)
        case placeholder(String)
    }

    let pieces: [Piece]

    init(_ pattern: String) {
        var pieces: [Piece] = []
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The text with each placeholder replaced by `value(name)`, or left as `{name}` when that is nil.
    func filled(_ value: (String) -> String?) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case let .text(literal): text += literal
            case let .placeholder(name):
                if let filled = value(name) { text += filled } else { text += "{" + name + "}" }
            }
        }
        return text
    }
}
