/// A tool call made by the model (`tool_calls[]` of an assistant message).
public struct ToolCall: JSONModel {
    /// The call's id, which the answering `tool` message quotes.
    public var id: String
    /// The tool's kind; `function` when the sender omitted it.
    public var type: ToolType
    /// The function called, for `function` calls.
    public var function: FunctionCall?
    /// Members this model does not name, in document order (`custom` for custom tool calls).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a tool call.
    public init(
        id: String, type: ToolType = .function, function: FunctionCall? = nil, additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.type = type
        self.function = function
        self.additionalFields = additionalFields
    }

    /// Decodes a tool call.
    ///
    /// - Throws: ``TranslationError`` when `id` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("tool call object")
        var members = MemberDecoder()
        var id: String?
        var type: ToolType?
        var function: FunctionCall?
        for member in object {
            switch member.key {
            case "id": id = try members.decode(member)
            case "type": type = try members.decode(member)
            case "function": function = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            id: try required(id, "id"), type: type ?? .function, function: function,
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The tool call as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 3)
        members.encode("id", id)
        members.encode("type", type)
        members.encode("function", function)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ToolCall: JSONField {}

/// A function invocation: its name and its arguments as a JSON text, exactly as the model produced them.
public struct FunctionCall: JSONModel {
    /// The function's name.
    public var name: String
    /// The arguments, a JSON text that may be invalid (models produce it); codecs parse it when they must.
    public var arguments: String
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a function invocation.
    public init(name: String, arguments: String, additionalFields: JSONObject = [:]) {
        self.name = name
        self.arguments = arguments
        self.additionalFields = additionalFields
    }

    /// Decodes a function invocation.
    ///
    /// - Throws: ``TranslationError`` when `name` or `arguments` is missing or not a string.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("function call object")
        var members = MemberDecoder()
        var name: String?
        var arguments: String?
        for member in object {
            switch member.key {
            case "name": name = try members.decode(member)
            case "arguments": arguments = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            name: try required(name, "name"), arguments: try required(arguments, "arguments"),
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The invocation as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("name", name)
        members.encode("arguments", arguments)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension FunctionCall: JSONField {}
