/// A tool the model may call (`tools[]`): a function with a JSON Schema for its arguments, or another kind
/// (such as `custom`) whose members stay in ``additionalFields``.
public struct Tool: JSONModel {
    /// The tool's kind.
    public var type: ToolType
    /// The function of a `function` tool.
    public var function: FunctionDefinition?
    /// Members this model does not name, in document order (`custom` for custom tools).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a tool.
    public init(type: ToolType = .function, function: FunctionDefinition? = nil, additionalFields: JSONObject = [:]) {
        self.type = type
        self.function = function
        self.additionalFields = additionalFields
    }

    /// Decodes a tool.
    ///
    /// - Throws: ``TranslationError`` when `type` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("tool object")
        var members = MemberDecoder()
        var type: ToolType?
        var function: FunctionDefinition?
        for member in object {
            switch member.key {
            case "type": type = try members.decode(member)
            case "function": function = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(type: try required(type, "type"), function: function, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The tool as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("type", type)
        members.encode("function", function)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension Tool: JSONField {}

/// A function the model may call, also used by the legacy `functions` parameter.
public struct FunctionDefinition: JSONModel {
    /// The function's name.
    public var name: String
    /// What the function does, for the model.
    public var description: String?
    /// The JSON Schema of the arguments, kept as JSON and written back untouched.
    public var parameters: JSONValue?
    /// Whether the model must follow the schema exactly.
    public var strict: Bool?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a function definition.
    public init(
        name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
        self.additionalFields = additionalFields
    }

    /// Decodes a function definition.
    ///
    /// - Throws: ``TranslationError`` when `name` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("function object")
        var members = MemberDecoder()
        var name: String?
        var description: String?
        var parameters: JSONValue?
        var strict: Bool?
        for member in object {
            switch member.key {
            case "name": name = try members.decode(member)
            case "description": description = try members.decode(member)
            case "parameters": parameters = try members.decode(member)
            case "strict": strict = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            name: try required(name, "name"), description: description, parameters: parameters, strict: strict,
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The function definition as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("name", name)
        members.encode("description", description)
        members.encode("parameters", parameters)
        members.encode("strict", strict)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension FunctionDefinition: JSONField {}
