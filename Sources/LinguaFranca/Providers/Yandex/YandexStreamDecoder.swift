/// Decodes a Yandex completion stream — newline-delimited `{"result": …}` objects, each with the whole text so far —
/// into OpenAI chat completion chunks, incrementally (`Mappings/yandex.md`, "Streams").
///
/// For each alternative it keeps the text already sent: a line whose text extends it gives a delta of the new
/// part; a line that rewrites the sent text is held (nothing is sent until a line extends the sent text again),
/// and a final text that still does not extend it is recorded in ``report``, since OpenAI deltas cannot take text
/// back. The last usage becomes the usage chunk at the end.
public struct YandexStreamDecoder: ChatStreamDecoder {
    private struct AlternativeState {
        var sent = ""
        var finished = false
    }

    private var context: TranslationContext
    private let vocabulary: TableVocabulary
    private let created: Int
    private let id: String
    private var lines = JSONLinesReader()
    private var alternatives: [Int: AlternativeState] = [:]
    private var usage: Usage?
    private var fingerprint: String?

    init(context: TranslationContext, vocabulary: TableVocabulary) {
        var context = context
        context.direction = TranslationDirection(.decode, .stream)
        self.context = context
        self.vocabulary = vocabulary
        created = context.options.createdTimestamp
        id = context.options.responseIDValue
        lines.recordsPositions = true
    }

    /// What the stream lost on the way: rewritten text that could not be sent.
    public var report: TranslationReport { context.report }

    /// Consumes stream bytes, appending every chunk they complete.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` (with the OpenAI error body) for an
    ///   error line; ``TranslationError/Code/malformedJSON`` for a line that is not JSON; decoding errors for lines
    ///   of the wrong shape; each placed at the line.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        try handle(try lines.documents(in: bytes, for: context), into: &output)
    }

    /// Ends the stream: the usage chunk.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when no alternative reached a final status, and the
    ///   errors of ``feed(_:into:)`` for a last line without a line end.
    public mutating func finish(into output: inout [ChatCompletionChunk]) throws(TranslationError) {
        try handle(try lines.remainingDocuments(for: context), into: &output)
        guard !alternatives.isEmpty, alternatives.values.allSatisfy(\.finished) else {
            throw context.error(.truncatedStream, at: .root, "the stream ended before a final status")
        }
        if context.options.streamUsage, let usage {
            output.append(chunk(choices: [], usage: usage))
        }
    }

    private mutating func handle(_ documents: [PlacedDocument], into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        try JSONLinesReader.each(documents, for: context) { (value) throws(TranslationError) in
            try handle(value, into: &output)
        }
    }

    private mutating func handle(_ value: JSONValue, into output: inout [ChatCompletionChunk]) throws(TranslationError)
    {
        let line = try NativeObject(value, at: .root, expected: "stream line object")
        if line["error"] != nil {
            throw try YandexErrorCodec(vocabulary: vocabulary).providerError(value, context: context)
        }
        guard let result = try line.nested("result") else { throw .missingField("result") }
        fingerprint = try result.decode("modelVersion") ?? fingerprint
        if let counts = try result.nested("usage") { usage = try YandexUsage.decode(counts) }
        for (index, (alternativeValue, path)) in (try result.elements("alternatives") ?? .empty).enumerated() {
            let alternative = try NativeObject(alternativeValue, at: path, expected: "alternative object")
            var state = alternatives[index] ?? AlternativeState()
            guard !state.finished else {
                throw context.error(.invalidValue, at: path, "alternative \(index) continues after its final status")
            }
            if alternatives[index] == nil {
                output.append(chunk(index, ChatCompletionDelta(role: .assistant)))
            }
            let status: String? = try alternative.decode("status")
            let reason = status.flatMap(vocabulary.finishReason(for:))
            var message = ChatMessage(role: .assistant)
            if let native = alternative["message"] {
                message = try YandexResponseDecoder.message(
                    native, index: index, at: alternative.path("message"), context: &context)
            }
            if let text = message.content?.joinedText {
                if text.utf8.starts(with: state.sent.utf8) {
                    let fresh = String(text.utf8.dropFirst(state.sent.utf8.count)) ?? ""
                    if !fresh.isEmpty { output.append(chunk(index, ChatCompletionDelta(content: fresh))) }
                    state.sent = text
                } else if reason != nil {
                    try context.record(
                        .approximated,
                        at: [.key("result"), .key("alternatives"), .index(index), .key("message"), .key("text")],
                        "the final text rewrites what was already streamed, which OpenAI deltas cannot take back; final text: \(text)"
                    )
                }
            }
            for (callIndex, call) in (message.toolCalls ?? []).enumerated() {
                output.append(
                    chunk(
                        index,
                        ChatCompletionDelta(toolCalls: [
                            ToolCallDelta(
                                index: callIndex, id: call.id, type: .function,
                                function: FunctionCallDelta(
                                    name: call.function?.name, arguments: call.function?.arguments))
                        ])))
            }
            if let reason, !state.finished {
                var choice = ChatCompletionChunkChoice(index: index, delta: ChatCompletionDelta())
                choice.finishReason = reason
                output.append(chunk(choices: [choice]))
                state.finished = true
            }
            alternatives[index] = state
        }
    }

    private func chunk(_ index: Int, _ delta: ChatCompletionDelta) -> ChatCompletionChunk {
        chunk(choices: [ChatCompletionChunkChoice(index: index, delta: delta)])
    }

    private func chunk(choices: [ChatCompletionChunkChoice], usage: Usage? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(
            id: id, created: created, model: context.capabilities.model ?? "", systemFingerprint: fingerprint,
            choices: choices, usage: usage)
    }
}
