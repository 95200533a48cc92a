/// Anthropic token counts ⇄ OpenAI usage. Anthropic's `input_tokens` excludes the tokens read from and written to
/// the prompt cache, so OpenAI's `prompt_tokens` is the sum of the three, and `cached_tokens` the cache reads;
/// `output_tokens_details.thinking_tokens` is `completion_tokens_details.reasoning_tokens` (both part of the output
/// count); the cache writes and Anthropic's other counts travel as usage extension members.
enum AnthropicUsage {
    private static let counted: MemberNames = [
        "input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens",
        "output_tokens_details",
    ]

    /// `usage` as OpenAI usage.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` or ``TranslationError/Code/invalidValue`` at the count that
    ///   is not an integer.
    static func decode(_ usage: NativeObject) throws(TranslationError) -> Usage {
        let input = try usage.decode("input_tokens", as: Int.self) ?? 0
        let output = try usage.decode("output_tokens", as: Int.self) ?? 0
        let written = try usage.decode("cache_creation_input_tokens", as: Int.self)
        let read = try usage.decode("cache_read_input_tokens", as: Int.self)
        let details = try usage.nested("output_tokens_details")
        let thinking = try details?.decode("thinking_tokens", as: Int.self)
        let prompt = input.addingReportingOverflow((written ?? 0) &+ (read ?? 0)).partialValue
        var extras = JSONObject()
        if let written { extras.append(.number(JSONNumber(written)), forKey: "cache_creation_input_tokens") }
        for member in usage.object where !counted.contains(member.key) && !member.value.isNull {
            extras.append(member.value, forKey: member.key)
        }
        return Usage(
            promptTokens: prompt, completionTokens: output,
            totalTokens: prompt.addingReportingOverflow(output).partialValue,
            promptTokensDetails: read.map { PromptTokensDetails(cachedTokens: $0) },
            completionTokensDetails: details.map {
                CompletionTokensDetails(
                    reasoningTokens: thinking, additionalFields: $0.members(except: ["thinking_tokens"]))
            }, additionalFields: extras)
    }

    /// OpenAI usage as Anthropic's `usage`.
    static func encode(_ usage: Usage) -> JSONObject {
        let read = usage.promptTokensDetails?.cachedTokens
        let written = usage.additionalFields["cache_creation_input_tokens"]?.numberValue?.int
        let input = max(0, usage.promptTokens.subtractingClamped(read ?? 0).subtractingClamped(written ?? 0))
        var object: JSONObject = [
            "input_tokens": .number(JSONNumber(input)), "output_tokens": .number(JSONNumber(usage.completionTokens)),
        ]
        if let written { object.append(.number(JSONNumber(written)), forKey: "cache_creation_input_tokens") }
        if let read { object.append(.number(JSONNumber(read)), forKey: "cache_read_input_tokens") }
        if let details = usage.completionTokensDetails {
            var output = JSONObject()
            if let reasoning = details.reasoningTokens {
                output.append(.number(JSONNumber(reasoning)), forKey: "thinking_tokens")
            }
            for member in details.additionalFields where output[member.key] == nil {
                output.append(member.value, forKey: member.key)
            }
            if !output.isEmpty { object.append(.object(output), forKey: "output_tokens_details") }
        }
        for member in usage.additionalFields where object[member.key] == nil {
            object.append(member.value, forKey: member.key)
        }
        return object
    }

    /// The places in OpenAI usage (from `usage` down) of the counts ``encode(_:)`` has no Anthropic member for and
    /// leaves out: audio and prediction tokens, and other prompt token details. Zero counts are not listed: they
    /// say nothing that is lost.
    static func unsentCounts(of usage: Usage) -> [JSONPath] {
        var unsent: [JSONPath] = []
        func place(_ components: JSONPath.Component...) { unsent.append(JSONPath([.key("usage")] + components)) }
        let prompt = usage.promptTokensDetails
        if (prompt?.audioTokens ?? 0) != 0 { place("prompt_tokens_details", "audio_tokens") }
        for member in prompt?.additionalFields ?? [:] where !member.value.isNull && member.value.numberValue?.int != 0 {
            place("prompt_tokens_details", .key(member.key))
        }
        let completion = usage.completionTokensDetails
        for (name, count) in [
            ("audio_tokens", completion?.audioTokens),
            ("accepted_prediction_tokens", completion?.acceptedPredictionTokens),
            ("rejected_prediction_tokens", completion?.rejectedPredictionTokens),
        ] where (count ?? 0) != 0 {
            place("completion_tokens_details", .key(name))
        }
        return unsent
    }
}
