/// Translates an OpenAI `chat.completion` into a Gemini `GenerateContentResponse` — the inverse of
/// ``GeminiResponseDecoder``.
struct GeminiResponseEncoder {
    let vocabulary: TableVocabulary

    /// The Gemini response for `response`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: the errors of ``GeminiModelContent/parts(of:at:context:)`` and
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func encode(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError) -> JSONValue {
        var candidates: [JSONValue] = []
        for (position, choice) in response.choices.enumerated() {
            let path: JSONPath = [.key("choices"), .index(position)]
            try context.reportUnsentMembers(
                of: choice.message, at: path.appending("message"),
                consumed: GeminiModelContent.sentExtensions)
            let parts = try GeminiModelContent.parts(
                of: choice.message, at: path.appending("message"), context: &context)
            var candidate = JSONObject(minimumCapacity: 4)
            if !parts.isEmpty { candidate.append(["role": "model", "parts": .array(parts)], forKey: "content") }
            if let reason = GeminiCandidate.nativeFinishReason(
                choice.finishReason, extensions: choice.additionalFields, vocabulary: vocabulary)
            {
                candidate.append(reason, forKey: "finishReason")
            }
            candidate.append(.number(JSONNumber(choice.index)), forKey: "index")
            for (native, openAI) in GeminiCandidate.extensions {
                if let value = choice.additionalFields[openAI] { candidate.append(value, forKey: native) }
            }
            if choice.logprobs != nil {
                try context.record(.dropped, at: path.appending("logprobs"), "log probabilities are not translated")
            }
            candidates.append(.object(candidate))
        }
        var body = JSONObject(minimumCapacity: 5)
        let blocked = response.additionalFields["prompt_feedback"]?["blockReason"] != nil
        if !blocked { body.append(.array(candidates), forKey: "candidates") }
        if let feedback = response.additionalFields["prompt_feedback"] {
            body.append(feedback, forKey: "promptFeedback")
        }
        if let usage = response.usage {
            body.append(.object(GeminiUsage.encode(usage)), forKey: "usageMetadata")
            for key in GeminiUsage.unsentMembers(of: usage) {
                try context.record(.dropped, at: ["usage", .key(key)], "Gemini's usageMetadata has no such member")
            }
        }
        body.append(.string(response.model), forKey: "modelVersion")
        body.append(.string(response.id), forKey: "responseId")
        for member in response.additionalFields where member.key != "prompt_feedback" && body[member.key] == nil {
            body.append(member.value, forKey: member.key)
        }
        for (name, value) in [
            ("system_fingerprint", response.systemFingerprint), ("service_tier", response.serviceTier),
        ]
        where value != nil {
            try context.record(.dropped, at: [.key(name)], "a Gemini response has no \(name)")
        }
        return .object(body)
    }
}
