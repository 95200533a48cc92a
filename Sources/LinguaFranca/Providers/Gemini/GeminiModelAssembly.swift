/// Folds the parts of a Gemini `model` content (or a response candidate) into one OpenAI assistant message: text
/// joined into `content`, thought parts into `reasoning_content` and one `thinking_blocks` entry, `functionCall`
/// parts into `tool_calls`, thought signatures into the documented extensions. Parts OpenAI cannot carry are
/// reported and left out.
struct GeminiModelAssembly {
    private let idPrefix: String
    private var text: String?
    private var textSignature: String?
    private var reasoning: String?
    private var thoughtSignature: String?
    private var toolCalls: [ToolCall] = []

    /// An assembly whose made-up tool call ids are `<idPrefix><n>`, `n` counting the function calls from 0.
    init(idPrefix: String) {
        self.idPrefix = idPrefix
    }

    /// Adds the part found at `path`, its members read under either spelling (``GeminiObject``).
    ///
    /// - Throws: ``TranslationError`` for a part of the wrong shape, and ``TranslationError/Code/unsupported`` for a
    ///   dropped part under `.strict`.
    mutating func add(_ value: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError)
    {
        let part = try GeminiObject(value, at: path, expected: "part object")
        let signature: String? = try part.decode("thoughtSignature")
        if let fragment: String = try part.decode("text") {
            if try part.decode("thought", as: Bool.self) == true {
                reasoning = (reasoning ?? "") + fragment
                thoughtSignature = signature ?? thoughtSignature
            } else {
                text = (text ?? "") + fragment
                textSignature = signature ?? textSignature
            }
        } else if let call = try part.nested("functionCall") {
            var toolCall = ToolCall(
                id: try call.decode("id") ?? idPrefix + String(toolCalls.count),
                function: FunctionCall(
                    name: try call.require("name"), arguments: ToolArguments.text(from: call["args"] ?? [:])))
            if let signature { toolCall.additionalFields.append(.string(signature), forKey: "thought_signature") }
            toolCalls.append(toolCall)
        } else {
            try context.record(.dropped, at: path, "OpenAI assistant messages have no such part")
        }
    }

    /// Whether a function call was added.
    var hasToolCalls: Bool { !toolCalls.isEmpty }

    /// The assistant message.
    var message: ChatMessage {
        var message = ChatMessage(
            role: .assistant, content: text.map(MessageContent.text), toolCalls: toolCalls.isEmpty ? nil : toolCalls)
        if let reasoning {
            message.additionalFields.append(.string(reasoning), forKey: "reasoning_content")
            message.additionalFields.append(
                [GeminiModelAssembly.thinkingBlock(reasoning, signature: thoughtSignature)], forKey: "thinking_blocks")
        }
        if let textSignature { message.additionalFields.append(.string(textSignature), forKey: "thought_signature") }
        return message
    }

    /// The `thinking_blocks` entry for a turn's thought text.
    static func thinkingBlock(_ text: String, signature: String?) -> JSONValue {
        var block: JSONObject = ["type": "thinking", "thinking": .string(text)]
        if let signature { block.append(.string(signature), forKey: "signature") }
        return .object(block)
    }
}
