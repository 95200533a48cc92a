/// Translates an OpenAI chat request into a Timeweb agent `/call` body (`Mappings/timeweb.md`): only the newest user
/// message travels, with the id of the stored conversation it continues as `parent_message_id`; what the agent's own
/// settings decide is not sent, and every such value is reported.
struct TimewebRequestEncoder {
    /// The body for `request`; the conversation is left in `context.conversation` for the reply to be recorded.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/invalidValue`` when the last message is not the
    ///   user's; ``TranslationError/Code/threadNotFound`` for a history no stored thread holds under the `fail`
    ///   policy; ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func encode(_ request: ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError)
        -> JSONObject
    {
        var request = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&request, context: &context)
        let passing = try context.nativeScalarParameters(
            of: request, keeping: .reasoningEffort, streamOptionsNote: "the agent API does not stream")
        if request.stream == true {
            try context.record(
                .converted, at: ["stream"], "the agent API does not stream; the whole reply is served as chunks")
        }
        for member in passing {
            try context.record(.dropped, at: [.key(member.key)], "the agent API takes no such parameter")
        }
        var conversation: [ChatMessage] = []
        for (index, message) in request.messages.enumerated() {
            // Made only for a report or an error: most messages have neither.
            func path() -> JSONPath { [.key("messages"), .index(index)] }
            if message.role == .system || message.role == .developer {
                try context.record(
                    .rejected, at: path(), "the agent's system prompt is set in its settings, not per call")
                continue
            }
            if message.role == .tool {
                try context.record(.dropped, at: path(), "the agent API has no tool results")
                continue
            }
            if message.toolCalls?.isEmpty == false {
                try context.record(.dropped, at: path().appending("tool_calls"), "the agent API has no tool calls")
            }
            try context.reportUnsentMembers(of: message, at: path(), consumed: [])
            conversation.append(message)
        }
        guard let newest = conversation.last, newest.role == .user else {
            throw context.error(
                .invalidValue, at: [.key("messages"), .index(max(0, request.messages.count - 1)), .key("role")],
                "the agent API sends the user's newest message; the request must end with one")
        }
        let history = Array(conversation.dropLast())
        let text = newest.content?.joinedText ?? ""
        context.conversation = conversation
        var body: JSONObject = [:]
        guard !history.isEmpty else {
            body.append(.string(text), forKey: "message")
            return body
        }
        let match = try context.threadStore?.longestKnownPrefix(of: history)
        let known = min(max(0, match?.length ?? 0), history.count)
        let unknown = history[known...]
        if !unknown.isEmpty {
            guard (context.options.providerSettings["history"] ?? "replay") == "replay" else {
                throw context.error(
                    .threadNotFound, at: ["messages"],
                    "no stored thread holds \(unknown.count) of the earlier messages, and the history policy is fail"
                )
            }
            try context.record(
                .approximated, at: ["messages"],
                "\(unknown.count) earlier messages no stored thread holds are sent as a transcript in the message")
        }
        body.append(.string(unknown.isEmpty ? text : Self.transcript(unknown, then: text)), forKey: "message")
        if let match { body.append(.string(match.id), forKey: "parent_message_id") }
        return body
    }

    /// Earlier turns written out before the newest message: `user: …`, `assistant: …`, blank lines between.
    static func transcript(_ turns: ArraySlice<ChatMessage>, then newest: String) -> String {
        (turns.map { "\($0.role.rawValue): \($0.content?.joinedText ?? "")" } + ["user: " + newest])
            .joined(separator: "\n\n")
    }
}
