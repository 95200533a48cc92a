/// Anthropic token counts ⇄ OpenAI usage. Anthropic's `input_tokens` excludes the tokens read from and written to
/// the prompt cache, so OpenAI's `prompt_tokens` is the sum of the three, and `cached_tokens` the cache reads;
/// the cache writes and Anthropic's other counts travel as usage extension members.
enum AnthropicUsage {
    private static let counted: MemberNames = [
        "input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens",
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
        let prompt = input.addingReportingOverflow((written ?? 0) &+ (read ?? 0)).partialValue
        var extras = JSONObject()
        if let written { extras.append(.number(JSONNumber(written)), forKey: "cache_creation_input_tokens") }
        for member in usage.object where !counted.contains(member.key) && !member.value.isNull {
            extras.append(member.value, forKey: member.key)
        }
        return Usage(
            promptTokens: prompt, completionTokens: output,
            totalTokens: prompt.addingReportingOverflow(output).partialValue,
            promptTokensDetails: read.map { PromptTokensDetails(cachedTokens: $0) }, additionalFields: extras)
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
        for member in usage.additionalFields where object[member.key] == nil {
            object.append(member.value, forKey: member.key)
        }
        return object
    }
}
