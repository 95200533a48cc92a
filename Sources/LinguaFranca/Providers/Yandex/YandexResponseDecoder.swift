/// Translates a Yandex completion response (`{"result": …}`) into an OpenAI `chat.completion`
/// (`Mappings/yandex.md`, "Responses").
struct YandexResponseDecoder {
    let vocabulary: TableVocabulary

    /// The OpenAI response for `native`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` (with the OpenAI error body) for a
    ///   Yandex error body; decoding errors with the JSON path; ``TranslationError/Code/unsupported`` for a loss
    ///   under `.strict`.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError) -> ChatCompletion {
        let body = try NativeObject(native, at: .root, expected: "Yandex completion response")
        if body["error"] != nil {
            throw try YandexErrorCodec(vocabulary: vocabulary).providerError(native, context: context)
        }
        guard let result = try body.nested("result") else { throw .missingField("result") }
        var response = ChatCompletion(
            id: context.options.responseIDValue, created: context.options.createdTimestamp,
            model: context.capabilities.model ?? "", choices: [],
            usage: try result.nested("usage").map(YandexUsage.decode),
            systemFingerprint: try result.decode("modelVersion"))
        for (index, (value, path)) in (try result.elements("alternatives") ?? .empty).enumerated() {
            let alternative = try NativeObject(value, at: path, expected: "alternative object")
            var message = ChatMessage(role: .assistant)
            if let native = alternative["message"] {
                let decoded = try Self.message(native, index: index, at: alternative.path("message"), context: &context)
                message = decoded
            }
            var choice = ChatCompletionChoice(index: index, message: message)
            if let status: String = try alternative.decode("status") {
                choice.finishReason = vocabulary.finishReason(for: status)
                if choice.finishReason == nil, status != "ALTERNATIVE_STATUS_PARTIAL",
                    status != "ALTERNATIVE_STATUS_UNSPECIFIED"
                {
                    try context.record(
                        .dropped, at: alternative.path("status"), "OpenAI has no finish reason for '\(status)'")
                }
            }
            response.choices.append(choice)
        }
        return response
    }

    /// An alternative's message, its tool calls made up as `yandex-call-<alternative>-<n>`.
    static func message(_ value: JSONValue, index: Int, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> ChatMessage
    {
        let message = try NativeObject(value, at: path, expected: "message object")
        guard let list = try message.nested("toolCallList") else {
            return ChatMessage(role: .assistant, content: try message.decode("text").map(MessageContent.text))
        }
        var calls: [ToolCall] = []
        for (callValue, callPath) in try list.elements("toolCalls") ?? .empty {
            let call = try NativeObject(callValue, at: callPath, expected: "tool call object")
            guard let function = try call.nested("functionCall") else {
                throw .missingField("functionCall", at: callPath)
            }
            calls.append(
                ToolCall(
                    id: YandexMessages.idPrefix + "\(index)-\(calls.count)",
                    function: FunctionCall(
                        name: try function.require("name"),
                        arguments: ToolArguments.text(from: function["arguments"] ?? [:]))))
        }
        return ChatMessage(
            role: .assistant, content: try message.decode("text").map(MessageContent.text), toolCalls: calls)
    }
}
