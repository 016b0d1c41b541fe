/// JSON Schemas (draft 2020-12) that the published JSON files follow, published beside them.
enum OpenDataSchemas {
    static let draft = "https://json-schema.org/draft/2020-12/schema"
    static var string: JSONValue {
        ["type": "string"]
    }
    static var number: JSONValue {
        ["type": "number"]
    }
    static var optionalString: JSONValue {
        ["type": ["string", "null"]]
    }
    static var optionalNumber: JSONValue {
        ["type": ["number", "null"]]
    }
    static var period: JSONValue {
        ["type": "string", "pattern": "^[0-9]{4}(-(Q[1-4]|H[12]))?$"]
    }
    static var date: JSONValue {
        ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
    }
    static var status: JSONValue {
        ["enum": JSONValue(TaskStatus.allCases.map(\.rawValue))]
    }

    static func object(_ properties: [String: JSONValue], required: [String]? = nil) -> JSONValue {
        [
            "type": "object", "properties": .object(properties),
            "required": JSONValue(required ?? Array(properties.keys).sorted()), "additionalProperties": false,
        ]
    }

    static var task: JSONValue {
        object([
            "id": string, "area": string, "title": string, "lead": string, "lead_name": string,
            "partners": ["type": "array", "items": string], "due": string, "due_text": optionalString, "product": string,
            "weight": number, "indicators": ["type": "array", "items": string], "status": status,
            "progress": ["type": "number", "minimum": 0, "maximum": 100], "overdue": ["type": "boolean"],
            "last_report": ["type": ["string", "null"]], "note": optionalString,
        ])
    }

    static var indicator: JSONValue {
        object([
            "id": string, "title": string, "area": string, "kind": ["enum": JSONValue(IndicatorKind.allCases.map(\.rawValue))],
            "unit": string, "direction": ["enum": JSONValue(Direction.allCases.map(\.rawValue))],
            "frequency": ["enum": JSONValue(ReportFrequency.allCases.map(\.rawValue))], "target_value": optionalNumber,
            "target_year": ["type": "integer"], "target_text": optionalString, "baseline": optionalNumber,
            "latest_value": optionalNumber, "latest_period": ["type": ["string", "null"]],
            "standing": ["enum": ["on-track", "off-track", "unknown", "not-assessed"]], "source": string,
            "values": ["type": "array", "items": object(["period": period, "value": number])],
        ])
    }

    /// A top-level schema: `object(properties)` with the draft and a title.
    static func document(_ title: String, _ properties: [String: JSONValue]) -> JSONValue {
        .object(object(properties).fields.merging(["$schema": .text(draft), "title": .text(title)]) { _, header in header })
    }

    static var all: [(String, JSONValue)] {
        [
            ("tasks", document("PlanPress tasks", ["as_of": ["type": ["string", "null"]], "tasks": ["type": "array", "items": task]])),
            ("indicators", document(
                "PlanPress indicators", ["as_of": ["type": ["string", "null"]], "indicators": ["type": "array", "items": indicator]])),
            ("report", document("PlanPress report", [
                "period": period, "as_of": date, "published": date, "illustrative": ["type": "boolean"],
                "tasks": ["type": "array", "items": object(["id": string, "status": status, "progress": ["type": "number", "minimum": 0, "maximum": 100], "note": optionalString])],
                "indicators": ["type": "array", "items": object(["id": string, "value": number])],
            ])),
        ]
    }
}
