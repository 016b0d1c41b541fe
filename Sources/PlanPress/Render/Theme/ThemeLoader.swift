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
        let files = (FileManager.default.enumerator(atPath: templatesFolder.path)?.allObjects as? [String]) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = "\(relativeTemplates)/\(file)"
            guard let data = FileManager.default.contents(atPath: templatesFolder.appendingPathComponent(file).path),
                let source = SourceReader.decode(data, path: path, into: &log)
            else { continue }
            let templateName = String(file.dropLast(".mustache".count))
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
        for required in Theme.requiredTemplates where texts[required] == nil {
            log.error(
                at: SourceLocation(path: "\(relativeTemplates)/\(required).mustache"),
                "theme '\(name)' has no template '\(required)'", hint: "every page kind needs its template")
        }
        checkPartials(texts, known: Set(texts.keys), log: &log)

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
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = line[...]
                while let open = rest.range(of: "{{") {
                    let after = rest[open.upperBound...]
                    guard let first = after.first, first == ">" || first == "<",
                        let close = after.range(of: "}}")
                    else {
                        rest = after
                        continue
                    }
                    let name = after[after.index(after: after.startIndex)..<close.lowerBound]
                        .trimmingCharacters(in: .whitespaces)
                    if !known.contains(name) {
                        let column = line[..<open.lowerBound].unicodeScalars.count + 1
                        log.error(
                            at: SourceLocation(path: file.path, line: index + 1, column: column),
                            "unknown template '\(name)'",
                            hint: "known templates: \(known.sorted().joined(separator: ", "))")
                    }
                    rest = after[close.upperBound...]
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
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = line[...]
                while let found = rest.range(of: "t.") {
                    let before = rest[..<found.lowerBound].last
                    let keyEnd = rest[found.upperBound...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") }
                        ?? rest.endIndex
                    let key = String(rest[found.upperBound..<keyEnd])
                    if before == "{" || before == "#" || before == "^" || before == " " && rest[..<found.lowerBound].hasSuffix("{{ ") {
                        if !key.isEmpty, strings[key] == nil {
                            let column = line[..<found.lowerBound].unicodeScalars.count + 1
                            log.error(
                                at: SourceLocation(path: file.path, line: index + 1, column: column),
                                "UI string '\(key)' is missing for language '\(language)'",
                                hint: "add '\(key): …' to i18n/\(language).yaml")
                        }
                    }
                    rest = rest[keyEnd...]
                }
            }
        }
    }

    /// Reads `i18n/<lang>.yaml`, a flat map of key to string, and checks the keys the formatter needs.
    private static func loadStrings(folder: URL, theme: String, language: String, log: inout DiagnosticLog) -> Localizer? {
        let path = "themes/\(theme)/i18n/\(language).yaml"
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("i18n/\(language).yaml").path)
        else {
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
