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
        try self.init(tree: json)
    }

    static let objectName = "tool object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var type: ToolType?
        var function: FunctionDefinition?
        while let key = try members.nextKey() {
            switch key {
            case "type": type = try members.decode()
            case "function": function = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.type = try members.required(type, "type")
        self.function = function
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The tool as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("type", type)
        members.encode("function", function)
    }
}

extension Tool: ObjectModel {}

/// A function the model may call, also used by the legacy `functions` parameter.
public struct FunctionDefinition: JSONModel {
    /// The function's name.
    public var name: String
    /// What the function does, for the model.
    public var description: String?
    /// The JSON Schema of the arguments, kept as JSON and written back untouched.
    ///
    /// Read from bytes, a schema is usually ``JSONValue/raw(_:)``, its compact text: encoders pass it through
    /// without building a tree. Look into it with the subscripts and accessors (each reads the text anew), or
    /// take ``JSONValue/resolved`` once before a `switch` or `if case`, which would not match `.object` on it.
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
        try self.init(tree: json)
    }

    static let objectName = "function object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var name: String?
        var description: String?
        var parameters: JSONValue?
        var strict: Bool?
        while let key = try members.nextKey() {
            switch key {
            case "name": name = try members.decode()
            case "description": description = try members.decode()
            case "parameters": parameters = (try members.decode() as PassedThroughJSON?)?.value
            case "strict": strict = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.name = try members.required(name, "name")
        self.description = description
        self.parameters = parameters
        self.strict = strict
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The function definition as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("name", name)
        members.encode("description", description)
        members.encode("parameters", parameters)
        members.encode("strict", strict)
    }
}

extension FunctionDefinition: ObjectModel {}
