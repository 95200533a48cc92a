/// Translates an Anthropic Messages response into an OpenAI `chat.completion` (`Mappings/anthropic.md`,
/// "Responses").
struct AnthropicResponseDecoder {
    let vocabulary: TableVocabulary

    private static let named: MemberNames = [
        "id", "type", "role", "model", "content", "stop_reason", "stop_sequence", "usage",
    ]

    /// The OpenAI response for `native`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` (with the OpenAI error body) when
    ///   `native` is an Anthropic error body; ``TranslationError/Code/typeMismatch`` or
    ///   ``TranslationError/Code/missingField`` with the JSON path of a malformed member; and
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError) -> ChatCompletion {
        let body = try NativeObject(native, at: .root, expected: "Anthropic message object")
        if body["type"] == "error" {
            throw try AnthropicErrorCodec(vocabulary: vocabulary).providerError(native, context: context)
        }
        var assembly = AnthropicAssistantAssembly()
        for (value, path) in try body.elements("content") ?? .empty {
            try assembly.add(value, at: path, context: &context)
        }
        var choice = ChatCompletionChoice(index: 0, message: assembly.message)
        if let stopReason: String = try body.decode("stop_reason") {
            choice.finishReason = try finishReason(for: stopReason, context: &context)
        }
        if let sequence: String = try body.decode("stop_sequence") {
            choice.additionalFields.append(.string(sequence), forKey: "stop_sequence")
        }
        var response = ChatCompletion(
            id: try body.require("id"), created: context.options.createdTimestamp, model: try body.require("model"),
            choices: [choice], usage: try body.nested("usage").map(AnthropicUsage.decode))
        for member in body.object where !Self.named.contains(member.key) && !member.value.isNull {
            try context.record(
                .converted, at: [.key(member.key)], "no OpenAI member; kept as the extension member \(member.key)")
            response.additionalFields.append(member.value, forKey: member.key)
        }
        return response
    }

    /// The finish reason for `stopReason`, reported when encoding it back would not give the same stop reason.
    func finishReason(for stopReason: String, context: inout TranslationContext) throws(TranslationError)
        -> FinishReason
    {
        let reason = vocabulary.finishReason(for: stopReason) ?? FinishReason(rawValue: stopReason)
        if stopReason != "stop_sequence", vocabulary.nativeFinishReason(for: reason) != stopReason {
            try context.record(
                .approximated, at: ["stop_reason"], "OpenAI has no '\(stopReason)'; sent as \(reason)")
        }
        return reason
    }
}
