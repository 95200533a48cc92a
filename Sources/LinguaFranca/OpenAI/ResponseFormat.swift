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
        try self.init(tree: json)
    }

    static let objectName = "object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var name: String?
        var description: String?
        var schema: JSONValue?
        var strict: Bool?
        while let key = try members.nextKey() {
            switch key {
            case "name": name = try members.decode()
            case "description": description = try members.decode()
            case "schema": schema = try members.decode()
            case "strict": strict = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.name = try members.required(name, "name")
        self.description = description
        self.schema = schema
        self.strict = strict
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The schema format as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("name", name)
        members.encode("description", description)
        members.encode("schema", schema)
        members.encode("strict", strict)
    }
}

extension JSONSchemaFormat: ObjectModel {}
