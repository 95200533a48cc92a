/// Translates a Yandex `completion` body into the OpenAI chat request it means — the inverse of
/// ``YandexRequestEncoder``. The model URI is kept as the OpenAI model.
struct YandexRequestDecoder {
    /// The OpenAI request for `native`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError`` with the JSON path of a malformed member, and
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        let body = try NativeObject(native, at: .root, expected: "Yandex completion request")
        var request = ChatCompletionRequest(
            model: try body.require("modelUri"),
            messages: try YandexMessages.decode(try body.elements("messages") ?? .empty, context: &context))
        for member in body.object where !member.value.isNull {
            let key = member.key
            switch key {
            case "modelUri", "messages":
                continue
            case "completionOptions":
                try decodeOptions(try body.require(key), into: &request, context: &context)
            case "tools":
                request.tools = try decodeTools(body)
            case "toolChoice":
                let choice = try NativeObject(member.value, at: body.path(key))
                if let name: String = try choice.decode("functionName") {
                    request.toolChoice = .function(name: name)
                } else {
                    switch try choice.decode("mode", as: String.self) {
                    case "NONE"?: request.toolChoice = .mode(.none)
                    case "REQUIRED"?: request.toolChoice = .mode(.required)
                    case "AUTO"?, "TOOL_CHOICE_MODE_UNSPECIFIED"?, nil: request.toolChoice = .mode(.auto)
                    case let other?:
                        try context.record(
                            .approximated, at: choice.path("mode"),
                            "OpenAI has no tool choice mode '\(other)'; sent as auto")
                        request.toolChoice = .mode(.auto)
                    }
                }
            case "parallelToolCalls":
                request.parallelToolCalls = try body.decode(key)
            case "jsonObject":
                if try body.decode(key, as: Bool.self) == true { request.responseFormat = .jsonObject }
            case "jsonSchema":
                let format = try NativeObject(member.value, at: body.path(key))
                try context.record(
                    .defaulted, at: [.key(key)], "OpenAI's json_schema format needs a name; named 'response'")
                request.responseFormat = .jsonSchema(JSONSchemaFormat(name: "response", schema: format["schema"]))
            default:
                try context.record(
                    .converted, at: [.key(key)], "no OpenAI parameter; kept as the extension member \(key)")
                request.additionalFields.append(member.value, forKey: key)
            }
        }
        return request
    }

    private func decodeOptions(
        _ value: JSONValue, into request: inout ChatCompletionRequest, context: inout TranslationContext
    ) throws(TranslationError) {
        let options = try NativeObject(value, at: ["completionOptions"])
        for member in options.object where !member.value.isNull {
            switch member.key {
            case "temperature": request.temperature = try options.decode("temperature")
            case "maxTokens": request.maxTokens = try YandexInt64.read("maxTokens", in: options)
            case "stream": request.stream = try options.decode("stream")
            case "reasoningOptions":
                let reasoning = try NativeObject(member.value, at: options.path("reasoningOptions"))
                let path = reasoning.path("mode")
                switch try reasoning.decode("mode", as: String.self) {
                case "DISABLED"?:
                    try context.record(.converted, at: path, "DISABLED sent as reasoning_effort none")
                    request.reasoningEffort = ReasoningEffort.none
                case "ENABLED_HIDDEN"?:
                    try context.record(
                        .approximated, at: path, "ENABLED_HIDDEN sent as reasoning_effort medium (Yandex has no levels)"
                    )
                    request.reasoningEffort = .medium
                case "REASONING_MODE_UNSPECIFIED"?, nil:
                    break
                case let other?:
                    try context.record(.dropped, at: path, "OpenAI has no reasoning mode '\(other)'")
                }
            default:
                try context.record(.dropped, at: options.path(member.key), "OpenAI has no such completion option")
            }
        }
    }

    private func decodeTools(_ body: NativeObject) throws(TranslationError) -> [Tool] {
        var tools: [Tool] = []
        for (value, path) in try body.elements("tools") ?? .empty {
            let tool = try NativeObject(value, at: path, expected: "tool object")
            guard let function = try tool.nested("function") else { throw .missingField("function", at: path) }
            tools.append(
                Tool(
                    function: FunctionDefinition(
                        name: try function.require("name"), description: try function.decode("description"),
                        parameters: function["parameters"], strict: try function.decode("strict"))))
        }
        return tools
    }
}
