/// Folds the content blocks of an Anthropic assistant turn into one OpenAI assistant message: text blocks joined
/// into `content`, `tool_use` blocks into `tool_calls`, thinking blocks into the `thinking_blocks` and
/// `reasoning_content` extensions, the blocks of Anthropic-run tools verbatim into the `server_tool_blocks`
/// extension. Other blocks OpenAI cannot carry are reported and left out.
struct AnthropicAssistantAssembly {
    private var text: String?
    private var toolCalls: [ToolCall] = []
    private var thinkingBlocks: [JSONValue] = []
    private var serverToolBlocks: [JSONValue] = []
    private var reasoning: String?

    /// Adds one block found at `path`.
    ///
    /// - Throws: ``TranslationError`` for a block of the wrong shape, and ``TranslationError/Code/unsupported``
    ///   for a dropped block under `.strict`.
    mutating func add(_ value: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError)
    {
        let block = try NativeObject(value, at: path, expected: "content block object")
        let type: String = try block.require("type")
        switch type {
        case "text":
            let fragment: String = try block.require("text")
            text = (text ?? "") + fragment
            for member in block.object where member.key != "type" && member.key != "text" && !member.value.isNull {
                try context.record(
                    .dropped, at: block.path(member.key), "OpenAI assistant content has no '\(member.key)'")
            }
        case "tool_use":
            let input = block["input"] ?? .object(JSONObject())
            toolCalls.append(
                ToolCall(
                    id: try block.require("id"),
                    function: FunctionCall(
                        name: try block.require("name"), arguments: ToolArguments.text(from: input))))
        case "thinking":
            let thinking: String = try block.require("thinking")
            reasoning = reasoning.map { $0 + Self.reasoningSeparator + thinking } ?? thinking
            thinkingBlocks.append(value)
        case "redacted_thinking":
            thinkingBlocks.append(value)
        default:
            guard Self.isServerToolBlock(type) else {
                try context.record(.dropped, at: path, "OpenAI messages have no '\(type)' content block")
                return
            }
            try context.record(.converted, at: path, Self.serverToolNote(type))
            serverToolBlocks.append(value)
        }
    }

    /// Whether a block of `type` belongs to a tool Anthropic runs itself, and is kept verbatim: `server_tool_use`
    /// and `mcp_tool_use`, every `…_tool_result` (`web_search_tool_result`, `web_fetch_tool_result`,
    /// `code_execution_tool_result`, `mcp_tool_result`, …) and `container_upload`.
    static func isServerToolBlock(_ type: String) -> Bool {
        type == "server_tool_use" || type == "mcp_tool_use" || type == "container_upload"
            || type.hasSuffix("_tool_result")
    }

    /// The report message for a block kept in `server_tool_blocks`.
    static func serverToolNote(_ type: String) -> String {
        "OpenAI messages have no '\(type)' content block; kept verbatim in the extension server_tool_blocks"
    }

    /// What separates the texts of consecutive thinking blocks in `reasoning_content`.
    static let reasoningSeparator = "\n\n"

    /// The assistant message.
    var message: ChatMessage {
        var message = ChatMessage(
            role: .assistant, content: text.map(MessageContent.text), toolCalls: toolCalls.isEmpty ? nil : toolCalls)
        if let reasoning { message.additionalFields.append(.string(reasoning), forKey: "reasoning_content") }
        if !thinkingBlocks.isEmpty {
            message.additionalFields.append(.array(thinkingBlocks), forKey: "thinking_blocks")
        }
        if !serverToolBlocks.isEmpty {
            message.additionalFields.append(.array(serverToolBlocks), forKey: "server_tool_blocks")
        }
        return message
    }
}
