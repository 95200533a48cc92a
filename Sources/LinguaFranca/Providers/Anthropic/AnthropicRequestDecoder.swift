/// Translates an Anthropic Messages request body into the OpenAI chat request it means — the inverse of
/// ``AnthropicRequestEncoder`` (`Mappings/anthropic.md`), so that a native Anthropic client can be served by an
/// OpenAI-compatible backend.
struct AnthropicRequestDecoder {
    let vocabulary: TableVocabulary

    /// The OpenAI request for `native`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/typeMismatch`` or
    ///   ``TranslationError/Code/missingField`` with the JSON path of a malformed member,
    ///   ``TranslationError/Code/invalidValue`` for a role other than `user` and `assistant`, and
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        let body = try NativeObject(native, at: .root, expected: "Anthropic request object")
        var request = ChatCompletionRequest(model: try body.require("model"), messages: [])
        if let system = body["system"] {
            try appendSystem(system, at: body.path("system"), to: &request.messages)
        }
        for (value, path) in try body.elements("messages") ?? .empty {
            try appendMessages(of: value, at: path, to: &request.messages, context: &context)
        }
        for member in body.object where !member.value.isNull {
            let key = member.key
            switch key {
            case "model", "messages", "system":
                continue
            case "max_tokens": request.maxTokens = try body.decode(key)
            case "temperature": request.temperature = try body.decode(key)
            case "top_p": request.topP = try body.decode(key)
            case "stream": request.stream = try body.decode(key)
            case "stop_sequences": request.stop = .multiple(try body.require(key))
            case "metadata": request.user = try decodeMetadata(try body.nested(key), context: &context)
            case "service_tier": request.serviceTier = try decodeServiceTier(try body.require(key), context: &context)
            case "tools": request.tools = try decodeTools(body, context: &context)
            case "tool_choice":
                (request.toolChoice, request.parallelToolCalls) = try decodeToolChoice(try body.nested(key))
            case "thinking":
                request.reasoningEffort = try decodeThinking(try body.nested(key), context: &context)
            case "output_config":
                guard let config = try body.nested(key) else { continue }
                request.responseFormat = try decodeOutputFormat(config.nested("format"), context: &context)
                var rest = config.object
                rest.removeValue(forKey: "format")
                if !rest.isEmpty { try keep(.object(rest), as: key, in: &request, context: &context) }
            default:
                try keep(member.value, as: key, in: &request, context: &context)
            }
        }
        return request
    }

    private func keep(
        _ value: JSONValue, as key: String, in request: inout ChatCompletionRequest, context: inout TranslationContext
    ) throws(TranslationError) {
        try context.record(.converted, at: [.key(key)], "no OpenAI parameter; kept as the extension member \(key)")
        request.additionalFields.append(value, forKey: key)
    }

    /// Appends the system messages of `system` (one per text block) to `messages`.
    private func appendSystem(_ system: JSONValue, at path: JSONPath, to messages: inout [ChatMessage])
        throws(TranslationError)
    {
        switch system {
        case .string(let text):
            messages.append(ChatMessage(role: .system, text: text))
        case .array(let blocks):
            for (index, value) in blocks.enumerated() {
                let block = try NativeObject(value, at: path.appending(.index(index)), expected: "text block object")
                let text: String = try block.require("text")
                let extras = block.members(except: ["type", "text"])
                messages.append(
                    extras.isEmpty
                        ? ChatMessage(role: .system, text: text)
                        : ChatMessage(
                            role: .system,
                            content: .parts([ContentPart(type: .text, text: text, additionalFields: extras)])))
            }
        default:
            throw .typeMismatch(expected: "string or array of text blocks", found: system, at: path)
        }
    }

    /// Appends the OpenAI messages of one Anthropic message to `messages`.
    private func appendMessages(
        of value: JSONValue, at path: JSONPath, to messages: inout [ChatMessage], context: inout TranslationContext
    ) throws(TranslationError) {
        let message = try NativeObject(value, at: path, expected: "message object")
        let role: String = try message.require("role")
        guard let content = message["content"] else { throw .missingField("content", at: path) }
        let contentPath = message.path("content")
        for member in message.object where member.key != "role" && member.key != "content" && !member.value.isNull {
            try context.record(.dropped, at: message.path(member.key), "OpenAI messages have no such member")
        }
        switch role {
        case "user":
            try appendUserContent(content, at: contentPath, to: &messages, context: &context)
        case "assistant":
            messages.append(try decodeAssistantContent(content, at: contentPath, context: &context))
        default:
            throw context.error(
                .invalidValue, at: message.path("role"), "Anthropic messages are 'user' or 'assistant', not '\(role)'")
        }
    }

    /// A user turn: its `tool_result` blocks become tool messages, the blocks between them user messages (one
    /// plain text block after tool results becomes string content, as the encoder merged it).
    private func appendUserContent(
        _ content: JSONValue, at path: JSONPath, to messages: inout [ChatMessage], context: inout TranslationContext
    ) throws(TranslationError) {
        guard case .array(let blocks) = content else {
            let decoded = try AnthropicContentBlocks.decode(content, at: path, context: &context)
            messages.append(ChatMessage(role: .user, content: decoded))
            return
        }
        let firstAppended = messages.count
        var parts: [ContentPart] = []
        var afterToolResults = false
        func flush() {
            guard !parts.isEmpty else { return }
            if afterToolResults, parts.count == 1, parts[0].type == .text, parts[0].additionalFields.isEmpty,
                let text = parts[0].text
            {
                messages.append(ChatMessage(role: .user, text: text))
            } else {
                messages.append(ChatMessage(role: .user, content: .parts(parts)))
            }
            parts = []
        }
        for (index, value) in blocks.enumerated() {
            let blockPath = path.appending(.index(index))
            if value["type"] == "tool_result" {
                flush()
                messages.append(try decodeToolResult(value, at: blockPath, context: &context))
                afterToolResults = true
            } else if let part = try AnthropicContentBlocks.decode(block: value, at: blockPath, context: &context) {
                parts.append(part)
            }
        }
        flush()
        if messages.count == firstAppended { messages.append(ChatMessage(role: .user, content: .parts([]))) }
    }

    private func decodeToolResult(_ value: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> ChatMessage
    {
        let block = try NativeObject(value, at: path, expected: "tool_result block")
        var message = ChatMessage(role: .tool, content: .text(""), toolCallID: try block.require("tool_use_id"))
        if let content = block["content"] {
            message.content = try AnthropicContentBlocks.decode(content, at: block.path("content"), context: &context)
        }
        if try block.decode("is_error", as: Bool.self) == true { message.additionalFields["is_error"] = true }
        for member in block.object
        where !["type", "tool_use_id", "content", "is_error"].contains(member.key) && !member.value.isNull {
            try context.record(.dropped, at: block.path(member.key), "OpenAI tool messages have no such member")
        }
        return message
    }

    private func decodeAssistantContent(_ content: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> ChatMessage
    {
        guard case .array(let blocks) = content else {
            guard case .string(let text) = content else {
                throw .typeMismatch(expected: "string or array of content blocks", found: content, at: path)
            }
            return ChatMessage(role: .assistant, text: text)
        }
        var assembly = AnthropicAssistantAssembly()
        for (index, value) in blocks.enumerated() {
            try assembly.add(value, at: path.appending(.index(index)), context: &context)
        }
        return assembly.message
    }

    private func decodeMetadata(_ metadata: NativeObject?, context: inout TranslationContext) throws(TranslationError)
        -> String?
    {
        guard let metadata else { return nil }
        for member in metadata.object where member.key != "user_id" && !member.value.isNull {
            try context.record(.dropped, at: metadata.path(member.key), "OpenAI has no such metadata")
        }
        return try metadata.decode("user_id")
    }

    private func decodeServiceTier(_ tier: String, context: inout TranslationContext) throws(TranslationError)
        -> String?
    {
        let map = context.capabilities.rule(for: "service_tier").values ?? [:]
        if let openAI = map.first(where: { $0.value == .string(tier) })?.key { return openAI }
        try context.record(.dropped, at: ["service_tier"], "OpenAI has no service tier '\(tier)'")
        return nil
    }

    private func decodeTools(_ body: NativeObject, context: inout TranslationContext) throws(TranslationError)
        -> [Tool]
    {
        var tools: [Tool] = []
        for (value, path) in try body.elements("tools") ?? .empty {
            let tool = try NativeObject(value, at: path, expected: "tool object")
            let type: String? = try tool.decode("type")
            guard type == nil || type == "custom" else {
                try context.record(
                    .dropped, at: path, "the server tool '\(type ?? "")' has no OpenAI chat completions equivalent")
                continue
            }
            let function = FunctionDefinition(
                name: try tool.require("name"), description: try tool.decode("description"),
                parameters: tool["input_schema"], strict: try tool.decode("strict"))
            let extras = tool.members(except: ["type", "name", "description", "input_schema", "strict"])
            tools.append(Tool(type: .function, function: function, additionalFields: extras))
        }
        return tools
    }

    private func decodeToolChoice(_ choice: NativeObject?) throws(TranslationError) -> (ToolChoice?, Bool?) {
        guard let choice else { return (nil, nil) }
        let type: String = try choice.require("type")
        let parallel = try choice.decode("disable_parallel_tool_use", as: Bool.self).map { !$0 }
        switch type {
        case "auto": return (.mode(.auto), parallel)
        case "any": return (.mode(.required), parallel)
        case "none": return (.mode(.none), parallel)
        case "tool": return (.function(name: try choice.require("name")), parallel)
        default: return (.mode(ToolChoice.Mode(rawValue: type)), parallel)
        }
    }

    private func decodeThinking(_ thinking: NativeObject?, context: inout TranslationContext) throws(TranslationError)
        -> ReasoningEffort?
    {
        guard let thinking else { return nil }
        let type: String = try thinking.require("type")
        switch type {
        case "enabled":
            let budget: Int = try thinking.require("budget_tokens")
            guard let (effort, exact) = vocabulary.effort(forBudget: budget) else {
                try context.record(.dropped, at: ["thinking"], "the table has no reasoning effort levels")
                return nil
            }
            try context.record(
                exact ? .converted : .approximated, at: ["thinking"],
                "a thinking budget of \(budget) tokens sent as reasoning_effort \(effort)")
            return effort
        case "disabled":
            try context.record(.converted, at: ["thinking"], "thinking disabled is the default; nothing sent")
            return nil
        default:
            try context.record(.dropped, at: ["thinking"], "OpenAI has no '\(type)' thinking mode")
            return nil
        }
    }

    private func decodeOutputFormat(_ format: NativeObject?, context: inout TranslationContext)
        throws(TranslationError) -> ResponseFormat?
    {
        guard let format else { return nil }
        let type: String = try format.require("type")
        guard type == "json_schema" else {
            try context.record(.dropped, at: format.path, "OpenAI has no '\(type)' output format")
            return nil
        }
        try context.record(.defaulted, at: format.path, "OpenAI's json_schema format needs a name; named 'response'")
        return .jsonSchema(JSONSchemaFormat(name: "response", schema: format["schema"]))
    }
}
