/// Builds Anthropic's `system` and `messages` from OpenAI messages, one message at a time: system and developer
/// messages go to `system`; user, assistant and tool messages become alternating `user`/`assistant` turns, with
/// tool results as `tool_result` blocks of a user turn.
struct AnthropicConversationBuilder {
    /// What the last turn holds, which decides whether the next message joins it.
    private enum TurnKind {
        case user
        case toolResults
        case assistant
    }

    private struct Turn {
        var kind: TurnKind
        var content: JSONValue

        var role: String { kind == .assistant ? "assistant" : "user" }

        mutating func append(_ more: JSONValue) {
            content = .array(Self.blocks(of: content) + Self.blocks(of: more))
        }

        static func blocks(of content: JSONValue) -> [JSONValue] {
            switch content {
            case .string(let text): [["type": "text", "text": .string(text)]]
            case .array(let blocks): blocks
            default: []
            }
        }
    }

    private var systemBlocks: [JSONValue] = []
    private var systemText: String?
    private var systemMessages = 0
    private var turns: [Turn] = []

    /// `system`: a string for one plain system message, text blocks otherwise; `nil` without system messages.
    var system: JSONValue? {
        if systemMessages == 1, systemBlocks.count == 1, let systemText { return .string(systemText) }
        return systemBlocks.isEmpty ? nil : .array(systemBlocks)
    }

    /// The turns as Anthropic messages.
    var messages: [JSONValue] {
        turns.map { ["role": .string($0.role), "content": $0.content] }
    }

    /// Adds one OpenAI message found at `path`.
    ///
    /// - Throws: ``TranslationError`` as ``AnthropicRequestEncoder/encode(_:context:)`` describes.
    mutating func add(_ message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError)
    {
        if message.name != nil {
            try context.record(.dropped, at: path.appending("name"), "Anthropic messages have no participant name")
        }
        switch message.role {
        case .system, .developer:
            try addSystem(message, at: path, context: &context)
        case .user:
            try reportExtraMembers(of: message, at: path, consumed: [], context: &context)
            let content = try AnthropicContentBlocks.encode(
                message.content, at: path.appending("content"), context: &context)
            try append(Turn(kind: .user, content: content ?? .string("")), at: path, context: &context)
        case .assistant:
            try reportExtraMembers(
                of: message, at: path, consumed: ["thinking_blocks", "reasoning_content"], context: &context)
            let blocks = try AnthropicAssistantContent.blocks(of: message, at: path, context: &context)
            guard !blocks.isEmpty else {
                try context.record(.dropped, at: path, "an assistant message with no content cannot be sent")
                return
            }
            let plainText =
                blocks.count == 1 && message.refusal == nil && message.toolCalls?.isEmpty ?? true
                && message.additionalFields["thinking_blocks"] == nil
            if plainText, case .text(let text)? = message.content {
                try append(Turn(kind: .assistant, content: .string(text)), at: path, context: &context)
            } else {
                try append(Turn(kind: .assistant, content: .array(blocks)), at: path, context: &context)
            }
        case .tool:
            try reportExtraMembers(of: message, at: path, consumed: ["is_error"], context: &context)
            try append(
                Turn(kind: .toolResults, content: .array([try toolResult(message, at: path, context: &context)])),
                at: path, context: &context)
        default:
            throw context.error(
                .invalidValue, at: path.appending("role"), "the role '\(message.role)' has no Anthropic equivalent")
        }
    }

    private mutating func addSystem(_ message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError)
    {
        try reportExtraMembers(of: message, at: path, consumed: [], context: &context)
        if message.role == .developer {
            try context.record(
                .converted, at: path.appending("role"), "developer instructions are sent in the top-level system prompt"
            )
        }
        if !turns.isEmpty {
            try context.record(
                .approximated, at: path,
                "moved to the top-level system prompt; its place in the conversation is lost")
        }
        systemMessages += 1
        switch message.content {
        case .text(let text)?:
            systemText = text
            systemBlocks.append(["type": "text", "text": .string(text)])
        case .parts(let parts)?:
            systemText = nil
            for (index, part) in parts.enumerated() {
                let partPath = path.appending("content").appending(.index(index))
                guard part.type == .text, let text = part.text else {
                    try context.record(.dropped, at: partPath, "Anthropic's system prompt takes text only")
                    continue
                }
                systemBlocks.append(.object(AnthropicContentBlocks.textBlock(text, extra: part.additionalFields)))
            }
        case nil:
            systemText = nil
        }
    }

    private func toolResult(_ message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        guard let id = message.toolCallID else {
            throw context.error(.missingField, at: path, "a tool message needs tool_call_id")
        }
        var block: JSONObject = ["type": "tool_result", "tool_use_id": .string(id)]
        if let content = try AnthropicContentBlocks.encode(
            message.content, at: path.appending("content"), context: &context)
        {
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

    /// Appends a turn, merging it into the last one when Anthropic's alternation requires: tool results share one
    /// user turn, and a user message right after them joins it (both decode back apart, so neither is reported);
    /// any other same-role neighbour is merged and reported.
    private mutating func append(_ turn: Turn, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError)
    {
        guard var last = turns.last, last.role == turn.role else {
            turns.append(turn)
            return
        }
        switch (last.kind, turn.kind) {
        case (.toolResults, .toolResults):
            break
        case (.toolResults, .user):
            last.kind = .user
        default:
            try context.record(
                .converted, at: path, "merged into the previous \(turn.role) message: Anthropic alternates roles")
        }
        last.append(turn.content)
        turns[turns.count - 1] = last
    }

    /// Reports the message's vendor members that have no Anthropic place.
    private func reportExtraMembers(
        of message: ChatMessage, at path: JSONPath, consumed: Set<String>, context: inout TranslationContext
    ) throws(TranslationError) {
        for member in message.additionalFields where !consumed.contains(member.key) && !member.value.isNull {
            try context.record(.dropped, at: path.appending(member.key), "Anthropic messages have no such member")
        }
        if message.audio != nil {
            try context.record(.dropped, at: path.appending("audio"), "Anthropic takes no audio")
        }
    }
}
