/// Builds Anthropic's `system` and `messages` from OpenAI messages grouped into ``ConversationTurns``: system and
/// developer messages become `system`; each turn becomes one `user` or `assistant` message whose content blocks are
/// its messages' blocks in order, tool results as `tool_result` blocks.
struct AnthropicConversationBuilder {
    /// `system`: a string for one plain system message, text blocks otherwise; `nil` without system messages.
    private(set) var system: JSONValue?
    /// The turns as Anthropic messages.
    private(set) var messages: [JSONValue] = []

    /// Builds the conversation.
    ///
    /// - Throws: ``TranslationError`` as ``AnthropicRequestEncoder/encode(_:context:)`` describes.
    init(_ conversation: ConversationTurns, context: inout TranslationContext) throws(TranslationError) {
        system = try Self.system(of: conversation, context: &context)
        messages.reserveCapacity(conversation.turns.count)
        for turn in conversation.turns {
            // Most turns are one message: its content is kept as it is, and an array is made only for a merge.
            var first: JSONValue?
            var more: [JSONValue] = []
            for entry in conversation.entries[turn.entries] {
                guard let content = try Self.content(of: conversation[entry], at: entry.path, context: &context) else {
                    continue
                }
                if first == nil { first = content } else { more.append(content) }
            }
            guard let first else { continue }
            let content = more.isEmpty ? first : .array(([first] + more).flatMap(Self.blocks(of:)))
            var message = JSONObject(minimumCapacity: 2)
            message.append(turn.side == .assistant ? "assistant" : "user", forKey: "role")
            message.append(content, forKey: "content")
            messages.append(.object(message))
        }
    }

    /// The extension members of a tool message that a `tool_result` block sends.
    private static let toolResultExtensions: Set<String> = ["is_error"]

    private static func blocks(of content: JSONValue) -> [JSONValue] {
        switch content {
        case .string(let text): [["type": "text", "text": .string(text)]]
        case .array(let blocks): blocks
        default: []
        }
    }

    private static func system(of conversation: ConversationTurns, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue?
    {
        var blocks: [JSONValue] = []
        for entry in conversation.system {
            let message = conversation[entry]
            try context.reportUnsentMembers(of: message, at: entry.path, consumed: [])
            switch message.content {
            case .text(let text)?:
                if conversation.system.count == 1 { return .string(text) }
                blocks.append(["type": "text", "text": .string(text)])
            case .parts(let parts)?:
                for (index, part) in parts.enumerated() {
                    guard part.type == .text, let text = part.text else {
                        try context.record(
                            .dropped, at: entry.path.appending("content").appending(.index(index)),
                            "Anthropic's system prompt takes text only")
                        continue
                    }
                    let extra = try context.nativeExtensions(
                        of: part.additionalFields, allowed: AnthropicContentBlocks.textMembers,
                        at: entry.path.appending("content").appending(.index(index)))
                    blocks.append(.object(AnthropicContentBlocks.textBlock(text, extra: extra)))
                }
            case nil:
                break
            }
        }
        return blocks.isEmpty ? nil : .array(blocks)
    }

    /// One message's content: a string, or blocks; `nil` (reported) for an assistant message with nothing to send.
    private static func content(
        of message: ChatMessage, at messagePath: @autoclosure () -> JSONPath, context: inout TranslationContext
    ) throws(TranslationError) -> JSONValue? {
        switch message.role {
        case .assistant:
            try context.reportUnsentMembers(
                of: message, at: messagePath(), consumed: AnthropicAssistantContent.sentExtensions)
            // The one text block the blocks below would be, in Anthropic's short form.
            if let text = message.textAlone, !text.isEmpty { return .string(text) }
            let path = messagePath()
            let blocks = try AnthropicAssistantContent.blocks(of: message, at: path, context: &context)
            guard !blocks.isEmpty else {
                try context.record(.dropped, at: path, "an assistant message with no content cannot be sent")
                return nil
            }
            let plainText =
                blocks.count == 1 && message.refusal == nil && message.toolCalls?.isEmpty ?? true
                && message.additionalFields["thinking_blocks"] == nil
                && message.additionalFields["server_tool_blocks"] == nil
            if plainText, case .text(let text)? = message.content { return .string(text) }
            return .array(blocks)
        case .tool:
            let path = messagePath()
            try context.reportUnsentMembers(of: message, at: path, consumed: Self.toolResultExtensions)
            return .array([try toolResult(message, at: path, context: &context)])
        default:
            try context.reportUnsentMembers(of: message, at: messagePath(), consumed: [])
            return try AnthropicContentBlocks.encode(message.content, ofMessageAt: messagePath(), context: &context)
                ?? .string("")
        }
    }

    private static func toolResult(_ message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        guard let id = message.toolCallID else {
            throw context.error(.missingField, at: path, "a tool message needs tool_call_id")
        }
        var block: JSONObject = ["type": "tool_result", "tool_use_id": .string(id)]
        if let content = try AnthropicContentBlocks.encode(message.content, ofMessageAt: path, context: &context) {
            block["content"] = content
        }
        switch message.additionalFields["is_error"] {
        case .bool(true)?: block["is_error"] = true
        case .bool(false)?, .null?, nil: break
        case let other?:
            throw context.error(
                .typeMismatch, at: path.appending("is_error"), "expected boolean, found \(other.kindName)")
        }
        return .object(block)
    }
}
