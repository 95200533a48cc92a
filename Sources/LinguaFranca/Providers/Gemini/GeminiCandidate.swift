/// What response and stream decoding share for one candidate: its finish reason and its extension members.
enum GeminiCandidate {
    /// Candidate members kept as choice extension members, under their OpenAI-style names.
    static let extensions: [(native: String, openAI: String)] = [
        ("safetyRatings", "safety_ratings"), ("citationMetadata", "citation_metadata"),
        ("groundingMetadata", "grounding_metadata"), ("avgLogprobs", "avg_logprobs"),
        ("finishMessage", "finish_message"), ("urlContextMetadata", "url_context_metadata"),
    ]

    /// The OpenAI finish reason for `native`: `tool_calls` for a stop with function calls; a reason the table does
    /// not map becomes `stop`, reported.
    static func finishReason(
        _ native: String, hasToolCalls: Bool, at path: JSONPath, vocabulary: TableVocabulary,
        context: inout TranslationContext
    ) throws(TranslationError) -> FinishReason {
        guard let reason = vocabulary.finishReason(for: native) else {
            try context.record(.approximated, at: path, "OpenAI has no finish reason '\(native)'; sent as stop")
            return hasToolCalls ? .toolCalls : .stop
        }
        return reason == .stop && hasToolCalls ? .toolCalls : reason
    }

    /// The candidate's extension members.
    static func extensionMembers(of candidate: NativeObject) -> JSONObject {
        var members = JSONObject()
        for (native, openAI) in extensions {
            if let value = candidate[native] { members.append(value, forKey: openAI) }
        }
        return members
    }
}
