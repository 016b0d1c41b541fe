extension AgencyUnit {
    /// Reads `content/units.yaml`, a map of unit id to name.
    static func decodeAll(_ file: LoadedFile, log: inout DiagnosticLog) -> [AgencyUnit] {
        var r = FieldReader(file)
        var units: [AgencyUnit] = []
        for key in r.keys {
            guard let node = r.value(key) else { continue }
            guard let name = node.scalar?.string, !name.isEmpty else {
                r.error(at: r.location(of: node), "unit '\(key)' needs a name", hint: "write '\(key): Tên cơ quan'")
                continue
            }
            let location = r.origin.location(of: key)
            if !Slug.isValidID(key) {
                r.error(
                    at: SourceLocation(path: location.path, line: location.line, column: 1),
                    "unit id '\(key)' must be ASCII letters, digits and hyphens", hint: "e.g. 'van-phong'")
                continue
            }
            units.append(AgencyUnit(id: key, name: name, origin: Origin(path: file.path, fields: ["id": location])))
        }
        log.append(contentsOf: r.diagnostics)
        return units
    }
}
