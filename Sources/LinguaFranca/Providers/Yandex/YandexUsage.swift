/// Yandex usage (int64 counts as strings) ⇄ OpenAI usage.
enum YandexUsage {
    /// `usage` as OpenAI usage.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` at a count that is not an integer string.
    static func decode(_ usage: NativeObject) throws(TranslationError) -> Usage {
        let prompt = try YandexInt64.read("inputTextTokens", in: usage) ?? 0
        let completion = try YandexInt64.read("completionTokens", in: usage) ?? 0
        let reasoning = try usage.nested("completionTokensDetails").flatMap {
            (details) throws(TranslationError) in try YandexInt64.read("reasoningTokens", in: details)
        }
        return Usage(
            promptTokens: prompt, completionTokens: completion,
            totalTokens: try YandexInt64.read("totalTokens", in: usage) ?? prompt &+ completion,
            completionTokensDetails: reasoning.map { CompletionTokensDetails(reasoningTokens: $0) })
    }

    /// OpenAI usage as Yandex's.
    static func encode(_ usage: Usage) -> JSONObject {
        var object: JSONObject = [
            "inputTextTokens": YandexInt64.json(usage.promptTokens),
            "completionTokens": YandexInt64.json(usage.completionTokens),
            "totalTokens": YandexInt64.json(usage.totalTokens),
        ]
        if let reasoning = usage.completionTokensDetails?.reasoningTokens {
            object.append(["reasoningTokens": YandexInt64.json(reasoning)], forKey: "completionTokensDetails")
        }
        return object
    }
}
