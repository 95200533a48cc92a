extension ChatCompletion {
    /// The chunks a streaming server would send for this response (the inverse of ``ChunkAccumulator``), used to
    /// serve `stream: true` from providers that cannot stream. It does not throw.
    ///
    /// Every chunk repeats `id`, `created`, `model`, `system_fingerprint`, `service_tier` and the response's
    /// vendor members. Each choice, in order, streams as: a role chunk (`content` `""` when the message has
    /// content; the message's `name`, `annotations`, `audio` and vendor members ride in this delta); content
    /// fragments (parts content streams as its joined text); refusal fragments; for each tool call, a first piece
    /// with `index`, `id`, `type`, the function's name and empty `arguments`, then argument fragments; a legacy
    /// function call likewise; then a finish chunk with an empty delta, the choice's `finish_reason`, log
    /// probabilities and vendor members. With `includeUsage` and usage present, a last chunk with no choices
    /// carries the usage.
    ///
    /// - Parameters:
    ///   - charactersPerChunk: The most `Character`s a text fragment holds; a character is never split. Values
    ///     below 1 count as 1.
    ///   - includeUsage: Whether to end with the usage-only chunk, as `stream_options.include_usage` asks.
    public func streamChunks(charactersPerChunk: Int = 16, includeUsage: Bool = true) -> [ChatCompletionChunk] {
        let streamer = ChoiceStreamer(charactersPerChunk: max(charactersPerChunk, 1))
        var chunks: [ChatCompletionChunk] = []
        for choice in choices {
            for piece in streamer.pieces(of: choice) {
                chunks.append(chunk(carrying: [piece], usage: nil))
            }
        }
        if includeUsage, let usage {
            chunks.append(chunk(carrying: [], usage: usage))
        }
        return chunks
    }

    private func chunk(carrying choices: [ChatCompletionChunkChoice], usage: Usage?) -> ChatCompletionChunk {
        ChatCompletionChunk(
            id: id, created: created, model: model, systemFingerprint: systemFingerprint, serviceTier: serviceTier,
            choices: choices, usage: usage, additionalFields: additionalFields)
    }
}

/// Cuts one response choice into the chunk choices that stream it.
private struct ChoiceStreamer {
    /// The most characters a text fragment holds, at least 1.
    var charactersPerChunk: Int

    /// The choice's role, content, refusal, tool call and function call deltas, then its finish.
    func pieces(of choice: ChatCompletionChoice) -> [ChatCompletionChunkChoice] {
        let message = choice.message
        var deltas = [roleDelta(of: message)]
        deltas += fragments(of: message.content?.joinedText).map { ChatCompletionDelta(content: $0) }
        deltas += refusalDeltas(of: message.refusal)
        for (index, call) in (message.toolCalls ?? []).enumerated() {
            deltas += toolCallDeltas(of: call, index: index)
        }
        if let call = message.functionCall {
            deltas += functionCallDeltas(of: call)
        }
        var pieces = deltas.map { ChatCompletionChunkChoice(index: choice.index, delta: $0) }
        pieces.append(
            ChatCompletionChunkChoice(
                index: choice.index, delta: ChatCompletionDelta(), logprobs: choice.logprobs,
                finishReason: choice.finishReason, additionalFields: choice.additionalFields))
        return pieces
    }

    private func roleDelta(of message: ChatMessage) -> ChatCompletionDelta {
        var fields = message.additionalFields
        if let name = message.name { fields["name"] = .string(name) }
        if let annotations = message.annotations { fields["annotations"] = .array(annotations) }
        if let audio = message.audio { fields["audio"] = .object(audio) }
        return ChatCompletionDelta(
            role: message.role, content: message.content == nil ? nil : "", additionalFields: fields)
    }

    /// The refusal's fragments; an empty refusal still gets one (empty) fragment, so that it is not lost.
    private func refusalDeltas(of refusal: String?) -> [ChatCompletionDelta] {
        guard let refusal else { return [] }
        let pieces = refusal.isEmpty ? [""] : fragments(of: refusal)
        return pieces.map { ChatCompletionDelta(refusal: $0) }
    }

    private func toolCallDeltas(of call: ToolCall, index: Int) -> [ChatCompletionDelta] {
        let first = ToolCallDelta(
            index: index, id: call.id, type: call.type, function: call.function.map(firstPiece),
            additionalFields: call.additionalFields)
        let rest = fragments(of: call.function?.arguments).map {
            ToolCallDelta(index: index, function: FunctionCallDelta(arguments: $0))
        }
        return ([first] + rest).map { ChatCompletionDelta(toolCalls: [$0]) }
    }

    private func functionCallDeltas(of call: FunctionCall) -> [ChatCompletionDelta] {
        let rest = fragments(of: call.arguments).map { FunctionCallDelta(arguments: $0) }
        return ([firstPiece(of: call)] + rest).map { ChatCompletionDelta(functionCall: $0) }
    }

    /// A function's name and vendor members, with empty arguments.
    private func firstPiece(of function: FunctionCall) -> FunctionCallDelta {
        FunctionCallDelta(name: function.name, arguments: "", additionalFields: function.additionalFields)
    }

    /// `text` cut into runs of at most `charactersPerChunk` characters; none for an absent or empty text.
    private func fragments(of text: String?) -> [String] {
        guard let text else { return [] }
        var pieces: [String] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.index(start, offsetBy: charactersPerChunk, limitedBy: text.endIndex) ?? text.endIndex
            pieces.append(String(text[start..<end]))
            start = end
        }
        return pieces
    }
}
