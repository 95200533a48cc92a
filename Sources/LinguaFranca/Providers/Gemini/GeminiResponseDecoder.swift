/// Translates a Gemini `GenerateContentResponse` into an OpenAI `chat.completion` (`Mappings/gemini.md`,
/// "Responses").
struct GeminiResponseDecoder {
    let vocabulary: TableVocabulary

    private static let candidateMembers: Set<String> = Set(
        ["content", "finishReason", "index", "logprobsResult"] + GeminiCandidate.extensions.map(\.native))

    /// The OpenAI response for `native`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` (with the OpenAI error body) for a
    ///   Gemini error body; ``TranslationError/Code/typeMismatch`` or ``TranslationError/Code/missingField`` with the
    ///   JSON path of a malformed member; ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError) -> ChatCompletion {
        let body = try NativeObject(native, at: .root, expected: "Gemini response object")
        if body["error"] != nil, body["candidates"] == nil {
            throw try GeminiErrorCodec(vocabulary: vocabulary).providerError(native, context: context)
        }
        let created = context.options.createdTimestamp
        var choices: [ChatCompletionChoice] = []
        for (position, (value, path)) in (try body.elements("candidates") ?? .empty).enumerated() {
            choices.append(try decodeCandidate(value, position: position, at: path, context: &context))
        }
        var response = ChatCompletion(
            id: try body.decode("responseId") ?? "gemini-\(created)", created: created,
            model: try body.decode("modelVersion") ?? context.capabilities.model ?? "", choices: choices,
            usage: try body.nested("usageMetadata").map(GeminiUsage.decode))
        if let feedback = body["promptFeedback"] {
            if choices.isEmpty, let reason = feedback["blockReason"]?.stringValue {
                try context.record(
                    .approximated, at: ["promptFeedback"],
                    "the prompt was blocked (\(reason)); sent as an empty answer with finish_reason content_filter")
                response.choices = [
                    ChatCompletionChoice(
                        index: 0, message: ChatMessage(role: .assistant), finishReason: .contentFilter)
                ]
            }
            response.additionalFields.append(feedback, forKey: "prompt_feedback")
        }
        for member in body.object
        where !["candidates", "promptFeedback", "usageMetadata", "modelVersion", "responseId"].contains(member.key) {
            response.additionalFields.append(member.value, forKey: member.key)
        }
        return response
    }

    private func decodeCandidate(
        _ value: JSONValue, position: Int, at path: JSONPath, context: inout TranslationContext
    ) throws(TranslationError) -> ChatCompletionChoice {
        let candidate = try NativeObject(value, at: path, expected: "candidate object")
        let index = try candidate.decode("index", as: Int.self) ?? position
        var assembly = GeminiModelAssembly(idPrefix: GeminiModelContent.synthesizedIDPrefix + "\(index)-")
        if let content = try candidate.nested("content") {
            for (part, partPath) in try content.elements("parts") ?? .empty {
                try assembly.add(part, at: partPath, context: &context)
            }
        }
        var choice = ChatCompletionChoice(index: index, message: assembly.message)
        choice.additionalFields = GeminiCandidate.extensionMembers(of: candidate)
        if let reason: String = try candidate.decode("finishReason") {
            choice.finishReason = try GeminiCandidate.finishReason(
                reason, hasToolCalls: assembly.hasToolCalls, at: candidate.path("finishReason"),
                vocabulary: vocabulary, keepingIn: &choice.additionalFields, context: &context)
        }
        for member in candidate.object where !Self.candidateMembers.contains(member.key) {
            choice.additionalFields.append(member.value, forKey: member.key)
        }
        if candidate["logprobsResult"] != nil {
            try context.record(.dropped, at: candidate.path("logprobsResult"), "log probabilities are not translated")
        }
        return choice
    }
}
