/// Gemini `usageMetadata` ⇄ OpenAI usage. Gemini counts thoughts apart from the answer, so OpenAI's
/// `completion_tokens` is candidates + thoughts and `reasoning_tokens` the thoughts; tool-use prompt tokens count
/// as prompt tokens.
enum GeminiUsage {
    private static let renamedDetails: [(native: String, openAI: String)] = [
        ("promptTokensDetails", "prompt_tokens_by_modality"),
        ("candidatesTokensDetails", "candidates_tokens_by_modality"),
        ("cacheTokensDetails", "cache_tokens_by_modality"),
        ("toolUsePromptTokensDetails", "tool_use_prompt_tokens_by_modality"),
    ]

    /// `usageMetadata` as OpenAI usage.
    ///
    /// - Throws: ``TranslationError`` at a count that is not an integer.
    static func decode(_ usage: NativeObject) throws(TranslationError) -> Usage {
        let prompt = try usage.decode("promptTokenCount", as: Int.self) ?? 0
        let toolUse = try usage.decode("toolUsePromptTokenCount", as: Int.self)
        let candidates = try usage.decode("candidatesTokenCount", as: Int.self) ?? 0
        let thoughts = try usage.decode("thoughtsTokenCount", as: Int.self)
        let cached = try usage.decode("cachedContentTokenCount", as: Int.self)
        let promptTokens = prompt &+ (toolUse ?? 0)
        let completion = candidates &+ (thoughts ?? 0)
        var extras = JSONObject()
        if let toolUse { extras.append(.number(JSONNumber(toolUse)), forKey: "tool_use_prompt_tokens") }
        for (native, openAI) in renamedDetails {
            if let details = usage[native] { extras.append(details, forKey: openAI) }
        }
        return Usage(
            promptTokens: promptTokens, completionTokens: completion,
            totalTokens: try usage.decode("totalTokenCount", as: Int.self) ?? promptTokens &+ completion,
            promptTokensDetails: cached.map { PromptTokensDetails(cachedTokens: $0) },
            completionTokensDetails: thoughts.map { CompletionTokensDetails(reasoningTokens: $0) },
            additionalFields: extras)
    }

    /// OpenAI usage as `usageMetadata`. A zero candidates count is left out, as Gemini's proto3 JSON leaves out
    /// zero fields (a blocked candidate's usage has none).
    static func encode(_ usage: Usage) -> JSONObject {
        let toolUse = usage.additionalFields["tool_use_prompt_tokens"]?.numberValue?.int
        let thoughts = usage.completionTokensDetails?.reasoningTokens
        var object: JSONObject = [
            "promptTokenCount": .number(JSONNumber(max(0, usage.promptTokens.subtractingClamped(toolUse ?? 0))))
        ]
        let candidates = max(0, usage.completionTokens.subtractingClamped(thoughts ?? 0))
        if candidates > 0 { object.append(.number(JSONNumber(candidates)), forKey: "candidatesTokenCount") }
        if let toolUse { object.append(.number(JSONNumber(toolUse)), forKey: "toolUsePromptTokenCount") }
        if let thoughts { object.append(.number(JSONNumber(thoughts)), forKey: "thoughtsTokenCount") }
        if let cached = usage.promptTokensDetails?.cachedTokens {
            object.append(.number(JSONNumber(cached)), forKey: "cachedContentTokenCount")
        }
        object.append(.number(JSONNumber(usage.totalTokens)), forKey: "totalTokenCount")
        for (native, openAI) in renamedDetails {
            if let details = usage.additionalFields[openAI] { object.append(details, forKey: native) }
        }
        return object
    }
}
