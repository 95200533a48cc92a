/// Translates an OpenAI chat request into a Gemini `generateContent` body (`Mappings/gemini.md`, "Requests"):
/// `systemInstruction`, alternating `user`/`model` contents with tool results as `functionResponse` parts,
/// `generationConfig` by the table's rules, tools and tool config, structured output and thinking.
struct GeminiRequestEncoder {
    let vocabulary: TableVocabulary

    /// The body for `request`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/unsupported`` for a loss under `.strict`,
    ///   ``TranslationError/Code/invalidValue`` for an unknown role, a URL Gemini cannot take, a tool message
    ///   answering no known call or (under `.strict`) tool arguments that are not a JSON object, and the rule errors
    ///   of ``TranslationContext/applyParameterRules(to:operation:)``.
    func encode(_ request: ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError)
        -> JSONObject
    {
        var request = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&request, context: &context)
        let conversation = try ConversationTurns(request.messages, context: &context)
        var body = JSONObject(minimumCapacity: 8)
        let system = try systemParts(of: conversation, context: &context)
        if !system.isEmpty { body.append(["parts": .array(system)], forKey: "systemInstruction") }
        body.append(.array(try contents(of: conversation, context: &context)), forKey: "contents")
        if let tools = try encodeTools(request.tools, context: &context) { body.append(tools, forKey: "tools") }
        if let config = try encodeToolConfig(request, context: &context) { body.append(config, forKey: "toolConfig") }

        var extensions = request.additionalFields
        var generation = extensions.removeValue(forKey: "generationConfig")?.objectValue ?? JSONObject()
        if let topK = extensions.removeValue(forKey: "top_k") { generation["topK"] = topK }
        request.additionalFields = extensions
        var parameters = try context.nativeScalarParameters(
            of: request, keeping: [], streamOptionsNote: "Gemini streams always carry usage metadata")
        if case .object(let ruled)? = parameters.removeValue(forKey: "generationConfig") {
            for member in ruled { generation[member.key] = member.value }
        }
        try encodeResponseFormat(request.responseFormat, into: &generation, context: &context)
        if let budget = try thinkingBudget(request.reasoningEffort, context: &context) {
            var thinking = generation["thinkingConfig"]?.objectValue ?? JSONObject()
            thinking["thinkingBudget"] = .number(JSONNumber(budget))
            generation["thinkingConfig"] = .object(thinking)
        }
        if !generation.isEmpty { body.append(.object(generation), forKey: "generationConfig") }
        for member in parameters where body[member.key] == nil { body.append(member.value, forKey: member.key) }
        return body
    }

    private func systemParts(of conversation: ConversationTurns, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        var parts: [JSONValue] = []
        for entry in conversation.system {
            let message = conversation[entry]
            try context.reportUnsentMembers(of: message, at: entry.path, consumed: [])
            var encoded: [JSONValue] = []
            try GeminiParts.encode(message.content, ofMessageAt: entry.path, into: &encoded, context: &context)
            for part in encoded {
                guard part["text"] != nil else {
                    try context.record(
                        .dropped, at: entry.path.appending("content"), "Gemini's system instruction takes text only")
                    continue
                }
                parts.append(part)
            }
        }
        return parts
    }

    private func contents(of conversation: ConversationTurns, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        var calls: [String: String] = [:]
        var contents: [JSONValue] = []
        contents.reserveCapacity(conversation.turns.count)
        for turn in conversation.turns {
            var parts: [JSONValue] = []
            for entry in conversation.entries[turn.entries] {
                let message = conversation[entry]
                switch message.role {
                case .assistant:
                    try context.reportUnsentMembers(
                        of: message, at: entry.path,
                        consumed: GeminiModelContent.sentExtensions)
                    if let text = message.textAlone {
                        // The one text part the model content below would be.
                        parts.append(GeminiParts.text(text))
                        continue
                    }
                    for call in message.toolCalls ?? [] { calls[call.id] = call.function?.name }
                    parts += try GeminiModelContent.parts(of: message, at: entry.path, context: &context)
                case .tool:
                    try context.reportUnsentMembers(of: message, at: entry.path, consumed: [])
                    parts.append(try functionResponse(message, at: entry.path, calls: calls, context: &context))
                default:
                    try context.reportUnsentMembers(of: message, at: entry.path, consumed: [])
                    try GeminiParts.encode(message.content, ofMessageAt: entry.path, into: &parts, context: &context)
                }
            }
            guard !parts.isEmpty else { continue }
            var content = JSONObject(minimumCapacity: 2)
            content.append(turn.side == .assistant ? "model" : "user", forKey: "role")
            content.append(.array(parts), forKey: "parts")
            contents.append(.object(content))
        }
        return contents
    }

    private func functionResponse(
        _ message: ChatMessage, at path: JSONPath, calls: [String: String], context: inout TranslationContext
    ) throws(TranslationError) -> JSONValue {
        guard let id = message.toolCallID else {
            throw context.error(.missingField, at: path, "a tool message needs tool_call_id")
        }
        guard let name = calls[id] else {
            throw context.error(
                .invalidValue, at: path.appending("tool_call_id"),
                "'\(id)' answers no earlier tool call, and Gemini needs the function's name")
        }
        var response = JSONObject(minimumCapacity: 3)
        if GeminiModelContent.sendsID(id) { response.append(.string(id), forKey: "id") }
        response.append(.string(name), forKey: "name")
        response.append(.object(GeminiToolResult.response(for: message.content)), forKey: "response")
        return ["functionResponse": .object(response)]
    }

    private func encodeTools(_ tools: [Tool]?, context: inout TranslationContext) throws(TranslationError)
        -> JSONValue?
    {
        guard let tools else { return nil }
        var declarations: [JSONValue] = []
        for (index, tool) in tools.enumerated() {
            // Made only for a report: most tools have none.
            func path() -> JSONPath { [.key("tools"), .index(index)] }
            guard tool.type == .function, let function = tool.function else {
                try context.record(.dropped, at: path(), "Gemini takes function tools only; '\(tool.type)' not sent")
                continue
            }
            var declaration = JSONObject(minimumCapacity: 3)
            declaration.append(.string(function.name), forKey: "name")
            if let description = function.description {
                declaration.append(.string(description), forKey: "description")
            }
            if let schema = function.parameters { declaration.append(schema, forKey: "parametersJsonSchema") }
            if function.strict != nil {
                try context.record(
                    .dropped, at: path().appending("function").appending("strict"), "Gemini has no strict switch")
            }
            for member in tool.additionalFields {
                try context.record(
                    .dropped, at: path().appending(member.key), "Gemini declarations have no such member")
            }
            declarations.append(.object(declaration))
        }
        return declarations.isEmpty ? nil : [["functionDeclarations": .array(declarations)]]
    }

    private func encodeToolConfig(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue?
    {
        switch request.parallelToolCalls {
        case false?:
            try context.record(.dropped, at: ["parallel_tool_calls"], "Gemini has no switch for parallel calls")
        case true?:
            try context.record(.converted, at: ["parallel_tool_calls"], "parallel calls are Gemini's default; not sent")
        case nil:
            break
        }
        let config: JSONObject
        switch request.toolChoice {
        case nil: return nil
        case .mode(.auto)?: config = ["mode": "AUTO"]
        case .mode(.none)?: config = ["mode": "NONE"]
        case .mode(.required)?: config = ["mode": "ANY"]
        case .function(let name)?: config = ["mode": "ANY", "allowedFunctionNames": [.string(name)]]
        case .mode(let mode)?:
            try context.record(.rejected, at: ["tool_choice"], "Gemini has no tool_choice mode '\(mode)'; not sent")
            return nil
        case .object?:
            try context.record(.rejected, at: ["tool_choice"], "Gemini has no such tool_choice form; not sent")
            return nil
        }
        return ["functionCallingConfig": .object(config)]
    }

    private func encodeResponseFormat(
        _ format: ResponseFormat?, into generation: inout JSONObject, context: inout TranslationContext
    ) throws(TranslationError) {
        switch format {
        case nil:
            return
        case .text?:
            try context.record(.converted, at: ["response_format"], "text is Gemini's default; not sent")
        case .jsonObject?:
            generation["responseMimeType"] = "application/json"
        case .jsonSchema(let schema)?:
            let path: JSONPath = [.key("response_format"), .key("json_schema")]
            try context.record(.dropped, at: path.appending("name"), "Gemini's response schema has no name")
            if schema.description != nil {
                try context.record(
                    .dropped, at: path.appending("description"), "Gemini's response schema has no description")
            }
            if schema.strict != nil {
                try context.record(.dropped, at: path.appending("strict"), "Gemini has no strict switch")
            }
            generation["responseMimeType"] = "application/json"
            generation["responseJsonSchema"] = schema.schema ?? ["type": "object"]
        case .object?:
            try context.record(.dropped, at: ["response_format"], "Gemini has no such output format")
        }
    }

    private func thinkingBudget(_ effort: ReasoningEffort?, context: inout TranslationContext)
        throws(TranslationError) -> Int?
    {
        guard let effort else { return nil }
        guard let budget = vocabulary.thinkingBudget(for: effort) else {
            try context.record(.rejected, at: ["reasoning_effort"], "'\(effort)' has no thinking budget; not sent")
            return nil
        }
        return budget
    }
}
