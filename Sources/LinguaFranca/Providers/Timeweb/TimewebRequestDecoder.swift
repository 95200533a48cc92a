/// Translates a Timeweb agent `/call` body into the OpenAI request it means: the conversation it continues, rebuilt
/// from the thread store by `parent_message_id`, and the new user message.
struct TimewebRequestDecoder {
    /// The OpenAI request for `native`; the conversation is left in `context.conversation` for the reply.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/threadNotFound`` for a parent id the store does not
    ///   know (unless the `unknown_parent` setting is `start`); decoding errors with the JSON path.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        let body = try NativeObject(native, at: .root, expected: "Timeweb call object")
        let text: String = try body.require("message")
        var history: [ChatMessage] = []
        if let parent: String = try body.decode("parent_message_id"), !parent.isEmpty {
            if let stored = try context.threadStore?.conversation(endingWith: parent) {
                history = stored
            } else if context.options.providerSettings["unknown_parent"] == "start" {
                try context.record(
                    .approximated, at: ["parent_message_id"],
                    "no stored thread ends with '\(parent)'; the conversation starts at this message")
            } else {
                throw context.error(
                    .threadNotFound, at: ["parent_message_id"],
                    context.threadStore == nil
                        ? "'\(parent)' continues a thread, and the translation has no thread store"
                        : "no stored thread ends with the message '\(parent)'")
            }
        }
        let model = context.capabilities.model ?? context.options.providerSettings["agent_id"] ?? "timeweb-agent"
        var request = ChatCompletionRequest(model: model, messages: history + [ChatMessage(role: .user, text: text)])
        for member in body.object where member.key != "message" && member.key != "parent_message_id" {
            try context.record(
                .converted, at: [.key(member.key)], "no OpenAI parameter; kept as the extension member \(member.key)")
            request.additionalFields.append(member.value, forKey: member.key)
        }
        context.conversation = request.messages
        return request
    }
}
