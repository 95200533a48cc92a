/// What one chunk adds to a choice's message.
public struct ChatCompletionDelta: JSONModel {
    /// The author, in the first chunk.
    public var role: Role?
    /// A fragment of the content.
    public var content: String?
    /// A fragment of a refusal.
    public var refusal: String?
    /// Pieces of tool calls, matched by `index`.
    public var toolCalls: [ToolCallDelta]?
    /// A piece of a legacy function call.
    public var functionCall: FunctionCallDelta?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        role: Role? = nil, content: String? = nil, refusal: String? = nil, toolCalls: [ToolCallDelta]? = nil,
        functionCall: FunctionCallDelta? = nil, additionalFields: JSONObject = [:]
    ) {
        self.role = role
        self.content = content
        self.refusal = refusal
        self.toolCalls = toolCalls
        self.functionCall = functionCall
        self.additionalFields = additionalFields
    }

    /// Decodes a delta.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "delta object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var role: Role?
        var content: String?
        var refusal: String?
        var toolCalls: [ToolCallDelta]?
        var functionCall: FunctionCallDelta?
        while let key = try members.nextKey() {
            switch key {
            case "role": role = try members.decode()
            case "content": content = try members.decode()
            case "refusal": refusal = try members.decode()
            case "tool_calls": toolCalls = try members.decode()
            case "function_call": functionCall = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.role = role
        self.content = content
        self.refusal = refusal
        self.toolCalls = toolCalls
        self.functionCall = functionCall
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A delta as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("role", role)
        members.encode("content", content)
        members.encode("refusal", refusal)
        members.encode("tool_calls", toolCalls)
        members.encode("function_call", functionCall)
    }
}

extension ChatCompletionDelta: ObjectModel {}
