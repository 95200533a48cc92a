/// An OpenAI assistant message as Anthropic content blocks, in the order Anthropic requires: replayed thinking
/// blocks first, then text, then `tool_use` blocks.
enum AnthropicAssistantContent {
    /// The extension members of an assistant message that ``blocks(of:at:context:)`` sends.
    static let sentExtensions: Set<String> = ["thinking_blocks", "reasoning_content"]

    /// The blocks for `message` found at `path`; empty when it has no content at all.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/typeMismatch`` for `thinking_blocks` that are not
    ///   objects, the errors of ``ToolArguments/object(from:at:context:)`` and
    ///   ``AnthropicContentBlocks/encode(_:ofMessageAt:context:)``, and ``TranslationError/Code/unsupported`` for a loss
    ///   under `.strict`.
    static func blocks(of message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        var blocks: [JSONValue] = []
        if let thinking = message.additionalFields["thinking_blocks"], !thinking.isNull {
            guard case .array(let replayed) = thinking, replayed.allSatisfy({ $0.objectValue != nil }) else {
                throw context.error(
                    .typeMismatch, at: path.appending("thinking_blocks"),
                    "expected an array of Anthropic thinking blocks, found \(thinking.kindName)")
            }
            blocks += replayed
        } else if message.additionalFields["reasoning_content"]?.stringValue != nil {
            try context.record(
                .dropped, at: path.appending("reasoning_content"),
                "reasoning without its thinking_blocks (and their signatures) cannot be replayed to Anthropic")
        }
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
}
