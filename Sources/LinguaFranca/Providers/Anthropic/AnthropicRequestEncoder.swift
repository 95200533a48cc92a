/// Translates an OpenAI chat request into an Anthropic Messages request body (`Mappings/anthropic.md`,
/// "Requests"): system messages hoisted, roles alternated, tool results folded into user turns, parts as
/// content blocks, scalar parameters by the table's rules, and tools, tool choice, structured output and thinking
/// in Anthropic's shapes.
struct AnthropicRequestEncoder {
    /// Anthropic's smallest thinking budget.
    static let minimumThinkingBudget = 1024

    let vocabulary: TableVocabulary

    /// The body for `request`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/unsupported`` for a loss under `.strict`,
    ///   ``TranslationError/Code/invalidValue`` for an unknown role, a malformed data URL or (under `.strict`) tool
    ///   arguments that are not a JSON object, ``TranslationError/Code/missingField`` for a tool message without
    ///   `tool_call_id`, and the rule errors of ``TranslationContext/applyParameterRules(to:operation:)``.
    func encode(_ request: ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError)
        -> JSONObject
    {
        var request = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&request, context: &context)
        let conversation = try AnthropicConversationBuilder(
            ConversationTurns(request.messages, context: &context), context: &context)
        var parameters = try context.nativeScalarParameters(
            of: request, keeping: .stream,
            streamOptionsNote:
                "Anthropic streams always carry usage; the stream decoder emits the usage chunk when asked")
        let maxTokens = parameters["max_tokens"]?.numberValue?.int
        var body = JSONObject(minimumCapacity: parameters.count + 8)
        body.append(.string(request.model), forKey: "model")
        if let tokens = parameters.removeValue(forKey: "max_tokens") { body.append(tokens, forKey: "max_tokens") }
        if let system = conversation.system { body.append(system, forKey: "system") }
        body.append(.array(conversation.messages), forKey: "messages")
        for member in parameters where body[member.key] == nil { body.append(member.value, forKey: member.key) }
        if let tools = try encodeTools(request.tools, context: &context) { body["tools"] = .array(tools) }
        if let choice = try encodeToolChoice(request, context: &context) { body["tool_choice"] = .object(choice) }
        if let thinking = try encodeThinking(request.reasoningEffort, maxTokens: maxTokens, context: &context) {
            if body["thinking"] == nil {
                body["thinking"] = .object(thinking)
            } else {
                try context.record(.dropped, at: ["reasoning_effort"], "the request sets thinking itself; not sent")
            }
        }
        if let format = try encodeResponseFormat(request.responseFormat, context: &context) {
            var config = body["output_config"]?.objectValue ?? JSONObject()
            config["format"] = .object(format)
            body["output_config"] = .object(config)
        }
        return body
    }

    private func encodeTools(_ tools: [Tool]?, context: inout TranslationContext) throws(TranslationError)
        -> [JSONValue]?
    {
        guard let tools else { return nil }
        var encoded: [JSONValue] = []
        encoded.reserveCapacity(tools.count)
        for (index, tool) in tools.enumerated() {
            // Made only for a report: most tools have none.
            func path() -> JSONPath { [.key("tools"), .index(index)] }
            guard tool.type == .function, let function = tool.function else {
                try context.record(.dropped, at: path(), "Anthropic takes function tools only; '\(tool.type)' not sent")
                continue
            }
            var object = JSONObject(minimumCapacity: 4)
            object.append(.string(function.name), forKey: "name")
            if let description = function.description { object.append(.string(description), forKey: "description") }
            if let schema = function.parameters {
                object.append(schema, forKey: "input_schema")
            } else {
                try context.record(
                    .defaulted, at: path().appending("function").appending("parameters"),
                    "Anthropic requires input_schema; sent {\"type\":\"object\"}")
                object.append(["type": "object"], forKey: "input_schema")
            }
            if let strict = function.strict { object.append(.bool(strict), forKey: "strict") }
            for member in function.additionalFields where object[member.key] == nil {
                object.append(member.value, forKey: member.key)
            }
            for member in tool.additionalFields where object[member.key] == nil {
                object.append(member.value, forKey: member.key)
            }
            encoded.append(.object(object))
        }
        return encoded
    }

    private func encodeToolChoice(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> JSONObject?
    {
        var choice: JSONObject?
        switch request.toolChoice {
        case nil:
            break
        case .mode(.auto)?:
            choice = ["type": "auto"]
        case .mode(.required)?:
            choice = ["type": "any"]
        case .mode(.none)?:
            choice = ["type": "none"]
        case .function(let name)?:
            choice = ["type": "tool", "name": .string(name)]
        case .mode(let mode)?:
            try context.record(.rejected, at: ["tool_choice"], "Anthropic has no tool_choice mode '\(mode)'; not sent")
        case .object?:
            try context.record(.rejected, at: ["tool_choice"], "Anthropic has no such tool_choice form; not sent")
        }
        switch request.parallelToolCalls {
        case false?:
            if choice?["type"] == "none" {
                try context.record(
                    .converted, at: ["parallel_tool_calls"], "has no effect with tool_choice none; not sent")
            } else {
                var disabled = choice ?? ["type": "auto"]
                disabled["disable_parallel_tool_use"] = true
                choice = disabled
            }
        case true?:
            try context.record(
                .converted, at: ["parallel_tool_calls"], "parallel tool use is Anthropic's default; not sent")
        case nil:
            break
        }
        return choice
    }

    private func encodeThinking(
        _ effort: ReasoningEffort?, maxTokens: Int?, context: inout TranslationContext
    ) throws(TranslationError) -> JSONObject? {
        guard let effort else { return nil }
        if effort == .none { return ["type": "disabled"] }
        guard let budget = vocabulary.thinkingBudget(for: effort) else {
            let known = vocabulary.thinkingBudgets.map(\.effort.rawValue).joined(separator: ", ")
            try context.record(
                .rejected, at: ["reasoning_effort"],
                "'\(effort)' has no thinking budget (known: none, \(known)); not sent")
            return nil
        }
        var sent = budget
        if let maxTokens, budget >= maxTokens {
            guard maxTokens > AnthropicRequestEncoder.minimumThinkingBudget else {
                try context.record(
                    .dropped, at: ["reasoning_effort"],
                    "max_tokens \(maxTokens) leaves no room for the minimum thinking budget (1024); thinking not sent")
                return nil
            }
            sent = maxTokens - 1
            try context.record(
                .clamped, at: ["reasoning_effort"],
                "the budget \(budget) for '\(effort)' must stay below max_tokens; sent budget_tokens \(sent)")
        }
        return ["type": "enabled", "budget_tokens": .number(JSONNumber(sent))]
    }

    private func encodeResponseFormat(_ format: ResponseFormat?, context: inout TranslationContext)
        throws(TranslationError) -> JSONObject?
    {
        switch format {
        case nil:
            return nil
        case .text?:
            try context.record(.converted, at: ["response_format"], "text is Anthropic's default; not sent")
            return nil
        case .jsonObject?:
            try context.record(.dropped, at: ["response_format"], "Anthropic has no JSON mode without a schema")
            return nil
        case .jsonSchema(let schema)?:
            let path: JSONPath = [.key("response_format"), .key("json_schema")]
            try context.record(.dropped, at: path.appending("name"), "Anthropic's output format has no name")
            if schema.description != nil {
                try context.record(
                    .dropped, at: path.appending("description"), "Anthropic's output format has no description")
            }
            if schema.strict != nil {
                try context.record(
                    .dropped, at: path.appending("strict"), "Anthropic always follows the output schema")
            }
            return ["type": "json_schema", "schema": schema.schema ?? ["type": "object"]]
        case .object?:
            try context.record(.dropped, at: ["response_format"], "Anthropic has no such output format")
            return nil
        }
    }
}
