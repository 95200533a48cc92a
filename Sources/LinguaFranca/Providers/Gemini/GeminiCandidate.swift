/// What response and stream coding share for one candidate: its finish reason and its extension members.
enum GeminiCandidate {
    /// Candidate members kept as choice extension members, under their OpenAI-style names.
    static let extensions: [(native: String, openAI: String)] = [
        ("safetyRatings", "safety_ratings"), ("citationMetadata", "citation_metadata"),
        ("groundingMetadata", "grounding_metadata"), ("avgLogprobs", "avg_logprobs"),
        ("finishMessage", "finish_message"), ("urlContextMetadata", "url_context_metadata"),
        ("tokenCount", "token_count"),
    ]
    /// The choice extension member that keeps a `finishReason` its OpenAI reason does not encode back to.
    static let nativeFinishReasonMember = "native_finish_reason"

    /// The OpenAI finish reason for `native`: `tool_calls` for a stop with function calls; a reason the table does
    /// not map becomes `stop`, reported. When encoding the OpenAI reason would not give `native` back (`RECITATION`
    /// and `content_filter`, say), `native` is kept in `extensions` as ``nativeFinishReasonMember``.
    static func finishReason(
        _ native: String, hasToolCalls: Bool, at path: JSONPath, vocabulary: TableVocabulary,
        keepingIn extensions: inout JSONObject, context: inout TranslationContext
    ) throws(TranslationError) -> FinishReason {
        let reason: FinishReason
        if let mapped = vocabulary.finishReason(for: native) {
            reason = mapped == .stop && hasToolCalls ? .toolCalls : mapped
        } else {
            try context.record(
                .approximated, at: path,
                "OpenAI has no finish reason '\(native)'; sent as stop, kept as \(nativeFinishReasonMember)")
            reason = hasToolCalls ? .toolCalls : .stop
        }
        if vocabulary.nativeFinishReason(for: reason) != native {
            extensions.append(.string(native), forKey: nativeFinishReasonMember)
        }
        return reason
    }

    /// The `finishReason` for a choice: its ``nativeFinishReasonMember`` when it has one, else the table's for
    /// `reason`; `nil` when it has neither.
    static func nativeFinishReason(_ reason: FinishReason?, extensions: JSONObject, vocabulary: TableVocabulary)
        -> JSONValue?
    {
        if let native = extensions[nativeFinishReasonMember], !native.isNull { return native }
        return reason.map { .string(vocabulary.nativeFinishReason(for: $0)) }
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
