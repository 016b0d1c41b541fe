extension Translation {
    /// The fields a translation of each kind may hold; any other field is an error, since it comes from the original.
    static func translatableFields(of kind: ContentKind) -> [String] {
        switch kind {
        case .plan: return ["title", "summary", "issuer", "basis"]
        case .area: return ["title", "summary", "objectives"]
        case .task: return ["title", "product", "due_text"]
        case .indicator: return ["title", "source", "target"]
        case .report: return ["title", "notes"]
        case .news: return ["title", "summary", "tags", "image_alt"]
        case .page: return ["title", "summary"]
        case .units, .assessment: return []
        }
    }

    static func decode(_ file: LoadedFile, language: String, log: inout DiagnosticLog) -> Translation? {
        var r = FieldReader(file)
        var t = Translation(
            language: language, originalPath: file.originalPath, origin: Origin(path: file.path), notes: [:],
            unitNames: [:], body: file.body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : file.body)
        if file.kind == .units {
            for key in r.keys {
                if let name = r.string(key) { t.unitNames[key] = name }
            }
            log.append(contentsOf: r.diagnostics)
            t.origin = r.origin
            return t
        }
        let allowed = translatableFields(of: file.kind)
        for key in r.keys where !allowed.contains(key) {
            r.error(
                at: r.origin.location(of: key), "'\(key)' cannot be translated: it comes from \(file.originalPath)",
                hint: "a translation holds only \(allowed.joined(separator: ", ")) and the body; remove '\(key)'")
        }
        t.title = r.string("title")
        t.summary = r.string("summary")
        t.issuer = r.string("issuer")
        t.product = r.string("product")
        t.dueText = r.string("due_text")
        t.source = r.string("source")
        t.imageAlt = r.string("image_alt")
        if allowed.contains("objectives"), r.value("objectives") != nil { t.objectives = r.strings("objectives") }
        if allowed.contains("tags"), r.value("tags") != nil { t.tags = r.strings("tags") }
        if var target = r.nested("target") {
            t.targetText = target.string("text")
            for key in target.keys where key != "text" {
                target.error(
                    at: target.origin.location(of: key), "'target.\(key)' cannot be translated: it comes from \(file.originalPath)",
                    hint: "a translated target holds only 'text'")
            }
            r.absorb(target)
        }
        if let node = r.value("basis") {
            t.basis = (node.sequence.map(Array.init) ?? []).map { item in
                var b = FieldReader(document: file.frontMatter, node: item, anchor: r.location(of: item))
                let entry = (document: b.string("document"), subject: b.string("subject"))
                r.absorb(b)
                return entry
            }
        }
        for entry in r.entries("notes") {
            if let note = entry.value.scalar?.string { t.notes[entry.key] = note }
        }
        log.append(contentsOf: r.diagnostics)
        t.origin = r.origin
        return t
    }
}
