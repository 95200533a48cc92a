/// Translates a Gemini `generateContent` body into the OpenAI chat request it means — the inverse of
/// ``GeminiRequestEncoder`` (`Mappings/gemini.md`). The model comes from the context: Gemini puts it in the URL.
/// Members are read under either spelling Gemini takes, `maxOutputTokens` or `max_output_tokens` (``GeminiObject``).
struct GeminiRequestDecoder {
    let vocabulary: TableVocabulary

    /// A function call waiting for its result, while contents are read.
    private struct PendingCall {
        var id: String
        var name: String
        var nativeID: String?
    }

    /// The OpenAI request for `native`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/missingField`` when the context names no model or a
    ///   member is missing; ``TranslationError/Code/typeMismatch`` with the JSON path of a malformed member;
    ///   ``TranslationError/Code/invalidValue`` for a role other than `user` and `model` and for a member spelled
    ///   both ways; and ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        guard let model = context.capabilities.model else {
            throw context.error(
                .missingField, at: .root,
                "Gemini puts the model in the URL path, not the body; give it to the translation context (lingua convert --model M)"
            )
        }
        let body = try GeminiObject(native, at: .root, expected: "Gemini request object")
        var request = ChatCompletionRequest(model: model, messages: [])
        if let system = try body.nested("systemInstruction") {
            for (value, path) in try system.elements("parts") ?? .empty {
                let part = try GeminiObject(value, at: path, expected: "part object")
                let text: String = try part.require("text")
                let extras = part.members(except: ["text"])
                request.messages.append(
                    extras.isEmpty
                        ? ChatMessage(role: .system, text: text)
                        : ChatMessage(
                            role: .system,
                            content: .parts([ContentPart(type: .text, text: text, additionalFields: extras)])))
            }
        }
        var pending: [PendingCall] = []
        for (value, path) in try body.elements("contents") ?? .empty {
            try appendMessages(of: value, at: path, to: &request.messages, pending: &pending, context: &context)
        }
        for member in body.object where !member.value.isNull {
            switch member.key {
            case "systemInstruction", "contents":
                continue
            case "generationConfig":
                if let config = try body.nested(member.key) {
                    try decodeGeneration(config, into: &request, context: &context)
                }
            case "tools":
                request.tools = try decodeTools(body, context: &context)
            case "toolConfig":
                if let config = try body.nested(member.key) {
                    request.toolChoice = try decodeToolConfig(config, context: &context)
                }
            default:
                try keep(member.value, as: member.key, at: body.path(member.key), in: &request, context: &context)
            }
        }
        return request
    }

    private func keep(
        _ value: JSONValue, as key: String, at path: JSONPath, in request: inout ChatCompletionRequest,
        context: inout TranslationContext
    ) throws(TranslationError) {
        try context.record(.converted, at: path, "no OpenAI parameter; kept as the extension member \(key)")
        request.additionalFields[key] = value
    }

    /// Appends the OpenAI messages of one Gemini content to `messages`.
    private func appendMessages(
        of value: JSONValue, at path: JSONPath, to messages: inout [ChatMessage], pending: inout [PendingCall],
        context: inout TranslationContext
    ) throws(TranslationError) {
        let content = try GeminiObject(value, at: path, expected: "content object")
        let role: String = try content.decode("role") ?? "user"
        let parts = try content.elements("parts") ?? .empty
        let contentIndex: Int = if case .index(let index)? = path.components.last { index } else { 0 }
        switch role {
        case "model":
            var assembly = GeminiModelAssembly(idPrefix: GeminiModelContent.synthesizedIDPrefix + "\(contentIndex)-")
            for (part, partPath) in parts { try assembly.add(part, at: partPath, context: &context) }
            let message = assembly.message
            for call in message.toolCalls ?? [] {
                let nativeID = GeminiModelContent.sendsID(call.id) ? call.id : nil
                pending.append(PendingCall(id: call.id, name: call.function?.name ?? "", nativeID: nativeID))
            }
            messages.append(message)
        case "user", "function":
            try appendUserParts(parts, to: &messages, pending: &pending, context: &context)
        default:
            throw context.error(
                .invalidValue, at: content.path("role"), "Gemini contents are 'user' or 'model', not '\(role)'")
        }
    }

    /// A user content: its `functionResponse` parts become tool messages, the parts between them user messages.
    private func appendUserParts(
        _ parts: PathedElements, to messages: inout [ChatMessage], pending: inout [PendingCall],
        context: inout TranslationContext
    ) throws(TranslationError) {
        var userParts: [ContentPart] = []
        func flush() {
            guard !userParts.isEmpty else { return }
            if userParts.count == 1, userParts[0].type == .text, userParts[0].additionalFields.isEmpty,
                let text = userParts[0].text
            {
                messages.append(ChatMessage(role: .user, text: text))
            } else {
                messages.append(ChatMessage(role: .user, content: .parts(userParts)))
            }
            userParts = []
        }
        for (value, path) in parts {
            let part = try GeminiObject(value, at: path, expected: "part object")
            if let response = try part.nested("functionResponse") {
                flush()
                messages.append(try toolMessage(response, pending: &pending, context: &context))
            } else if let decoded = try GeminiParts.decode(part, context: &context) {
                userParts.append(decoded)
            }
        }
        flush()
    }

    private func toolMessage(
        _ response: GeminiObject, pending: inout [PendingCall], context: inout TranslationContext
    ) throws(TranslationError) -> ChatMessage {
        let name: String = try response.require("name")
        let nativeID: String? = try response.decode("id")
        let match =
            nativeID.flatMap { id in pending.firstIndex { $0.nativeID == id } }
            ?? pending.firstIndex { $0.name == name }
        let id: String
        if let match {
            id = pending.remove(at: match).id
        } else {
            id = nativeID ?? GeminiModelContent.synthesizedIDPrefix + "result-" + name
            try context.record(
                .approximated, at: response.path,
                "answers no earlier function call; its tool_call_id is made up")
        }
        let text = GeminiToolResult.text(of: response["response"] ?? .object(JSONObject()))
        return ChatMessage(role: .tool, content: .text(text), toolCallID: id)
    }

    private func decodeGeneration(
        _ config: GeminiObject, into request: inout ChatCompletionRequest, context: inout TranslationContext
    ) throws(TranslationError) {
        var extensions = JSONObject()
        for member in config.object where !member.value.isNull {
            let key = member.key
            let path = config.path(key)
            switch key {
            case "temperature": request.temperature = try config.decode(key)
            case "topP": request.topP = try config.decode(key)
            case "maxOutputTokens": request.maxTokens = try config.decode(key)
            case "stopSequences": request.stop = .multiple(try config.require(key))
            case "candidateCount": request.n = try config.decode(key)
            case "presencePenalty": request.presencePenalty = try config.decode(key)
            case "frequencyPenalty": request.frequencyPenalty = try config.decode(key)
            case "seed": request.seed = try config.decode(key)
            case "responseMimeType", "responseJsonSchema", "responseSchema":
                continue
            case "topK":
                try context.record(.converted, at: path, "no OpenAI parameter; kept as the extension member top_k")
                request.additionalFields["top_k"] = member.value
            case "thinkingConfig":
                guard let thinking = try config.nested(key) else { continue }
                request.reasoningEffort = try decodeThinking(thinking, context: &context)
                let rest = thinking.members(except: ["thinkingBudget", "thinkingLevel"])
                for kept in rest where !kept.value.isNull {
                    try context.record(
                        .converted, at: thinking.path(kept.key),
                        "no OpenAI parameter; kept in the generationConfig extension member")
                }
                if !rest.isEmpty { extensions["thinkingConfig"] = .object(rest) }
            default:
                try context.record(
                    .converted, at: path, "no OpenAI parameter; kept in the generationConfig extension member")
                extensions[key] = member.value
            }
        }
        request.responseFormat = try decodeResponseFormat(config, context: &context)
        if !extensions.isEmpty { request.additionalFields["generationConfig"] = .object(extensions) }
    }

    private func decodeResponseFormat(_ config: GeminiObject, context: inout TranslationContext)
        throws(TranslationError) -> ResponseFormat?
    {
        let type: String? = try config.decode("responseMimeType")
        if let schema = config["responseJsonSchema"] {
            if config["responseSchema"] != nil {
                try context.record(
                    .dropped, at: config.path("responseSchema"), "responseJsonSchema is given too, and wins")
            }
            try context.record(
                .defaulted, at: config.path("responseJsonSchema"),
                "OpenAI's json_schema format needs a name; named 'response'")
            return .jsonSchema(JSONSchemaFormat(name: "response", schema: schema))
        }
        if let schema = config["responseSchema"] {
            try context.record(
                .approximated, at: config.path("responseSchema"),
                "Gemini's OpenAPI-subset schema sent as JSON Schema, named 'response'")
            return .jsonSchema(JSONSchemaFormat(name: "response", schema: schema))
        }
        switch type {
        case "application/json"?:
            return .jsonObject
        case nil, "text/plain"?:
            return nil
        case let other?:
            try context.record(
                .dropped, at: config.path("responseMimeType"), "OpenAI has no '\(other)' response format")
            return nil
        }
    }

    private func decodeThinking(_ thinking: GeminiObject, context: inout TranslationContext) throws(TranslationError)
        -> ReasoningEffort?
    {
        if let level: String = try thinking.decode("thinkingLevel") {
            if thinking["thinkingBudget"] != nil {
                try context.record(
                    .dropped, at: thinking.path("thinkingBudget"), "thinkingLevel is given too, and wins")
            }
            guard let effort = vocabulary.thinkingLevels[level] else {
                try context.record(.dropped, at: thinking.path("thinkingLevel"), "OpenAI has no level '\(level)'")
                return nil
            }
            try context.record(
                .converted, at: thinking.path("thinkingLevel"),
                "thinking level \(level) sent as reasoning_effort \(effort)")
            return effort
        }
        guard let budget: Int = try thinking.decode("thinkingBudget") else { return nil }
        guard budget >= 0, let (effort, exact) = vocabulary.effort(forBudget: budget) else {
            try context.record(
                .dropped, at: thinking.path("thinkingBudget"), "a dynamic thinking budget has no reasoning_effort")
            return nil
        }
        try context.record(
            exact ? .converted : .approximated, at: thinking.path("thinkingBudget"),
            "a thinking budget of \(budget) tokens sent as reasoning_effort \(effort)")
        return effort
    }

    private func decodeTools(_ body: GeminiObject, context: inout TranslationContext) throws(TranslationError)
        -> [Tool]?
    {
        var tools: [Tool] = []
        for (value, path) in try body.elements("tools") ?? .empty {
            let tool = try GeminiObject(value, at: path, expected: "tool object")
            guard let declarations = try tool.elements("functionDeclarations") else {
                try context.record(.dropped, at: path, "the built-in tool has no OpenAI chat completions equivalent")
                continue
            }
            for member in tool.object where member.key != "functionDeclarations" {
                try context.record(
                    .dropped, at: tool.path(member.key), "the built-in tool has no OpenAI chat completions equivalent")
            }
            for (declarationValue, declarationPath) in declarations {
                let declaration = try GeminiObject(declarationValue, at: declarationPath, expected: "function object")
                var schema = declaration["parametersJsonSchema"]
                if schema != nil, declaration["parameters"] != nil {
                    try context.record(
                        .dropped, at: declaration.path("parameters"), "parametersJsonSchema is given too, and wins")
                } else if let subset = declaration["parameters"] {
                    try context.record(
                        .approximated, at: declaration.path("parameters"),
                        "Gemini's OpenAPI-subset schema sent as JSON Schema")
                    schema = subset
                }
                for member in declaration.object
                where !["name", "description", "parameters", "parametersJsonSchema"].contains(member.key) {
                    try context.record(
                        .dropped, at: declaration.path(member.key), "OpenAI functions have no such member")
                }
                tools.append(
                    Tool(
                        function: FunctionDefinition(
                            name: try declaration.require("name"), description: try declaration.decode("description"),
                            parameters: schema)))
            }
        }
        return tools.isEmpty ? nil : tools
    }

    private func decodeToolConfig(_ config: GeminiObject, context: inout TranslationContext) throws(TranslationError)
        -> ToolChoice?
    {
        for member in config.object where member.key != "functionCallingConfig" {
            try context.record(.dropped, at: config.path(member.key), "OpenAI has no such tool setting")
        }
        guard let calling = try config.nested("functionCallingConfig") else { return nil }
        let mode: String = try calling.decode("mode") ?? "AUTO"
        let names: [String] = try calling.decode("allowedFunctionNames") ?? []
        if !names.isEmpty, mode != "ANY" {
            try context.record(
                .dropped, at: calling.path("allowedFunctionNames"), "OpenAI restricts functions only with a forced call"
            )
        }
        switch mode {
        case "AUTO", "MODE_UNSPECIFIED": return .mode(.auto)
        case "NONE": return .mode(.none)
        case "ANY":
            if names.count == 1 { return .function(name: names[0]) }
            if names.count > 1 {
                try context.record(
                    .approximated, at: calling.path("allowedFunctionNames"),
                    "OpenAI names one forced function or none; sent as required")
            }
            return .mode(.required)
        default:
            try context.record(.approximated, at: calling.path("mode"), "OpenAI has no mode '\(mode)'; sent as auto")
            return .mode(.auto)
        }
    }
}
