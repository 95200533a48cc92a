/// An OpenAI assistant message as the `parts` of a Gemini `model` content: replayed thought parts first, then
/// text, then one `functionCall` part per tool call (`Mappings/gemini.md`, "Requests").
enum GeminiModelContent {
    /// The prefix of the tool call ids the codec makes up for Gemini calls that have none; such ids are not sent
    /// back to Gemini.
    static let synthesizedIDPrefix = "gemini-call-"
    /// The extension members of an assistant message that ``parts(of:at:context:)`` sends.
    static let sentExtensions: Set<String> = ["thinking_blocks", "reasoning_content", "thought_signature"]

    /// Whether Gemini should see `id`: it is not one the codec made up.
    static func sendsID(_ id: String) -> Bool { !id.utf8.starts(with: synthesizedIDPrefix.utf8) }

    /// The parts for `message` found at `path`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/typeMismatch`` for `thinking_blocks` that are not
    ///   objects, the errors of ``ToolArguments/object(from:at:context:)``, and ``TranslationError/Code/unsupported``
    ///   for a loss under `.strict`.
    static func parts(of message: ChatMessage, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        var parts: [JSONValue] = []
        if let thinking = message.additionalFields["thinking_blocks"], !thinking.isNull {
            guard case .array(let blocks) = thinking else {
                throw context.error(
                    .typeMismatch, at: path.appending("thinking_blocks"),
                    "expected an array of thinking blocks, found \(thinking.kindName)")
            }
            for (index, block) in blocks.enumerated() {
                guard block["type"] == "thinking", let text = block["thinking"]?.stringValue else {
                    try context.record(
                        .dropped, at: path.appending("thinking_blocks").appending(.index(index)),
                        "Gemini replays only thinking text with its signature")
                    continue
                }
                var part: JSONObject = ["text": .string(text), "thought": true]
                if let signature = block["signature"]?.stringValue {
                    part.append(.string(signature), forKey: "thoughtSignature")
                }
                parts.append(.object(part))
            }
        } else if message.additionalFields["reasoning_content"]?.stringValue != nil {
            try context.record(
                .dropped, at: path.appending("reasoning_content"),
                "reasoning without its thinking_blocks (and their signatures) cannot be replayed to Gemini")
        }
        var textParts: [JSONValue] = []
        try GeminiParts.encode(message.content, ofMessageAt: path, into: &textParts, context: &context)
        if let refusal = message.refusal {
            try context.record(.approximated, at: path.appending("refusal"), "Gemini has no refusal; sent as text")
            textParts.append(GeminiParts.text(refusal))
        }
        if let signature = message.additionalFields["thought_signature"]?.stringValue, let first = textParts.first,
            case .object(var part) = first
        {
            part["thoughtSignature"] = .string(signature)
            textParts[0] = .object(part)
        }
        parts += textParts
        for (index, call) in (message.toolCalls ?? []).enumerated() {
            let callPath = path.appending("tool_calls").appending(.index(index))
            guard call.type == .function, let function = call.function else {
                try context.record(.dropped, at: callPath, "Gemini takes function calls only; not sent")
                continue
            }
            var functionCall = JSONObject(minimumCapacity: 3)
            if sendsID(call.id) { functionCall.append(.string(call.id), forKey: "id") }
            functionCall.append(.string(function.name), forKey: "name")
            functionCall.append(
                .object(
                    try ToolArguments.object(
                        from: function.arguments, at: callPath.appending("function").appending("arguments"),
                        context: &context)), forKey: "args")
            var part: JSONObject = ["functionCall": .object(functionCall)]
            if let signature = call.additionalFields["thought_signature"]?.stringValue {
                part.append(.string(signature), forKey: "thoughtSignature")
            }
            parts.append(.object(part))
        }
        return parts
    }
}
