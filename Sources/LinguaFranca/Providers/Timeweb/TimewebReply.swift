/// Timeweb agent replies (`{message, id, response_id, finish_reason}`) ⇄ OpenAI `chat.completion`, recording each
/// reply in the thread store under its message id so that the next turn finds it.
struct TimewebReply {
    let vocabulary: TableVocabulary

    /// The OpenAI response for a reply; the completion's `id` is the reply's message id.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` for a Timeweb error body; decoding
    ///   errors with the JSON path; store errors.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError) -> ChatCompletion {
        let body = try NativeObject(native, at: .root, expected: "Timeweb reply object")
        if body["status_code"] != nil || body["error_code"] != nil {
            throw try TimewebErrorCodec(vocabulary: vocabulary).providerError(native, context: context)
        }
        let id: String = try body.require("id")
        let message = ChatMessage(role: .assistant, text: try body.require("message"))
        var choice = ChatCompletionChoice(index: 0, message: message, finishReason: .stop)
        if let native: String = try body.decode("finish_reason") {
            if let reason = vocabulary.finishReason(for: native) {
                choice.finishReason = reason
            } else {
                try context.record(.approximated, at: ["finish_reason"], "OpenAI has no '\(native)'; sent as stop")
            }
        }
        var response = ChatCompletion(
            id: id, created: context.options.createdTimestamp,
            model: context.capabilities.model ?? context.options.providerSettings["agent_id"] ?? "timeweb-agent",
            choices: [choice])
        for member in body.object where !["id", "message", "finish_reason"].contains(member.key) {
            response.additionalFields.append(member.value, forKey: member.key)
        }
        try remember(message, as: id, context: context)
        return response
    }

    /// The reply for an OpenAI response, recorded in the store. A response decoded from Timeweb (it carries the
    /// `response_id` extension) keeps its message id; any other gets a fresh one, and its own id goes to
    /// `response_id`.
    ///
    /// - Throws: store errors, and ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func encode(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError) -> JSONValue {
        guard let choice = response.choices.first else {
            throw context.error(.missingField, at: ["choices"], "a Timeweb reply needs one choice")
        }
        for index in response.choices.indices.dropFirst() {
            try context.record(.dropped, at: [.key("choices"), .index(index)], "a Timeweb reply has one answer")
        }
        if choice.message.toolCalls?.isEmpty == false {
            try context.record(
                .dropped, at: [.key("choices"), .index(0), .key("message"), .key("tool_calls")],
                "the agent API has no tool calls")
        }
        try context.reportUnsentMembers(
            of: choice.message, at: [.key("choices"), .index(0), .key("message")], consumed: [])
        var finishReason = "stop"
        if let reason = choice.finishReason {
            if let native = vocabulary.nativeFinishReasons[reason.rawValue] {
                finishReason = native
            } else {
                try context.record(
                    .approximated, at: [.key("choices"), .index(0), .key("finish_reason")],
                    "Timeweb has no '\(reason)'; sent as stop")
            }
        }
        let text = choice.message.content?.joinedText ?? choice.message.refusal ?? ""
        let id = response.additionalFields["response_id"] != nil ? response.id : RandomUUID.make()
        let reply: JSONObject = [
            "message": .string(text), "id": .string(id),
            "response_id": response.additionalFields["response_id"] ?? .string(response.id),
            "finish_reason": .string(finishReason),
        ]
        try remember(ChatMessage(role: .assistant, text: text), as: id, context: context)
        return .object(reply)
    }

    /// Records the conversation of this exchange, ending with `reply`, when the context has a store and a
    /// conversation.
    private func remember(_ reply: ChatMessage, as id: String, context: TranslationContext) throws(TranslationError) {
        guard let store = context.threadStore, let conversation = context.conversation else { return }
        try store.record(conversation + [reply], endingWith: id)
    }
}

/// Version 4 UUIDs, as Timeweb's message ids are.
enum RandomUUID {
    /// A fresh random UUID in its lower-case text form.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(
            separator: "-")
    }
}
