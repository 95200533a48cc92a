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
        try self.init(tree: json)
    }

    static let objectName = "tool call object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var id: String?
        var type: ToolType?
        var function: FunctionCall?
        while let key = try members.nextKey() {
            switch key {
            case "id": id = try members.decode()
            case "type": type = try members.decode()
            case "function": function = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.id = try members.required(id, "id")
        self.type = type ?? .function
        self.function = function
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The tool call as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("id", id)
        members.encode("type", type)
        members.encode("function", function)
    }
}

extension ToolCall: ObjectModel {}

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
        try self.init(tree: json)
    }

    static let objectName = "function call object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var name: String?
        var arguments: String?
        while let key = try members.nextKey() {
            switch key {
            case "name": name = try members.decode()
            case "arguments": arguments = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.name = try members.required(name, "name")
        self.arguments = try members.required(arguments, "arguments")
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The invocation as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("name", name)
        members.encode("arguments", arguments)
    }
}

extension FunctionCall: ObjectModel {}
