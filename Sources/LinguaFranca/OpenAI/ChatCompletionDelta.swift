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
        let object = try json.requireObject("delta object")
        var members = MemberDecoder()
        var role: Role?
        var content: String?
        var refusal: String?
        var toolCalls: [ToolCallDelta]?
        var functionCall: FunctionCallDelta?
        for member in object {
            switch member.key {
            case "role": role = try members.decode(member)
            case "content": content = try members.decode(member)
            case "refusal": refusal = try members.decode(member)
            case "tool_calls": toolCalls = try members.decode(member)
            case "function_call": functionCall = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            role: role, content: content, refusal: refusal, toolCalls: toolCalls, functionCall: functionCall,
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// A delta as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 5)
        members.encode("role", role)
        members.encode("content", content)
        members.encode("refusal", refusal)
        members.encode("tool_calls", toolCalls)
        members.encode("function_call", functionCall)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ChatCompletionDelta: JSONField {}
