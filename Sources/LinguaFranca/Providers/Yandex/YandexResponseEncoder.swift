/// Translates an OpenAI `chat.completion` into a Yandex completion response — the inverse of
/// ``YandexResponseDecoder``.
struct YandexResponseEncoder {
    let vocabulary: TableVocabulary

    /// The Yandex response for `response`.
    ///
    /// - Throws: the errors of ``ToolArguments/object(from:at:context:)``, and ``TranslationError/Code/unsupported``
    ///   for a loss under `.strict`.
    func encode(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError) -> JSONValue {
        var alternatives: [JSONValue] = []
        for (position, choice) in response.choices.enumerated() {
            let path: JSONPath = [.key("choices"), .index(position), .key("message")]
            try context.reportUnsentMembers(of: choice.message, at: path, consumed: [])
            var alternative: JSONObject = [
                "message": .object(try Self.message(choice.message, at: path, context: &context))
            ]
            alternative.append(
                .string(
                    choice.finishReason.map(vocabulary.nativeFinishReason(for:)) ?? "ALTERNATIVE_STATUS_UNSPECIFIED"),
                forKey: "status")
            alternatives.append(.object(alternative))
        }
        var result: JSONObject = ["alternatives": .array(alternatives)]
        if let usage = response.usage { result.append(.object(YandexUsage.encode(usage)), forKey: "usage") }
        if let version = response.systemFingerprint { result.append(.string(version), forKey: "modelVersion") }
        return ["result": .object(result)]
    }

    /// An assistant message as Yandex's: its tool calls when it has any (text then cannot travel: reported),
    /// else its text.
    static func message(_ message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONObject
    {
        let calls = message.toolCalls ?? []
        guard !calls.isEmpty else {
            return ["role": "assistant", "text": .string(message.content?.joinedText ?? message.refusal ?? "")]
        }
        if let text = message.content?.joinedText, !text.isEmpty {
            try context.record(
                .dropped, at: path.appending("content"), "a Yandex alternative holds tool calls or text, not both")
        }
        var list: [JSONValue] = []
        for (index, call) in calls.enumerated() {
            guard let function = call.function else { continue }
            let arguments = try ToolArguments.object(
                from: function.arguments,
                at: path.appending("tool_calls").appending(.index(index)).appending("function").appending("arguments"),
                context: &context)
            list.append(["functionCall": ["name": .string(function.name), "arguments": .object(arguments)]])
        }
        return ["role": "assistant", "toolCallList": ["toolCalls": .array(list)]]
    }
}
