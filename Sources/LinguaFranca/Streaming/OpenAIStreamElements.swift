/// An OpenAI chat stream repeats each chunk's id, object, created, model, fingerprint, choice index and nulls; from
/// chunk to chunk only the first choice's fragments change (content, refusal, the first tool call's arguments, the
/// reasoning text OpenAI-compatible servers add as `reasoning_content` or `reasoning`) and the random `obfuscation`
/// padding OpenAI adds to every chunk.
extension ChatCompletionChunk: RepeatingStreamElement {
    static let varyingMembers: [VaryingMember<ChatCompletionChunk>] = [
        deltaString("content", value: { $0.content }, replace: { $0.content = $1 }),
        deltaString("refusal", value: { $0.refusal }, replace: { $0.refusal = $1 }),
        deltaString(
            "reasoning_content", value: { $0.additionalFields["reasoning_content"]?.stringValue },
            replace: { $0.additionalFields["reasoning_content"] = .string($1) }),
        deltaString(
            "reasoning", value: { $0.additionalFields["reasoning"]?.stringValue },
            replace: { $0.additionalFields["reasoning"] = .string($1) }),
        .string(
            [
                .key("choices"), .index(0), .key("delta"), .key("tool_calls"), .index(0), .key("function"),
                .key("arguments"),
            ],
            value: { $0.choices.first?.delta.toolCalls?.first?.function?.arguments },
            replace: { chunk, string in
                guard !chunk.choices.isEmpty, chunk.choices[0].delta.toolCalls?.isEmpty == false else { return }
                chunk.choices[0].delta.toolCalls?[0].function?.arguments = string
            }),
        .string(
            [.key("obfuscation")], value: { $0.additionalFields["obfuscation"]?.stringValue },
            replace: { $0.additionalFields["obfuscation"] = .string($1) }),
    ]

    /// The string member `key` of the first choice's delta.
    private static func deltaString(
        _ key: String, value: @escaping @Sendable (ChatCompletionDelta) -> String?,
        replace: @escaping @Sendable (inout ChatCompletionDelta, String) -> Void
    ) -> VaryingMember<ChatCompletionChunk> {
        .string(
            [.key("choices"), .index(0), .key("delta"), .key(key)],
            value: { chunk in chunk.choices.first.flatMap { value($0.delta) } },
            replace: { chunk, string in
                guard !chunk.choices.isEmpty else { return }
                replace(&chunk.choices[0].delta, string)
            })
    }
}

/// A legacy completions stream changes only the first choice's text from chunk to chunk.
extension Completion: RepeatingStreamElement {
    static let varyingMembers: [VaryingMember<Completion>] = [
        .string(
            [.key("choices"), .index(0), .key("text")], value: { $0.choices.first?.text },
            replace: { chunk, string in
                guard !chunk.choices.isEmpty else { return }
                chunk.choices[0].text = string
            })
    ]
}
