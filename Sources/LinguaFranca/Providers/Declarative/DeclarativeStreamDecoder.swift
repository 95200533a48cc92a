/// Decodes a declarative dialect's stream — one JSON document per line, text as delta or cumulative, a last line
/// marked by the dialect's end member — into OpenAI chunks.
public struct DeclarativeStreamDecoder: StreamTranscoder {
    private var context: TranslationContext
    private let dialect: ChatDialect
    private let responses: DeclarativeResponses
    private let created: Int
    private let id: String
    private var lines = JSONLinesReader()
    private var sent = ""
    private var started = false
    private var finished = false

    init(context: TranslationContext, dialect: ChatDialect, vocabulary: TableVocabulary) {
        var context = context
        context.direction = TranslationDirection(.decode, .stream)
        self.context = context
        self.dialect = dialect
        responses = DeclarativeResponses(dialect: dialect, vocabulary: vocabulary)
        created = context.options.createdTimestamp
        id = context.options.responseIDValue
        lines.recordsPositions = true
    }

    /// What the stream lost on the way.
    public var report: TranslationReport { context.report }

    /// Consumes stream bytes, appending every chunk they complete.
    ///
    /// - Throws: ``TranslationError`` for a line that is not JSON or not the dialect's shape, a dialect without a
    ///   stream layout, or a line after the last; placed at the line.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        try handle(try lines.documents(in: bytes, for: context), into: &output)
    }

    /// Ends the stream.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when the last line never came.
    public mutating func finish(into output: inout [ChatCompletionChunk]) throws(TranslationError) {
        try handle(try lines.remainingDocuments(for: context), into: &output)
        guard finished else {
            throw context.error(.truncatedStream, at: .root, "the stream ended before its last line")
        }
    }

    private mutating func handle(_ values: [JSONValue], into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        let positions = lines.takePositions()
        for (index, value) in values.enumerated() {
            do {
                try handle(value, into: &output)
            } catch {
                let attributed = error.attributed(to: context.provider, context.direction)
                throw index < positions.count ? attributed.at(positions[index]) : attributed
            }
        }
    }

    private mutating func handle(_ value: JSONValue, into output: inout [ChatCompletionChunk]) throws(TranslationError)
    {
        guard let layout = dialect.stream else {
            throw context.error(.unsupported, at: .root, "the dialect describes no stream")
        }
        guard !finished else { throw context.error(.invalidValue, at: .root, "a line after the stream's last") }
        let line = try NativeObject(value, at: .root, expected: "stream line object")
        if !started {
            started = true
            output.append(chunk([ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(role: .assistant))]))
        }
        if case .string(let text)? = line.object.value(atDottedPath: layout.text) {
            var fresh = text
            if layout.cumulative {
                guard text.utf8.starts(with: sent.utf8) else {
                    try context.record(
                        .approximated, at: [.key(layout.text)], "the text rewrites what was already sent; held")
                    return
                }
                fresh = String(text.utf8.dropFirst(sent.utf8.count)) ?? ""
                sent = text
            }
            if !fresh.isEmpty {
                output.append(chunk([ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(content: fresh))]))
            }
        }
        guard line.object.value(atDottedPath: layout.end) == .bool(true) else { return }
        finished = true
        var choice = ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta())
        choice.finishReason =
            try responses.finishReason(
                dialect.response.finishReason.flatMap { line.object.value(atDottedPath: $0) }, context: &context)
            ?? .stop
        output.append(chunk([choice]))
        if context.options.streamUsage, let usage = try responses.usage(line, layout.usage) {
            output.append(
                ChatCompletionChunk(
                    id: id, created: created, model: context.capabilities.model ?? "", choices: [], usage: usage))
        }
    }

    private func chunk(_ choices: [ChatCompletionChunkChoice]) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id, created: created, model: context.capabilities.model ?? "", choices: choices)
    }
}
