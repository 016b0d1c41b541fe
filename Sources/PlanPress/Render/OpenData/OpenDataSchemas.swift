/// JSON Schemas (draft 2020-12) that the published JSON files follow, published beside them.
enum OpenDataSchemas {
    static let draft = "https://json-schema.org/draft/2020-12/schema"
    static var string: [String: Any] {
        ["type": "string"]
    }
    static var number: [String: Any] {
        ["type": "number"]
    }
    static var optionalString: [String: Any] {
        ["type": ["string", "null"]]
    }
    static var optionalNumber: [String: Any] {
        ["type": ["number", "null"]]
    }
    static var period: [String: Any] {
        ["type": "string", "pattern": "^[0-9]{4}(-(Q[1-4]|H[12]))?$"]
    }
    static var date: [String: Any] {
        ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
    }
    static var status: [String: Any] {
        ["enum": TaskStatus.allCases.map(\.rawValue)]
    }

    static func object(_ properties: [String: Any], required: [String]? = nil) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required ?? Array(properties.keys).sorted(), "additionalProperties": false]
    }

    static var task: [String: Any] {
        object([
            "id": string, "area": string, "title": string, "lead": string, "lead_name": string,
            "partners": ["type": "array", "items": string], "due": string, "due_text": optionalString, "product": string,
            "weight": number, "indicators": ["type": "array", "items": string], "status": status,
            "progress": ["type": "number", "minimum": 0, "maximum": 100], "overdue": ["type": "boolean"],
            "last_report": ["type": ["string", "null"]], "note": optionalString,
        ])
    }

    static var indicator: [String: Any] {
        object([
            "id": string, "title": string, "area": string, "kind": ["enum": IndicatorKind.allCases.map(\.rawValue)],
            "unit": string, "direction": ["enum": Direction.allCases.map(\.rawValue)],
            "frequency": ["enum": ReportFrequency.allCases.map(\.rawValue)], "target_value": optionalNumber,
            "target_year": ["type": "integer"], "target_text": optionalString, "baseline": optionalNumber,
            "latest_value": optionalNumber, "latest_period": ["type": ["string", "null"]],
            "standing": ["enum": ["on-track", "off-track", "unknown", "not-assessed"]], "source": string,
            "values": ["type": "array", "items": object(["period": period, "value": number])],
        ])
    }

    static var all: [(String, [String: Any])] {
        [
            ("tasks", ["$schema": draft, "title": "PlanPress tasks"].merging(
                object(["as_of": ["type": ["string", "null"]], "tasks": ["type": "array", "items": task]])) { a, _ in a }),
            ("indicators", ["$schema": draft, "title": "PlanPress indicators"].merging(
                object(["as_of": ["type": ["string", "null"]], "indicators": ["type": "array", "items": indicator]])) { a, _ in a }),
            ("report", ["$schema": draft, "title": "PlanPress report"].merging(
                object([
                    "period": period, "as_of": date, "published": date, "illustrative": ["type": "boolean"],
                    "tasks": ["type": "array", "items": object(["id": string, "status": status, "progress": ["type": "number", "minimum": 0, "maximum": 100], "note": optionalString])],
                    "indicators": ["type": "array", "items": object(["id": string, "value": number])],
                ])) { a, _ in a }),
        ]
    }
}
