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
        try self.init(tree: json)
    }

    static let objectName = "message object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var role: Role?
        var content: MessageContent?
        var name: String?
        var refusal: String?
        var toolCalls: [ToolCall]?
        var toolCallID: String?
        var functionCall: FunctionCall?
        var audio: JSONObject?
        var annotations: [JSONValue]?
        while let key = try members.nextKey() {
            switch key {
            case "role": role = try members.decode()
            case "content": content = try members.decode()
            case "name": name = try members.decode()
            case "refusal": refusal = try members.decode()
            case "tool_calls": toolCalls = try members.decode()
            case "tool_call_id": toolCallID = try members.decode()
            case "function_call": functionCall = try members.decode()
            case "audio": audio = try members.decode()
            case "annotations": annotations = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.role = try members.required(role, "role")
        self.content = content
        self.name = name
        self.refusal = refusal
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.functionCall = functionCall
        self.audio = audio
        self.annotations = annotations
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The message as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        encodeMembers(into: &members, asResponse: false)
    }

    /// Writes the named members in canonical order; `asResponse` writes `content` and `refusal` as `null` when
    /// absent, as OpenAI's schema requires of a response's message (a request's messages leave them out).
    func encodeMembers(into members: inout some MemberSink, asResponse: Bool) {
        members.encode("role", role)
        if asResponse { members.encodeNullable("content", content) } else { members.encode("content", content) }
        members.encode("name", name)
        if asResponse { members.encodeNullable("refusal", refusal) } else { members.encode("refusal", refusal) }
        members.encode("tool_calls", toolCalls)
        members.encode("tool_call_id", toolCallID)
        members.encode("function_call", functionCall)
        members.encode("audio", audio)
        members.encode("annotations", annotations)
    }
}

extension ChatMessage: ObjectModel {}

/// The message of a chat completion's choice, written as OpenAI's schema requires a response's message: with
/// `content` and `refusal` present, `null` when absent. Read as a plain ``ChatMessage``; the tree and byte writing
/// are ``ObjectModel``'s, over the message's layout and members.
struct ResponseMessage: ObjectModel {
    var message: ChatMessage

    init(message: ChatMessage) {
        self.message = message
    }

    static var objectName: String { ChatMessage.objectName }

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        message = try ChatMessage(members: &members)
    }

    init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    var json: JSONValue { tree }
    var additionalFields: JSONObject { message.additionalFields }
    var layout: MemberLayout { message.layout }

    func encodeMembers(into members: inout some MemberSink) {
        message.encodeMembers(into: &members, asResponse: true)
    }
}
