/// Translates an OpenAI `chat.completion` into an Anthropic Messages response — the inverse of
/// ``AnthropicResponseDecoder``.
struct AnthropicResponseEncoder {
    let vocabulary: TableVocabulary

    /// The Anthropic message for `response`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/missingField`` for a response without choices, the
    ///   errors of ``AnthropicAssistantContent/blocks(of:at:context:)``, and ``TranslationError/Code/unsupported``
    ///   for a loss under `.strict`.
    func encode(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError) -> JSONValue {
        guard let choice = response.choices.first else {
            throw context.error(.missingField, at: ["choices"], "an Anthropic message needs one choice")
        }
        for index in response.choices.indices.dropFirst() {
            try context.record(.dropped, at: [.key("choices"), .index(index)], "an Anthropic message has one answer")
        }
        let choicePath: JSONPath = [.key("choices"), .index(0)]
        try context.reportUnsentMembers(
            of: choice.message, at: choicePath.appending("message"), consumed: AnthropicAssistantContent.sentExtensions)
        let content = try AnthropicAssistantContent.blocks(
            of: choice.message, at: choicePath.appending("message"), context: &context)
        if choice.logprobs != nil {
            try context.record(.dropped, at: choicePath.appending("logprobs"), "Anthropic has no log probabilities")
        }
        let stopSequence = choice.additionalFields["stop_sequence"]?.stringValue
        let stopReason: JSONValue =
            choice.finishReason.map { reason in
                .string(
                    reason == .stop && stopSequence != nil
                        ? "stop_sequence" : vocabulary.nativeFinishReason(for: reason))
            } ?? .null
        var body: JSONObject = [
            "id": .string(response.id), "type": "message", "role": "assistant", "model": .string(response.model),
            "content": .array(content), "stop_reason": stopReason,
            "stop_sequence": stopSequence.map(JSONValue.string) ?? .null,
        ]
        if let usage = response.usage {
            body["usage"] = .object(AnthropicUsage.encode(usage))
        } else {
            try context.record(.defaulted, at: ["usage"], "Anthropic messages carry usage; sent zero counts")
            body["usage"] = ["input_tokens": 0, "output_tokens": 0]
        }
        for (name, value) in [
            ("system_fingerprint", response.systemFingerprint), ("service_tier", response.serviceTier),
        ]
        where value != nil {
            try context.record(.dropped, at: [.key(name)], "an Anthropic message has no \(name)")
        }
        for member in response.additionalFields where body[member.key] == nil {
            body.append(member.value, forKey: member.key)
        }
        return .object(body)
    }
}
