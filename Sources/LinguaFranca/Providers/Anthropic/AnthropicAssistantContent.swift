/// An OpenAI assistant message as Anthropic content blocks, in the order Anthropic requires: replayed thinking
/// blocks first, then the replayed blocks of Anthropic-run tools (`server_tool_blocks`), then text, then `tool_use`
/// blocks. Where the server tool blocks stood among the text is not kept: they go before it, as a search comes
/// before the answer that cites it.
enum AnthropicAssistantContent {
    /// The extension members of an assistant message that ``blocks(of:at:context:)`` sends.
    static let sentExtensions: Set<String> = ["thinking_blocks", "reasoning_content", "server_tool_blocks"]

    /// The blocks for `message` found at `path`; empty when it has no content at all.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/typeMismatch`` for `thinking_blocks` or
    ///   `server_tool_blocks` that are not arrays of objects, the errors of ``ToolArguments/object(from:at:context:)`` and
    ///   ``AnthropicContentBlocks/encode(_:ofMessageAt:context:)``, and ``TranslationError/Code/unsupported`` for a loss
    ///   under `.strict`.
    static func blocks(of message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        var blocks = try replayed("thinking_blocks", of: message, at: path, context: context)
        if message.additionalFields["thinking_blocks"]?.isNull ?? true,
            message.additionalFields["reasoning_content"]?.stringValue != nil
        {
            try context.record(
                .dropped, at: path.appending("reasoning_content"),
                "reasoning without its thinking_blocks (and their signatures) cannot be replayed to Anthropic")
        }
        blocks += try replayed("server_tool_blocks", of: message, at: path, context: context)
        switch try AnthropicContentBlocks.encode(message.content, ofMessageAt: path, context: &context) {
        case .string(let text)? where !text.isEmpty: blocks.append(["type": "text", "text": .string(text)])
        case .array(let more)?: blocks += more
        default: break
        }
        if let refusal = message.refusal {
            try context.record(
                .approximated, at: path.appending("refusal"), "Anthropic has no refusal member; sent as text")
            blocks.append(["type": "text", "text": .string(refusal)])
        }
        for (index, call) in (message.toolCalls ?? []).enumerated() {
            let callPath = path.appending("tool_calls").appending(.index(index))
            guard call.type == .function, let function = call.function else {
                try context.record(.dropped, at: callPath, "Anthropic takes function tool calls only; not sent")
                continue
            }
            blocks.append([
                "type": "tool_use", "id": .string(call.id), "name": .string(function.name),
                "input": .object(
                    try ToolArguments.object(
                        from: function.arguments, at: callPath.appending("function").appending("arguments"),
                        context: &context)),
            ])
        }
        return blocks
    }

    /// The Anthropic blocks an extension member holds verbatim; none when it is absent or `null`.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` when it is not an array of objects.
    private static func replayed(
        _ member: String, of message: ChatMessage, at path: JSONPath, context: TranslationContext
    ) throws(TranslationError) -> [JSONValue] {
        guard let value = message.additionalFields[member], !value.isNull else { return [] }
        guard case .array(let blocks) = value, blocks.allSatisfy({ $0.objectValue != nil }) else {
            throw context.error(
                .typeMismatch, at: path.appending(member),
                "expected an array of Anthropic content blocks, found \(value.kindName)")
        }
        return blocks
    }
}
