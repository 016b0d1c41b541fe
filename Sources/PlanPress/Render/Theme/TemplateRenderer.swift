import Foundation

/// Renders a theme's compiled templates into a page's text, with swift-mustache's rules for lookups, sections,
/// transforms, partials, blocks and indentation.
///
/// One render holds the stack of values in a single array and appends to a single array of bytes; a lookup is a walk
/// down the stack comparing each map's field hashes with the name's (`TemplateMap`), and no value is cast or
/// described on the way.
struct TemplateRenderer: Sendable {
    let templates: [String: CompiledTemplate]

    func render(_ name: String, _ data: TemplateData) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var run = Run(templates: templates, stack: [data])
        run.render(template, Scope())
        return run.output
    }

    /// Where a list's element stands, for `first()`, `last()`, `index()`, `even()` and `odd()`.
    struct SequencePosition {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// What a template renders within, besides the stack of values.
    struct Scope {
        var sequence: SequencePosition?
        /// Put before each line of a partial that stood on its own, indented, line.
        var indentation = ""
        var overrides: [String: CompiledTemplate]?
        var escapes = true
    }

    private struct Run {
        let templates: [String: CompiledTemplate]
        var stack: [TemplateData]
        var output: [UInt8] = []

        init(templates: [String: CompiledTemplate], stack: [TemplateData]) {
            self.templates = templates
            self.stack = stack
            output.reserveCapacity(32 * 1024)
        }

        mutating func render(_ template: CompiledTemplate, _ initial: Scope) {
            var scope = initial
            let indents = !scope.indentation.isEmpty
            // Steps, text and names are read where they lie, from the template's own storage: steps are plain
            // numbers and a name is looked up through its address, so a template retains only what a section or
            // partial hands on. (A copy of the program retained each of its arrays, at every section of a page.)
            (indents ? template.linesProgram.steps : template.program.steps).withUnsafeBufferPointer { steps in
                (indents ? template.linesProgram.text : template.program.text).withUnsafeBufferPointer { text in
                    (indents ? template.linesProgram.names : template.program.names).withUnsafeBufferPointer { names in
                        // As the library does: output that starts after a line end this template wrote gets the
                        // indentation.
                        let start = output.count
                        for step in steps {
                            guard indents else {
                                run(step, template, indents, text, names, &scope)
                                continue
                            }
                            let before = output.count
                            let afterLineEnd = before > start && output.last == UInt8(ascii: "\n")
                            run(step, template, indents, text, names, &scope)
                            if afterLineEnd, output.count > before {
                                output.insert(contentsOf: scope.indentation.utf8, at: before)
                            }
                        }
                    }
                }
            }
        }

        mutating func run(
            _ step: RenderProgram.Step, _ template: CompiledTemplate, _ indents: Bool, _ text: UnsafeBufferPointer<UInt8>,
            _ names: UnsafeBufferPointer<TemplateName>, _ scope: inout Scope
        ) {
            switch step {
            case let .text(start, count):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<start + count]))

            case let .value(name, escaped):
                guard let base = names.baseAddress, let value = lookup(base + name, scope) else { return }
                write(value, escaped: escaped && scope.escapes)

            case let .section(name, body, inverted):
                guard let base = names.baseAddress else { return }
                let value = lookup(base + name, scope)
                let bodies = indents ? template.linesProgram.bodies : template.program.bodies
                if inverted {
                    renderInverted(value, bodies[body], scope)
                } else {
                    renderSection(value, bodies[body], scope)
                }

            case let .partial(index):
                let partial = (indents ? template.linesProgram : template.program).partials[index]
                guard let template = templates[partial.name] else { return }
                var inner = Scope(sequence: nil, indentation: scope.indentation, overrides: scope.overrides, escapes: true)
                if let indentation = partial.indentation { inner.indentation += indentation }
                if let overrides = partial.overrides {
                    // The outermost override of a block wins.
                    inner.overrides = (scope.overrides ?? [:]).merging(overrides) { outer, _ in outer }
                }
                render(template, inner)

            case let .block(index):
                let block = (indents ? template.linesProgram : template.program).blocks[index]
                var inner = scope
                inner.sequence = nil
                inner.indentation += block.indentation
                render(scope.overrides?[block.name] ?? block.defaultContent, inner)

            case let .escaping(escapes):
                scope.escapes = escapes
            }
        }

        mutating func renderSection(_ value: TemplateData?, _ body: CompiledTemplate, _ scope: Scope) {
            switch value {
            case nil, .null?:
                return
            case let .list(items)?:
                for (index, item) in items.enumerated() {
                    var inner = scope
                    inner.sequence = SequencePosition(first: index == 0, last: index == items.count - 1, index: index)
                    stack.append(item)
                    render(body, inner)
                    stack.removeLast()
                }
            case let .flag(flag)?:
                if flag { render(body, scope) }
            case let value?:
                var inner = scope
                inner.sequence = nil
                stack.append(value)
                render(body, inner)
                stack.removeLast()
            }
        }

        mutating func renderInverted(_ value: TemplateData?, _ body: CompiledTemplate, _ scope: Scope) {
            switch value {
            case nil, .null?:
                render(body, scope)
            case let .list(items)?:
                guard items.isEmpty else { return }
                var inner = scope
                inner.sequence = nil
                stack.append(.list(items))
                render(body, inner)
                stack.removeLast()
            case let .flag(flag)?:
                if !flag { render(body, scope) }
            case .some:
                return
            }
        }

        func lookup(_ name: UnsafePointer<TemplateName>, _ scope: Scope) -> TemplateData? {
            var value: TemplateData?
            switch name.pointee.root {
            case .current:
                value = stack.last
            case .sequence:
                guard let position = scope.sequence, let first = name.pointee.transforms.first else { return nil }
                value = Self.transform(position, first)
                for transform in name.pointee.transforms.dropFirst() {
                    guard let current = value else { return nil }
                    value = Self.transform(current, transform)
                }
                return value
            case .innermost:
                value = stack.last.flatMap { Self.resolve(name.pointee.path[...], from: $0) }
            case .stack:
                // Names and values are read in place, innermost value first: copying them cost a retain and a
                // release at each step of every lookup.
                value = name.pointee.path.withUnsafeBufferPointer { path -> TemplateData? in
                    guard let first = path.baseAddress else { return stack.last }
                    let found = stack.withUnsafeBufferPointer { values -> TemplateData? in
                        for index in values.indices.reversed() {
                            if let child = values[index].field(named: first) { return child }
                        }
                        return nil
                    }
                    guard var value = found else { return nil }
                    for part in 1..<path.count {
                        guard let child = value.field(named: first + part) else { return nil }
                        value = child
                    }
                    return value
                }
            }
            guard !name.pointee.transforms.isEmpty else { return value }
            for transform in name.pointee.transforms {
                guard let current = value else { return nil }
                value = Self.transform(current, transform)
            }
            return value
        }

        static func resolve(_ path: ArraySlice<TemplateKey>, from object: TemplateData) -> TemplateData? {
            var value = object
            for name in path {
                guard let child = value.field(name) else { return nil }
                value = child
            }
            return value
        }

        mutating func write(_ value: TemplateData, escaped: Bool) {
            switch value {
            case let .text(text):
                if escaped { ByteEscaper.markup.append(text, to: &output) } else { output.appendUTF8(text) }
            case let .markup(bytes):
                if escaped { ByteEscaper.markup.append(bytes, to: &output) } else { output.append(contentsOf: bytes) }
            case let .integer(integer):
                output.appendUTF8(String(integer))
            case let .number(number):
                output.appendUTF8("\(number)")
            case let .flag(flag):
                output.appendUTF8(flag ? "true" : "false")
            case .list, .map, .texts, .null:
                return
            }
        }

        static func transform(_ position: SequencePosition, _ name: String) -> TemplateData? {
            switch name {
            case "first": return .flag(position.first)
            case "last": return .flag(position.last)
            case "index": return .integer(position.index)
            case "even": return .flag(position.index & 1 == 0)
            case "odd": return .flag(position.index & 1 == 1)
            default: return nil
            }
        }

        /// swift-mustache's transforms, for the kinds of value a view holds.
        static func transform(_ value: TemplateData, _ name: String) -> TemplateData? {
            if case let .markup(bytes) = value { return transform(.text(String(decoding: bytes, as: UTF8.self)), name) }
            switch (value, name) {
            case let (.text(text), "empty"): return .flag(text.isEmpty)
            case let (.text(text), "capitalized"): return .text(text.capitalized)
            case let (.text(text), "lowercased"): return .text(text.lowercased())
            case let (.text(text), "uppercased"): return .text(text.uppercased())
            case let (.text(text), "reversed"): return .text(String(text.reversed()))
            case let (.list(items), "first"): return items.first
            case let (.list(items), "last"): return items.last
            case let (.list(items), "reversed"): return .list(items.reversed())
            case let (.list(items), "count"): return .integer(items.count)
            case let (.list(items), "empty"): return .flag(items.isEmpty)
            case let (.map(map), "count"): return .integer(map.count)
            case let (.map(map), "empty"): return .flag(map.isEmpty)
            case let (.map(map), "enumerated"), let (.map(map), "sorted"):
                let pairs = map.fields.sorted { $0.0 < $1.0 }.map { TemplateData.map(["key": .text($0.0), "value": $0.1]) }
                return .list(pairs)
            case let (.texts(texts), "count"): return .integer(texts.count)
            case let (.texts(texts), "empty"): return .flag(texts.isEmpty)
            case let (.integer(integer), "equalzero"): return .flag(integer == 0)
            case let (.integer(integer), "plusone"): return .integer(integer + 1)
            case let (.integer(integer), "minusone"): return .integer(integer - 1)
            case let (.integer(integer), "even"): return .flag(integer & 1 == 0)
            case let (.integer(integer), "odd"): return .flag(integer & 1 == 1)
            default: return nil
            }
        }
    }
}
