/// OpenAI messages ⇄ Yandex messages, which hold exactly one of `text`, `toolCallList` and `toolResultList` and
/// carry no tool call ids (`Mappings/yandex.md`, "Requests").
enum YandexMessages {
    /// The prefix of the tool call ids the codec makes up.
    static let idPrefix = "yandex-call-"

    /// OpenAI messages as Yandex messages.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/invalidValue`` for a tool message answering no
    ///   known call or (under `.strict`) tool arguments that are not an object;
    ///   ``TranslationError/Code/missingField`` for a tool message without `tool_call_id`;
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    static func encode(_ messages: [ChatMessage], context: inout TranslationContext) throws(TranslationError)
        -> [JSONValue]
    {
        var encoded: [JSONValue] = []
        encoded.reserveCapacity(messages.count)
        var calls: [String: String] = [:]
        var results: [JSONValue] = []
        func flushResults() {
            guard !results.isEmpty else { return }
            encoded.append(["role": "assistant", "toolResultList": ["toolResults": .array(results)]])
            results = []
        }
        let messagesPath = JSONPath.root.appending("messages")
        for (index, message) in messages.enumerated() {
            // Made only for a report or an error: most messages have neither.
            func path() -> JSONPath { messagesPath.appending(.index(index)) }
            try context.reportUnsentMembers(of: message, at: path(), consumed: [])
            if message.role == .tool {
                guard let id = message.toolCallID else {
                    throw context.error(.missingField, at: path(), "a tool message needs tool_call_id")
                }
                guard let name = calls[id] else {
                    throw context.error(
                        .invalidValue, at: path().appending("tool_call_id"),
                        "'\(id)' answers no earlier tool call, and Yandex needs the function's name")
                }
                results.append([
                    "functionResult": ["name": .string(name), "content": .string(message.content?.joinedText ?? "")]
                ])
                continue
            }
            flushResults()
            let text = try self.text(of: message, at: path(), context: &context)
            let toolCalls = message.toolCalls ?? []
            if text == nil, toolCalls.isEmpty {
                try context.record(.dropped, at: path(), "a message with no text and no tool calls cannot be sent")
                continue
            }
            if let text, !(text.isEmpty && !toolCalls.isEmpty) {
                var plain = JSONObject(minimumCapacity: 2)
                plain.append(.string(message.role.rawValue), forKey: "role")
                plain.append(.string(text), forKey: "text")
                encoded.append(.object(plain))
            }
            guard !toolCalls.isEmpty else { continue }
            if let text, !text.isEmpty {
                try context.record(
                    .converted, at: path(), "sent as two messages, text then tool calls: a Yandex message holds one")
            }
            var list: [JSONValue] = []
            for (callIndex, call) in toolCalls.enumerated() {
                let callPath = path().appending("tool_calls").appending(.index(callIndex))
                guard call.type == .function, let function = call.function else {
                    try context.record(.dropped, at: callPath, "Yandex takes function calls only; not sent")
                    continue
                }
                calls[call.id] = function.name
                let arguments = try ToolArguments.object(
                    from: function.arguments, at: callPath.appending("function").appending("arguments"),
                    context: &context)
                list.append(["functionCall": ["name": .string(function.name), "arguments": .object(arguments)]])
            }
            encoded.append(["role": "assistant", "toolCallList": ["toolCalls": .array(list)]])
        }
        flushResults()
        return encoded
    }

    /// The message's text: the string, or the text parts joined (reported); other parts are dropped (reported).
    private static func text(
        of message: ChatMessage, at path: @autoclosure () -> JSONPath, context: inout TranslationContext
    ) throws(TranslationError) -> String? {
        var text: String?
        switch message.content {
        case nil: text = nil
        case .text(let value)?: text = value
        case .parts(let parts)?:
            try context.record(.converted, at: path().appending("content"), "text parts sent joined as one text")
            for (index, part) in parts.enumerated() {
                if part.type == .text, let value = part.text {
                    text = (text ?? "") + value
                } else {
                    try context.record(
                        .dropped, at: path().appending("content").appending(.index(index)),
                        "Yandex messages take text only")
                }
            }
            text = text ?? ""
        }
        if let refusal = message.refusal {
            try context.record(.approximated, at: path().appending("refusal"), "Yandex has no refusal; sent as text")
            text = (text ?? "") + refusal
        }
        return text
    }

    /// Yandex messages as OpenAI messages: tool call ids made up as `yandex-call-<message>-<n>`, each tool result
    /// paired with the earliest unanswered call of its name.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/invalidValue`` for a message with more (or fewer)
    ///   than one of `text`, `toolCallList` and `toolResultList`; decoding errors with the JSON path.
    static func decode(_ values: PathedElements, context: inout TranslationContext)
        throws(TranslationError) -> [ChatMessage]
    {
        var messages: [ChatMessage] = []
        var pending: [(id: String, name: String)] = []
        for (position, (value, path)) in values.enumerated() {
            let message = try NativeObject(value, at: path, expected: "message object")
            let role: String = try message.require("role")
            let present = ["text", "toolCallList", "toolResultList"].filter { message[$0] != nil }
            guard present.count == 1 else {
                throw context.error(
                    .invalidValue, at: path,
                    "a Yandex message holds exactly one of text, toolCallList and toolResultList; this one has "
                        + (present.isEmpty ? "none" : present.joined(separator: " and ")))
            }
            if let text: String = try message.decode("text") {
                messages.append(ChatMessage(role: Role(rawValue: role), text: text))
            } else if let list = try message.nested("toolCallList") {
                var calls: [ToolCall] = []
                for (callValue, callPath) in try list.elements("toolCalls") ?? .empty {
                    let call = try NativeObject(callValue, at: callPath, expected: "tool call object")
                    guard let function = try call.nested("functionCall") else {
                        throw .missingField("functionCall", at: callPath)
                    }
                    let id = idPrefix + "\(position)-\(calls.count)"
                    let name: String = try function.require("name")
                    calls.append(
                        ToolCall(
                            id: id,
                            function: FunctionCall(
                                name: name, arguments: ToolArguments.text(from: function["arguments"] ?? [:]))))
                    pending.append((id, name))
                }
                messages.append(ChatMessage(role: .assistant, toolCalls: calls))
            } else if let list = try message.nested("toolResultList") {
                for (resultValue, resultPath) in try list.elements("toolResults") ?? .empty {
                    let result = try NativeObject(resultValue, at: resultPath, expected: "tool result object")
                    guard let function = try result.nested("functionResult") else {
                        throw .missingField("functionResult", at: resultPath)
                    }
                    let name: String = try function.require("name")
                    let id: String
                    if let match = pending.firstIndex(where: { $0.name == name }) {
                        id = pending.remove(at: match).id
                    } else {
                        id = idPrefix + "result-" + name
                        try context.record(
                            .approximated, at: function.path,
                            "answers no earlier function call; its tool_call_id is made up")
                    }
                    messages.append(
                        ChatMessage(role: .tool, content: .text(try function.decode("content") ?? ""), toolCallID: id))
                }
            }
        }
        return messages
    }
}
