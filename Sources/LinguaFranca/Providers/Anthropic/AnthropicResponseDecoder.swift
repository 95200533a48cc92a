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
        let sequence: String? = try body.decode("stop_sequence")
        var kept: String?
        if let stopReason: String = try body.decode("stop_reason") {
            let decoded = try AnthropicStopReason(vocabulary: vocabulary).decode(
                stopReason, stopSequence: sequence, at: ["stop_reason"], context: &context)
            choice.finishReason = decoded.finishReason
            kept = decoded.kept
        }
        if let sequence { choice.additionalFields.append(.string(sequence), forKey: "stop_sequence") }
        if let kept { choice.additionalFields.append(.string(kept), forKey: "stop_reason") }
        for member in body.object where AnthropicStopReason.endMembers.contains(member.key) && !member.value.isNull {
            choice.additionalFields.append(member.value, forKey: member.key)
        }
        var response = ChatCompletion(
            id: try body.require("id"), created: context.options.createdTimestamp, model: try body.require("model"),
            choices: [choice], usage: try body.nested("usage").map(AnthropicUsage.decode))
        for member in body.object
        where !Self.named.contains(member.key) && !AnthropicStopReason.endMembers.contains(member.key)
            && !member.value.isNull
        {
            try context.record(
                .converted, at: [.key(member.key)], "no OpenAI member; kept as the extension member \(member.key)")
            response.additionalFields.append(member.value, forKey: member.key)
        }
        return response
    }
}
