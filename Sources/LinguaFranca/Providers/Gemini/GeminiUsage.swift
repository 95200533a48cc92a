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
        try counts(of: usage).usage
    }

    /// What `usageMetadata` counts, read from its tree.
    ///
    /// - Throws: ``TranslationError`` at a count that is not an integer.
    static func counts(of usage: NativeObject) throws(TranslationError) -> Counts {
        var counts = Counts()
        counts.prompt = try usage.decode("promptTokenCount")
        counts.toolUse = try usage.decode("toolUsePromptTokenCount")
        counts.candidates = try usage.decode("candidatesTokenCount")
        counts.thoughts = try usage.decode("thoughtsTokenCount")
        counts.cached = try usage.decode("cachedContentTokenCount")
        counts.total = try usage.decode("totalTokenCount")
        for names in renamedDetails {
            if let value = usage[names.native] { counts.details.append(value, forKey: names.native) }
        }
        return counts
    }

    /// `usageMetadata` read straight from the scanner's bytes, as ``counts(of:)`` reads its tree: the counts and the
    /// details, `null` as absent. Any other member, or a count that is not a plain integer, stops the scan (the tree
    /// path then reads it, and reports what it must). Details repeated unchanged from the element `details` last
    /// saw are not parsed again.
    static func scan(_ scanner: inout JSONScanner, remembering details: inout RememberedDetails)
        throws(JSONScanner.Stop) -> Counts
    {
        var counts = Counts()
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            if try scanner.readNull() { return }
            switch key {
            case "promptTokenCount": counts.prompt = try scanner.readInt()
            case "toolUsePromptTokenCount": counts.toolUse = try scanner.readInt()
            case "candidatesTokenCount": counts.candidates = try scanner.readInt()
            case "thoughtsTokenCount": counts.thoughts = try scanner.readInt()
            case "cachedContentTokenCount": counts.cached = try scanner.readInt()
            case "totalTokenCount": counts.total = try scanner.readInt()
            default:
                guard let slot = renamedDetails.firstIndex(where: { key.hasBytes(of: $0.native) }) else {
                    throw JSONScanner.Stop()
                }
                counts.details.append(
                    try scanner.readValue(remembering: &details.values[slot]), forKey: renamedDetails[slot].native)
            }
        }
        return counts
    }

    /// The details members a stream's elements last held, one memory for each of ``renamedDetails``: a stream
    /// repeats them (the prompt's by modality) in every element.
    struct RememberedDetails {
        fileprivate var values = [JSONScanner.RememberedValue](
            repeating: JSONScanner.RememberedValue(), count: GeminiUsage.renamedDetails.count)
    }

    /// What `usageMetadata` says, however it was read; a stream keeps the last element's and makes its usage once,
    /// at the end (the counts are cumulative).
    struct Counts {
        var prompt: Int?
        var toolUse: Int?
        var candidates: Int?
        var thoughts: Int?
        var cached: Int?
        var total: Int?
        /// The members of ``renamedDetails`` present, under their native names.
        var details = JSONObject()

        /// The counts as OpenAI usage.
        var usage: Usage {
            let promptTokens = (prompt ?? 0) &+ (toolUse ?? 0)
            let completion = (candidates ?? 0) &+ (thoughts ?? 0)
            var extras = JSONObject()
            if let toolUse { extras.append(.number(JSONNumber(toolUse)), forKey: "tool_use_prompt_tokens") }
            for names in renamedDetails {
                if let value = details[names.native] { extras.append(value, forKey: names.openAI) }
            }
            return Usage(
                promptTokens: promptTokens, completionTokens: completion,
                totalTokens: total ?? promptTokens &+ completion,
                promptTokensDetails: cached.map { PromptTokensDetails(cachedTokens: $0) },
                completionTokensDetails: thoughts.map { CompletionTokensDetails(reasoningTokens: $0) },
                additionalFields: extras)
        }
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
