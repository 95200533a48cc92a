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
        let stop = AnthropicStopReason(vocabulary: vocabulary).encode(
            choice.finishReason, stopSequence: stopSequence, kept: choice.additionalFields["stop_reason"])
        if stop.unused != nil {
            try context.record(
                .dropped, at: choicePath.appending("stop_reason"),
                "not an Anthropic stop reason for the finish reason \(choice.finishReason?.rawValue ?? "null")")
        }
        var body: JSONObject = [
            "id": .string(response.id), "type": "message", "role": "assistant", "model": .string(response.model),
            "content": .array(content), "stop_reason": stop.stopReason.map(JSONValue.string) ?? .null,
            "stop_sequence": stopSequence.map(JSONValue.string) ?? .null,
        ]
        if let usage = response.usage {
            body["usage"] = .object(AnthropicUsage.encode(usage))
            for path in AnthropicUsage.unsentCounts(of: usage) {
                try context.record(.dropped, at: path, "Anthropic usage has no such count")
            }
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
        // The choice's other extension members are the message's end state (`stop_details`, `container`), as
        // decoding made them; the response's are message members too.
        for member in choice.additionalFields where !AnthropicStopReason.choiceMembers.contains(member.key) {
            try append(member, at: choicePath.appending(member.key), to: &body, context: &context)
        }
        for member in response.additionalFields {
            try append(member, at: [.key(member.key)], to: &body, context: &context)
        }
        return .object(body)
    }

    /// Appends an extension member to the message, or reports it when the message already has that member.
    private func append(
        _ member: JSONObject.Member, at path: JSONPath, to body: inout JSONObject, context: inout TranslationContext
    ) throws(TranslationError) {
        guard !member.value.isNull else { return }
        guard body[member.key] == nil else {
            try context.record(.dropped, at: path, "the Anthropic message already has a member \(member.key)")
            return
        }
        body.append(member.value, forKey: member.key)
    }
}
