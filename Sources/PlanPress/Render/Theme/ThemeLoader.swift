import Foundation
import Mustache

/// Loads a theme and checks it: template syntax, partials that exist, and every UI string for the language.
enum ThemeLoader {
    static func load(named name: String, in sourceRoot: URL, languages: [String], log: inout DiagnosticLog) -> Theme? {
        let folder = sourceRoot.appendingPathComponent("themes").appendingPathComponent(name)
        let templatesFolder = folder.appendingPathComponent("templates")
        let relativeTemplates = "themes/\(name)/templates"
        guard FileManager.default.fileExists(atPath: templatesFolder.path) else {
            log.error(
                at: SourceLocation(path: "planpress.yaml"), "theme '\(name)' not found: no folder \(relativeTemplates)",
                hint: "set 'theme:' to a folder under themes/, e.g. 'theme: default'")
            return nil
        }
        var templates: [String: MustacheTemplate] = [:]
        var compiled: [String: CompiledTemplate] = [:]
        var texts: [String: (path: String, text: String)] = [:]
        let listing = FolderWalk.files(in: templatesFolder.path)
        /// Templates that exist but could not be read: reported as such, not again as missing.
        var unreadable = Set<String>()
        listing.reportUnreadable(in: relativeTemplates, into: &log)
        for problem in listing.unreadable {
            if problem.relative.isEmpty { return nil }
            unreadable.insert(String(problem.relative.dropLast(problem.relative.hasSuffix(".mustache") ? ".mustache".count : 0)))
        }
        for entry in listing.entries where entry.relative.hasSuffix(".mustache") {
            let file = entry.relative
            let path = "\(relativeTemplates)/\(file)"
            let templateName = String(file.dropLast(".mustache".count))
            guard let data = FileManager.default.contents(atPath: entry.resolvedPath) else {
                log.unreadable(path, reason: FolderWalk.reason(errno))
                unreadable.insert(templateName)
                continue
            }
            guard let source = SourceReader.decode(data, path: path, into: &log) else {
                unreadable.insert(templateName)
                continue
            }
            texts[templateName] = (path, source.text)
            do {
                _ = TemplateEscaping.registered
                templates[templateName] = try MustacheTemplate(string: TemplateEscaping.pragma + source.text)
                compiled[templateName] = try TemplateCompiler.compile(TemplateEscaping.pragma + source.text)
            } catch let error as TemplateCompiler.Failure {
                log.error(
                    at: SourceLocation(path: path, line: error.line - 1, column: error.column), error.message,
                    hint: "PlanPress renders the Mustache that swift-mustache documents, without lambdas")
            } catch let error as MustacheTemplate.ParserError {
                log.error(
                    at: SourceLocation(
                        path: path, line: error.context.lineNumber - 1,
                        column: error.context.line.prefix(error.context.columnNumber).unicodeScalars.count + 1),
                    "template syntax error: \(error.error)",
                    hint: "check that every {{#section}} has a matching {{/section}} and every tag is closed")
            } catch {
                log.error(at: SourceLocation(path: path), "template error: \(error)")
            }
        }
        for required in Theme.requiredTemplates where texts[required] == nil && !unreadable.contains(required) {
            log.error(
                at: SourceLocation(path: "\(relativeTemplates)/\(required).mustache"),
                "theme '\(name)' has no template '\(required)'", hint: "every page kind needs its template")
        }
        checkPartials(texts, known: Set(texts.keys).union(unreadable), log: &log)

        var localizers: [String: Localizer] = [:]
        for language in languages {
            guard let localizer = loadStrings(folder: folder, theme: name, language: language, log: &log) else { continue }
            checkStringKeys(texts, strings: localizer.strings, language: language, log: &log)
            localizers[language] = localizer
        }
        checkSameKeys(localizers, theme: name, log: &log)
        guard localizers.count == languages.count, !log.hasErrors else { return nil }
        return Theme(name: name, folder: folder, library: MustacheLibrary(templates: templates),
            renderer: TemplateRenderer(templates: compiled), localizers: localizers)
    }

    /// `{{> name}}` and `{{< name}}` must name a template of the theme; Mustache would render nothing.
    private static func checkPartials(
        _ texts: [String: (path: String, text: String)], known: Set<String>, log: inout DiagnosticLog
    ) {
        for (_, file) in texts.sorted(by: { $0.key < $1.key }) {
            for (index, line) in lines(file.text).enumerated() {
                var from = line.startIndex
                while let open = find(TemplateBytes.open, in: line, from: from) {
                    let tag = open + 2
                    guard tag < line.endIndex, line[tag] == UInt8(ascii: ">") || line[tag] == UInt8(ascii: "<"),
                        let close = find(TemplateBytes.close, in: line, from: tag + 1)
                    else {
                        from = tag
                        continue
                    }
                    let name = String(decoding: trimmed(line[(tag + 1)..<close]), as: UTF8.self)
                    if !known.contains(name) {
                        log.error(
                            at: SourceLocation(path: file.path, line: index + 1, column: column(of: open, in: line)),
                            "unknown template '\(name)'",
                            hint: "known templates: \(known.sorted().joined(separator: ", "))")
                    }
                    from = close + 2
                }
            }
        }
    }

    /// A key that one language defines must exist in every language, or one edition would show a raw key.
    private static func checkSameKeys(_ localizers: [String: Localizer], theme: String, log: inout DiagnosticLog) {
        let allKeys = Set(localizers.values.flatMap(\.strings.keys))
        for (language, localizer) in localizers.sorted(by: { $0.key < $1.key }) {
            let defined = Set(localizer.strings.keys)
            for key in allKeys.subtracting(defined).sorted() {
                let others = localizers.filter { $0.value.strings[key] != nil }.keys.sorted().joined(separator: ", ")
                log.error(
                    at: SourceLocation(path: "themes/\(theme)/i18n/\(language).yaml"),
                    "UI string '\(key)' is missing for language '\(language)' (defined for \(others))",
                    hint: "add '\(key): …' to themes/\(theme)/i18n/\(language).yaml")
            }
        }
    }

    /// Every `{{t.key}}` a template uses must exist in the language file; Mustache would print nothing.
    private static func checkStringKeys(
        _ texts: [String: (path: String, text: String)], strings: [String: String], language: String,
        log: inout DiagnosticLog
    ) {
        for (_, file) in texts.sorted(by: { $0.key < $1.key }) {
            for (index, line) in lines(file.text).enumerated() {
                var from = line.startIndex
                while let found = find(TemplateBytes.stringsPrefix, in: line, from: from) {
                    let keyStart = found + 2
                    // Letters, digits and underscores; any byte of a non-ASCII letter counts as a letter.
                    let keyEnd = line[keyStart...].firstIndex { byte in
                        !(byte >= 0x80 || byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")))
                    } ?? line.endIndex
                    let before = found > from ? line[found - 1] : nil
                    let opensTag = before == UInt8(ascii: "{") || before == UInt8(ascii: "#") || before == UInt8(ascii: "^")
                        || before == UInt8(ascii: " ") && line[from..<found].suffix(3).elementsEqual(TemplateBytes.openSpaced)
                    let key = String(decoding: line[keyStart..<keyEnd], as: UTF8.self)
                    if opensTag, !key.isEmpty, strings[key] == nil {
                        log.error(
                            at: SourceLocation(path: file.path, line: index + 1, column: column(of: found, in: line)),
                            "UI string '\(key)' is missing for language '\(language)'",
                            hint: "add '\(key): …' to i18n/\(language).yaml")
                    }
                    from = keyEnd
                }
            }
        }
    }

    /// The UTF-8 bytes the template checks look for.
    private enum TemplateBytes {
        static let open = Array("{{".utf8)
        static let close = Array("}}".utf8)
        static let openSpaced = Array("{{ ".utf8)
        static let stringsPrefix = Array("t.".utf8)
    }

    /// A template's lines as UTF-8 bytes, split at line feeds (a carriage return before one stays on its line).
    private static func lines(_ text: String) -> [ArraySlice<UInt8>] {
        Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// Where `needle` first occurs in `line` at or after `from`.
    private static func find(_ needle: [UInt8], in line: ArraySlice<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, line.endIndex - from >= needle.count else { return nil }
        var index = from
        while index + needle.count <= line.endIndex {
            if line[index] == first, line[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The 1-based column of byte `index` of `line`, counted in Unicode scalars as diagnostics count them.
    private static func column(of index: Int, in line: ArraySlice<UInt8>) -> Int {
        line[line.startIndex..<index].count { $0 & 0xC0 != 0x80 } + 1
    }

    /// `bytes` without the spaces and tabs around them.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return bytes[bytes.startIndex..<bytes.startIndex] }
        return bytes[first...last]
    }

    /// Reads `i18n/<lang>.yaml`, a flat map of key to string, and checks the keys the formatter needs.
    private static func loadStrings(folder: URL, theme: String, language: String, log: inout DiagnosticLog) -> Localizer? {
        let path = "themes/\(theme)/i18n/\(language).yaml"
        let file = folder.appendingPathComponent("i18n/\(language).yaml").path
        guard let data = FileManager.default.contents(atPath: file) else {
            if FileManager.default.fileExists(atPath: file) {
                log.unreadable(path, reason: FolderWalk.reason(errno))
                return nil
            }
            log.error(
                at: SourceLocation(path: path), "theme '\(theme)' has no UI strings for language '\(language)'",
                hint: "add \(path) with one 'key: text' per line")
            return nil
        }
        guard let file = SourceReader.decode(data, path: path, into: &log),
            let document = YAMLDocument.parse(file.text, path: path, firstLine: 1, into: &log)
        else { return nil }
        var reader = FieldReader(document: document, node: document.root, anchor: SourceLocation(path: path))
        var strings: [String: String] = [:]
        for key in reader.keys {
            if let value = reader.string(key) { strings[key] = value }
        }
        for key in Localizer.requiredKeys where strings[key] == nil {
            reader.error(at: SourceLocation(path: path), "missing UI string '\(key)' for language '\(language)'",
                hint: "add a line '\(key): …'")
        }
        log.append(contentsOf: reader.diagnostics)
        return Localizer(language: language, strings: strings)
    }
}
