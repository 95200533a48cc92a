/// Adapts a typed OpenAI chat request to what a provider's features allow, recording every change: the part of
/// a capability table that concerns message content and request-level capabilities, not single parameters.
struct RequestFeatureAdapter {
    let features: ProviderFeatures

    /// Adapts `request`. Report paths use the request's original message indexes: messages are only marked for
    /// removal while adapting, and removed at the end.
    func adapt(_ request: inout ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError) {
        var removedMessages: Set<Int> = []
        try removeParts(&request, context: &context)
        if features.legacyFunctions == .convert {
            try LegacyFunctionConverter.convert(&request, removing: &removedMessages, context: &context)
        }
        try adaptSystemMessages(&request, removing: &removedMessages, context: &context)
        if !removedMessages.isEmpty {
            request.messages = request.messages.enumerated().filter { !removedMessages.contains($0.offset) }.map(
                \.element)
        }
        if features.tools == false {
            if request.tools != nil { try drop(&request.tools, "tools", "the provider has no tool calling", &context) }
            if request.toolChoice != nil {
                try drop(&request.toolChoice, "tool_choice", "the provider has no tool calling", &context)
            }
        }
        if features.tools == false || features.parallelToolCalls == false, request.parallelToolCalls != nil {
            try drop(
                &request.parallelToolCalls, "parallel_tool_calls", "the provider makes one tool call per turn", &context
            )
        }
        if features.audio == false {
            if request.audio != nil { try drop(&request.audio, "audio", "the provider has no audio output", &context) }
            if request.modalities?.contains("audio") == true {
                try drop(&request.modalities, "modalities", "the provider has no audio output", &context)
            }
        }
        try adaptResponseFormat(&request, context: &context)
        if features.streaming == false, request.stream == true {
            try context.record(.rejected, at: ["stream"], "the provider does not stream; not sent")
            request.stream = nil
        }
        if features.streaming == false || features.streamUsage == false, request.streamOptions?.includeUsage != nil {
            try context.record(
                .dropped, at: ["stream_options", "include_usage"], "the provider reports no stream usage")
            request.streamOptions?.includeUsage = nil
            if request.streamOptions?.json.objectValue?.isEmpty == true { request.streamOptions = nil }
        }
        if features.multipleChoices == false, let n = request.n, n != 1 {
            try context.record(.rejected, at: ["n"], "the provider returns one choice; n=\(n) not sent")
            request.n = nil
        }
        if features.logprobs == false {
            if request.logprobs != nil {
                try drop(&request.logprobs, "logprobs", "the provider has no log probabilities", &context)
            }
            if request.topLogprobs != nil {
                try drop(&request.topLogprobs, "top_logprobs", "the provider has no log probabilities", &context)
            }
        }
    }

    private func drop<Value>(_ value: inout Value?, _ name: String, _ why: String, _ context: inout TranslationContext)
        throws(TranslationError)
    {
        try context.record(.dropped, at: [.key(name)], "\(why); not sent")
        value = nil
    }

    /// `developer` and `system` messages as the provider's system role wants them; absent means unchanged.
    private func adaptSystemMessages(
        _ request: inout ChatCompletionRequest, removing removed: inout Set<Int>, context: inout TranslationContext
    ) throws(TranslationError) {
        guard let role = features.systemRole, role != .topLevel else { return }
        var instructions: [String] = []
        // Made only for a message that changes: most do not.
        func rolePath(_ index: Int) -> JSONPath { [.key("messages"), .index(index), .key("role")] }
        // Read first, write after, as in `removeParts(_:context:)`.
        var renamed: [(index: Int, role: Role)] = []
        for (index, message) in request.messages.enumerated() where !removed.contains(index) {
            switch (role, message.role) {
            case (.developer, .system):
                try context.record(.renamed, at: rolePath(index), "system messages are sent as developer messages")
                renamed.append((index, .developer))
            case (.message, .developer):
                try context.record(.renamed, at: rolePath(index), "developer messages are sent as system messages")
                renamed.append((index, .system))
            case (.unsupported, .system), (.unsupported, .developer):
                try context.record(
                    .approximated, at: rolePath(index),
                    "the provider has no system role; merged into the first user message")
                instructions.append(message.content?.joinedText ?? "")
                removed.insert(index)
            default:
                break
            }
        }
        for rename in renamed { request.messages[rename.index].role = rename.role }
        guard !instructions.isEmpty,
            let first = request.messages.indices.first(where: {
                !removed.contains($0) && request.messages[$0].role == .user
            })
        else { return }
        let preamble = instructions.joined(separator: "\n\n")
        switch request.messages[first].content {
        case .parts(let parts): request.messages[first].content = .parts([.text(preamble)] + parts)
        case .text(let text): request.messages[first].content = .text(preamble + "\n\n" + text)
        case nil: request.messages[first].content = .text(preamble)
        }
    }

    /// Removes content parts of kinds the provider cannot take.
    private func removeParts(_ request: inout ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError)
    {
        guard features.vision == false || features.audio == false || features.files == false else { return }
        let unsupported: [(ContentPartType, Bool?, String)] = [
            (.imageURL, features.vision, "the provider takes no images"),
            (.inputAudio, features.audio, "the provider takes no audio"),
            (.file, features.files, "the provider takes no files"),
        ]
        // Read first, write after: a loop that may write through `request` copies every message before it starts.
        var changed: [(index: Int, kept: [ContentPart])] = []
        for (index, message) in request.messages.enumerated() {
            guard case .parts(let parts) = message.content else { continue }
            var kept: [ContentPart] = []
            for (partIndex, part) in parts.enumerated() {
                if let (_, _, why) = unsupported.first(where: { $0.0 == part.type && $0.1 == false }) {
                    try context.record(
                        .dropped, at: [.key("messages"), .index(index), .key("content"), .index(partIndex)],
                        "\(why); part not sent")
                } else {
                    kept.append(part)
                }
            }
            if kept.count < parts.count { changed.append((index, kept)) }
        }
        for change in changed { request.messages[change.index].content = .parts(change.kept) }
    }

    private func adaptResponseFormat(_ request: inout ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError)
    {
        switch request.responseFormat {
        case .jsonObject? where features.jsonObject == false:
            try drop(&request.responseFormat, "response_format", "the provider has no JSON mode", &context)
        case .jsonSchema? where features.jsonSchema == false:
            if features.jsonObject != false {
                try context.record(
                    .approximated, at: ["response_format"],
                    "the provider has no JSON schema output; sent as json_object")
                request.responseFormat = .jsonObject
            } else {
                try drop(&request.responseFormat, "response_format", "the provider has no structured output", &context)
            }
        default:
            break
        }
    }
}
