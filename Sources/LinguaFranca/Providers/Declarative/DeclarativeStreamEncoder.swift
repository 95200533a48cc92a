/// Encodes OpenAI chunks as a declarative dialect's stream: one document per content delta (the text so far when the
/// dialect streams cumulative text), and a last one with the end member, the finish reason and the counts; each
/// document a JSON line, or a data-only server-sent event for an SSE-framed dialect.
public struct DeclarativeStreamEncoder: ChatStreamEncoder {
    /// The encoder consumes OpenAI chunks.
    public typealias Input = ChatCompletionChunk

    private let dialect: ChatDialect
    private let vocabulary: TableVocabulary
    private let provider: ProviderID
    private let writer = JSONWriter()
    private var text = ""
    private var finishReason: FinishReason?
    private var usage: Usage?
    private var finished = false
    private let serverSentEvents: Bool
    private var losses: StreamLossRecorder

    init(context: TranslationContext, dialect: ChatDialect, vocabulary: TableVocabulary, serverSentEvents: Bool) {
        provider = context.provider
        self.dialect = dialect
        self.vocabulary = vocabulary
        self.serverSentEvents = serverSentEvents
        losses = StreamLossRecorder(context: context)
    }

    /// What the stream could not carry: answers after the first, tool calls, reasoning, log probabilities.
    public var report: TranslationReport { losses.report }

    /// Appends the line for one chunk's content.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a dialect without a stream layout;
    ///   ``TranslationError/Code/invalidValue`` after ``finish(into:)``.
    public mutating func encode(_ chunk: ChatCompletionChunk, into bytes: inout [UInt8]) throws(TranslationError) {
        guard let layout = dialect.stream else { throw error(.unsupported, "the dialect describes no stream") }
        guard !finished else { throw error(.invalidValue, "a chunk after the end of the stream") }
        if let usage = chunk.usage { self.usage = usage }
        for choice in chunk.choices {
            try recordUnsentMembers(of: choice)
            guard choice.index == 0 else { continue }
            if let reason = choice.finishReason { finishReason = reason }
            let fresh = (choice.delta.content ?? "") + (choice.delta.refusal ?? "")
            guard !fresh.isEmpty else { continue }
            text += fresh
            var line = JSONObject()
            line.setValue(.string(layout.cumulative ? text : fresh), atDottedPath: layout.text)
            write(line, into: &bytes)
        }
    }

    /// Appends the last line.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a dialect without a stream layout;
    ///   ``TranslationError/Code/invalidValue`` when the stream already ended.
    public mutating func finish(into bytes: inout [UInt8]) throws(TranslationError) {
        guard let layout = dialect.stream else { throw error(.unsupported, "the dialect describes no stream") }
        guard !finished else { throw error(.invalidValue, "the stream already ended") }
        finished = true
        var line = JSONObject()
        line.setValue(true, atDottedPath: layout.end)
        if let place = dialect.response.finishReason {
            line.setValue(.string(vocabulary.nativeFinishReason(for: finishReason ?? .stop)), atDottedPath: place)
        }
        DeclarativeResponses.place(usage, layout.usage, into: &line)
        write(line, into: &bytes)
    }

    /// Records what a dialect's stream has no place for; a refusal goes out as text, as in the other codecs.
    private mutating func recordUnsentMembers(of choice: ChatCompletionChunkChoice) throws(TranslationError) {
        try losses.recordUnsentMembers(of: choice)
        // Made only for a loss: most chunks have none.
        func choicePath() -> JSONPath { [.key("choices"), .index(choice.index)] }
        guard choice.index == 0 else {
            return try losses.record(.dropped, at: choicePath(), "the dialect's stream carries one answer")
        }
        if choice.delta.toolCalls?.isEmpty == false {
            try losses.record(
                .dropped, at: choicePath().appending("delta").appending("tool_calls"), "the dialect has no tool calls")
        }
        if choice.delta.additionalFields["reasoning_content"]?.stringValue?.isEmpty == false {
            try losses.record(
                .dropped, at: choicePath().appending("delta").appending("reasoning_content"),
                "the dialect has no reasoning")
        }
    }

    private func write(_ line: JSONObject, into bytes: inout [UInt8]) {
        if serverSentEvents { bytes.append(contentsOf: "data: ".utf8) }
        writer.write(.object(line), into: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        if serverSentEvents { bytes.append(UInt8(ascii: "\n")) }
    }

    private func error(_ code: TranslationError.Code, _ message: String) -> TranslationError {
        TranslationError(
            code: code, message: message, provider: provider, direction: TranslationDirection(.encode, .stream))
    }
}
