/// One message of a chat conversation, of any role, as requests carry it and responses return it.
public struct ChatMessage: JSONModel {
    /// Who wrote it.
    public var role: Role
    /// The text or parts; `nil` for an assistant message that only calls tools.
    public var content: MessageContent?
    /// An optional participant name.
    public var name: String?
    /// An assistant's refusal.
    public var refusal: String?
    /// An assistant's tool calls.
    public var toolCalls: [ToolCall]?
    /// The tool call a `tool` message answers.
    public var toolCallID: String?
    /// An assistant's legacy function call (deprecated).
    public var functionCall: FunctionCall?
    /// An assistant's audio answer reference (`{"id": …}` in requests; id, data, transcript in responses).
    public var audio: JSONObject?
    /// Annotations on a response message, such as URL citations; kept as JSON.
    public var annotations: [JSONValue]?
    /// Members this model does not name, in document order (vendor extensions such as `reasoning_content`).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a message.
    public init(
        role: Role, content: MessageContent? = nil, name: String? = nil, refusal: String? = nil,
        toolCalls: [ToolCall]? = nil, toolCallID: String? = nil, functionCall: FunctionCall? = nil,
        audio: JSONObject? = nil, annotations: [JSONValue]? = nil, additionalFields: JSONObject = [:]
    ) {
        self.role = role
        self.content = content
        self.name = name
        self.refusal = refusal
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.functionCall = functionCall
        self.audio = audio
        self.annotations = annotations
        self.additionalFields = additionalFields
    }

    /// A message with plain-text content.
    public init(role: Role, text: String) {
        self.init(role: role, content: .text(text))
    }

    /// Decodes a message.
    ///
    /// - Throws: ``TranslationError`` when `role` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("message object")
        var members = MemberDecoder()
        var role: Role?
        var content: MessageContent?
        var name: String?
        var refusal: String?
        var toolCalls: [ToolCall]?
        var toolCallID: String?
        var functionCall: FunctionCall?
        var audio: JSONObject?
        var annotations: [JSONValue]?
        for member in object {
            switch member.key {
            case "role": role = try members.decode(member)
            case "content": content = try members.decode(member)
            case "name": name = try members.decode(member)
            case "refusal": refusal = try members.decode(member)
            case "tool_calls": toolCalls = try members.decode(member)
            case "tool_call_id": toolCallID = try members.decode(member)
            case "function_call": functionCall = try members.decode(member)
            case "audio": audio = try members.decode(member)
            case "annotations": annotations = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            role: try required(role, "role"), content: content, name: name, refusal: refusal,
            toolCalls: toolCalls, toolCallID: toolCallID, functionCall: functionCall, audio: audio,
            annotations: annotations, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The message as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 3)
        members.encode("role", role)
        members.encode("content", content)
        members.encode("name", name)
        members.encode("refusal", refusal)
        members.encode("tool_calls", toolCalls)
        members.encode("tool_call_id", toolCallID)
        members.encode("function_call", functionCall)
        members.encode("audio", audio)
        members.encode("annotations", annotations)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ChatMessage: JSONField {}
