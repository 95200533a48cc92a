/// Decodes a declarative dialect's stream — one JSON document per line, or per data-only server-sent event, text as
/// delta or cumulative, a last document marked by the dialect's end member — into OpenAI chunks.
public struct DeclarativeStreamDecoder: ChatStreamDecoder {
    private var context: TranslationContext
    private let dialect: ChatDialect
    private let responses: DeclarativeResponses
    private let created: Int
    private let id: String
    private var lines = JSONLinesReader()
    private var events: ServerSentEventParser?
    private var eventReader = CachingJSONReader()
    private var sent = ""
    private var started = false
    private var finished = false

    init(context: TranslationContext, responses: DeclarativeResponses, serverSentEvents: Bool) {
        events = serverSentEvents ? ServerSentEventParser() : nil
        var context = context
        context.direction = TranslationDirection(.decode, .stream)
        self.context = context
        dialect = responses.dialect
        self.responses = responses
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
        guard var parser = events else {
            try handle(try lines.documents(in: bytes, for: context), into: &output)
            return
        }
        events = nil
        defer { events = parser }
        var raw: [RawServerSentEvent] = []
        do {
            try parser.parse(bytes, into: &raw)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
        try handle(raw, into: &output)
    }

    /// Ends the stream.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when the last line never came.
    public mutating func finish(into output: inout [ChatCompletionChunk]) throws(TranslationError) {
        if var parser = events {
            var raw: [RawServerSentEvent] = []
            do {
                try parser.finish(into: &raw)
            } catch {
                throw error.attributed(to: context.provider, context.direction)
            }
            events = parser
            try handle(raw, into: &output)
        } else {
            try handle(try lines.remainingDocuments(for: context), into: &output)
        }
        guard finished else {
            throw context.error(.truncatedStream, at: .root, "the stream ended before its last line")
        }
    }

    private mutating func handle(_ raw: [RawServerSentEvent], into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        for event in raw {
            let value: JSONValue
            do {
                value = try eventReader.read(event.data)
            } catch {
                throw TranslationError(error, provider: context.provider, direction: context.direction).at(
                    event.position)
            }
            do {
                try handle(value, into: &output)
            } catch {
                throw error.attributed(to: context.provider, context.direction).at(event.position)
            }
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
        guard let layout = dialect.stream else {
            throw context.error(.unsupported, at: .root, "the dialect describes no stream")
        }
        guard !finished else { throw context.error(.invalidValue, at: .root, "a line after the stream's last") }
        let line = try NativeObject(value, at: .root, expected: "stream line object")
        if !started {
            started = true
            output.append(chunk([ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(role: .assistant))]))
        }
        switch line.object.value(atDottedPath: layout.text) {
        case nil, .null?:
            break
        case .string(let text)?:
            let fresh = try newText(text, cumulative: layout.cumulative, at: layout.text)
            if !fresh.isEmpty {
                output.append(chunk([ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(content: fresh))]))
            }
        case let other?:
            throw .typeMismatch(expected: "string", found: other, at: JSONPath(dotted: layout.text))
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

    /// The text a line adds: all of it for a delta stream; for a cumulative one, what follows the text already
    /// sent, or nothing (reported) when the line rewrites it.
    private mutating func newText(_ text: String, cumulative: Bool, at place: String) throws(TranslationError) -> String
    {
        guard cumulative else { return text }
        guard text.utf8.starts(with: sent.utf8) else {
            try context.record(
                .approximated, at: JSONPath(dotted: place), "the text rewrites what was already sent; held")
            return ""
        }
        let fresh = String(text.utf8.dropFirst(sent.utf8.count)) ?? ""
        sent = text
        return fresh
    }

    private func chunk(_ choices: [ChatCompletionChunkChoice]) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id, created: created, model: context.capabilities.model ?? "", choices: choices)
    }
}
