/// Gemini `usageMetadata` ⇄ OpenAI usage. Gemini counts thoughts apart from the answer, so OpenAI's
/// `completion_tokens` is candidates + thoughts and `reasoning_tokens` the thoughts; tool-use prompt tokens count
/// as prompt tokens. Members the codec does not name (`trafficType`, `serviceTier`, …) travel verbatim as usage
/// extension members: Gemini's lowerCamelCase names meet neither OpenAI's snake_case usage members nor the codec's
/// own, and encoding tells them by that spelling from another provider's extension members, which it does not send.
enum GeminiUsage {
    /// The members ``counts(of:)`` reads as counts.
    private static let counted: MemberNames = [
        "promptTokenCount", "toolUsePromptTokenCount", "candidatesTokenCount", "thoughtsTokenCount",
        "cachedContentTokenCount", "totalTokenCount",
    ]
    /// The usage extension members the codec names itself (besides ``renamedDetails``).
    private static let namedExtensions: MemberNames = ["tool_use_prompt_tokens"]
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
        for member in usage.object where !member.value.isNull && !counted.contains(member.key) {
            if renamedDetails.contains(where: { $0.native == member.key }) {
                counts.details.append(member.value, forKey: member.key)
            } else {
                counts.unnamed.append(member.value, forKey: member.key)
            }
        }
        return counts
    }

    /// `usageMetadata` read straight from the scanner's bytes, as ``counts(of:)`` reads its tree: the counts, the
    /// details and the members the codec does not name, `null` as absent. A count that is not a plain integer
    /// stops the scan (the tree path then reads it, and reports what it must). Details repeated unchanged from the
    /// element `details` last saw are not parsed again.
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
                    counts.unnamed.append(try scanner.readValue(), forKey: key.name)
                    return
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
        /// The members the codec does not name, verbatim.
        var unnamed = JSONObject()

        /// The counts as OpenAI usage.
        var usage: Usage {
            let promptTokens = (prompt ?? 0) &+ (toolUse ?? 0)
            let completion = (candidates ?? 0) &+ (thoughts ?? 0)
            var extras = JSONObject()
            if let toolUse { extras.append(.number(JSONNumber(toolUse)), forKey: "tool_use_prompt_tokens") }
            for names in renamedDetails {
                if let value = details[names.native] { extras.append(value, forKey: names.openAI) }
            }
            for member in unnamed where extras[member.key] == nil { extras.append(member.value, forKey: member.key) }
            return Usage(
                promptTokens: promptTokens, completionTokens: completion,
                totalTokens: total ?? promptTokens &+ completion,
                promptTokensDetails: cached.map { PromptTokensDetails(cachedTokens: $0) },
                completionTokensDetails: thoughts.map { CompletionTokensDetails(reasoningTokens: $0) },
                additionalFields: extras)
        }
    }

    /// OpenAI usage as `usageMetadata`. A zero candidates count is left out, as Gemini's proto3 JSON leaves out
    /// zero fields (a blocked candidate's usage has none). Usage extension members the codec does not name are
    /// written back verbatim when they are spelled as Gemini's members are; ``unsentMembers(of:)`` names the rest.
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
        for member in usage.additionalFields where !member.value.isNull && isSentVerbatim(member.key) {
            object.append(member.value, forKey: member.key)
        }
        return object
    }

    /// The usage extension members ``encode(_:)`` does not send: another provider's (snake_case, such as
    /// `cache_creation_input_tokens`), or ones that would stand in for a member the encoder writes itself.
    static func unsentMembers(of usage: Usage) -> [String] {
        usage.additionalFields.compactMap { member in
            let key = member.key
            let consumed = namedExtensions.contains(key) || renamedDetails.contains { $0.openAI == key }
            return member.value.isNull || consumed || isSentVerbatim(key) ? nil : key
        }
    }

    /// Whether the usage extension member `key` is one of Gemini's members the codec does not name: spelled in
    /// lowerCamelCase (ASCII letters and digits, starting with a lowercase letter), and none of the members the
    /// encoder writes itself.
    private static func isSentVerbatim(_ key: String) -> Bool {
        guard let first = key.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        let lowerCamelCase = key.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return lowerCamelCase && !counted.contains(key) && !renamedDetails.contains { $0.native == key }
    }
}
