/// The output format requested (`response_format`): text, any JSON object, or JSON following a schema.
public enum ResponseFormat: Sendable, Hashable {
    /// `{"type": "text"}`.
    case text
    /// `{"type": "json_object"}`: any valid JSON object.
    case jsonObject
    /// `{"type": "json_schema", "json_schema": …}`: JSON following the schema.
    case jsonSchema(JSONSchemaFormat)
    /// Any other form, kept as it came.
    case object(JSONObject)
}

extension ResponseFormat: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject()
        switch (object["type"], object.count) {
        case (.string("text"), 1): self = .text
        case (.string("json_object"), 1): self = .jsonObject
        case (.string("json_schema"), 2):
            guard let schema = object["json_schema"] else {
                self = .object(object)
                return
            }
            do {
                self = .jsonSchema(try JSONSchemaFormat(json: schema))
            } catch {
                throw error.prefixed(by: .key("json_schema"))
            }
        default: self = .object(object)
        }
    }

    var json: JSONValue {
        switch self {
        case .text: ["type": "text"]
        case .jsonObject: ["type": "json_object"]
        case .jsonSchema(let format): ["type": "json_schema", "json_schema": format.json]
        case .object(let object): .object(object)
        }
    }
}

/// The `json_schema` member of a JSON-schema response format.
public struct JSONSchemaFormat: JSONModel {
    /// The format's name.
    public var name: String
    /// What the format is for, for the model.
    public var description: String?
    /// The JSON Schema, kept as JSON and written back untouched.
    public var schema: JSONValue?
    /// Whether the model must follow the schema exactly.
    public var strict: Bool?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a schema format.
    public init(
        name: String, description: String? = nil, schema: JSONValue? = nil, strict: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.description = description
        self.schema = schema
        self.strict = strict
        self.additionalFields = additionalFields
    }

    /// Decodes a schema format.
    ///
    /// - Throws: ``TranslationError`` when `name` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject()
        var members = MemberDecoder()
        var name: String?
        var description: String?
        var schema: JSONValue?
        var strict: Bool?
        for member in object {
            switch member.key {
            case "name": name = try members.decode(member)
            case "description": description = try members.decode(member)
            case "schema": schema = try members.decode(member)
            case "strict": strict = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            name: try required(name, "name"), description: description, schema: schema, strict: strict,
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The schema format as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("name", name)
        members.encode("description", description)
        members.encode("schema", schema)
        members.encode("strict", strict)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension JSONSchemaFormat: JSONField {}
