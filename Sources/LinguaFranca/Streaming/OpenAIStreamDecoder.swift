/// Decodes an OpenAI-format stream — `data: {chunk}` events ending with `data: [DONE]` — into typed chunks:
/// ``ChatCompletionChunk`` for chat completions, ``Completion`` for legacy text completions.
///
/// An error object sent in the stream (`data: {"error": …}`, or any data under `event: error`) ends decoding
/// with ``TranslationError/Code/providerError`` carrying the body. A stream that ends without `[DONE]` is
/// ``TranslationError/Code/truncatedStream`` unless ``Options/requiresDone`` is off.
public struct OpenAIStreamDecoder<Chunk: JSONModel>: StreamTranscoder {
    /// Decoding choices.
    public struct Options: Sendable {
        /// Whether a stream must end with `data: [DONE]`; `true` by default.
        public var requiresDone: Bool
        /// The reader for each event's JSON.
        public var reader: JSONReader
        /// Bounds on lines and events.
        public var limits: ServerSentEventParser.Limits

        /// Creates options.
        public init(
            requiresDone: Bool = true, reader: JSONReader = JSONReader(), limits: ServerSentEventParser.Limits = .init()
        ) {
            self.requiresDone = requiresDone
            self.reader = reader
            self.limits = limits
        }
    }

    private let options: Options
    private var events: ServerSentEventParser
    private var pending: [RawServerSentEvent] = []
    private var isDone = false
    private let direct = DirectCoding<Chunk>.shared
    private var workspace = JSONScanner.Workspace(cachingStrings: true)
    private var template = RepeatedElementTemplate(for: Chunk.self)

    /// Creates a decoder at the start of a stream.
    public init(options: Options = .init()) {
        self.options = options
        events = ServerSentEventParser(limits: options.limits, incompleteEvent: .dispatch)
    }

    /// Consumes stream bytes, appending every chunk they complete.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` for an error event,
    ///   ``TranslationError/Code/malformedJSON`` or a decoding error for a bad chunk (placed at the event's number
    ///   and byte offset), ``TranslationError/Code/limitExceeded`` for an oversized line or event, and
    ///   ``TranslationError/Code/invalidValue`` for data after `[DONE]`.
    @_specialize(where Chunk == ChatCompletionChunk)
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [Chunk]) throws(TranslationError)
    {
        var raw = pending
        pending = []
        raw.removeAll(keepingCapacity: true)
        defer { pending = raw }
        try events.parse(bytes, into: &raw)
        for event in raw { try handle(event, into: &output) }
    }

    /// Ends the stream.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when `[DONE]` never came and ``Options/requiresDone``
    ///   is set; the errors of ``feed(_:into:)`` for a last event without a blank line.
    public mutating func finish(into output: inout [Chunk]) throws(TranslationError) {
        var raw: [RawServerSentEvent] = []
        try events.finish(into: &raw)
        for event in raw { try handle(event, into: &output) }
        guard isDone || !options.requiresDone else {
            throw TranslationError(
                code: .truncatedStream, message: "the stream ended without data: [DONE]", provider: .openAI,
                direction: TranslationDirection(.decode, .stream))
        }
    }

    private mutating func handle(_ event: RawServerSentEvent, into output: inout [Chunk]) throws(TranslationError) {
        let direction = TranslationDirection(.decode, .stream)
        guard !isDone else {
            throw TranslationError(
                code: .invalidValue, message: "data after data: [DONE]", provider: .openAI, direction: direction
            ).at(event.position)
        }
        if event.dataEquals("[DONE]") {
            isDone = true
            return
        }
        if !event.typeEquals("error"), let chunk = scan(event.data) {
            output.append(chunk)
            return
        }
        let value: JSONValue
        do {
            value = try options.reader.read(event.data)
        } catch {
            throw TranslationError(error, provider: .openAI, direction: direction).at(event.position)
        }
        if event.typeEquals("error") || (value["error"] != nil && value["choices"] == nil) {
            throw Self.providerError(value, direction: direction).at(event.position)
        }
        do {
            output.append(try Chunk(json: value))
        } catch {
            throw error.attributed(to: .openAI, direction).at(event.position)
        }
    }

    /// The chunk in `data` read without a tree: made from the previous chunk when only its varying strings
    /// changed, else scanned (and remembered as the template for the next); `nil` when the scan stops.
    private mutating func scan(_ data: [UInt8]) -> Chunk? {
        data.withUnsafeBufferPointer { data in
            if let chunk = template.element(in: data, reader: options.reader) { return chunk }
            guard let chunk = direct.scan(data, reader: options.reader, workspace: &workspace, refusing: "error") else {
                return nil
            }
            template.remember(chunk, readFrom: data, reader: options.reader)
            return chunk
        }
    }

    private static func providerError(_ body: JSONValue, direction: TranslationDirection) -> TranslationError {
        let message = body["error"]?["message"]?.stringValue ?? body["message"]?.stringValue ?? "\(body)"
        var error = TranslationError(
            code: .providerError, message: "the stream carried an error: \(message)", provider: .openAI,
            direction: direction)
        error.providerErrorBody = body
        return error
    }
}

/// Decodes an OpenAI chat completions stream into ``ChatCompletionChunk`` values.
public typealias OpenAIChatStreamDecoder = OpenAIStreamDecoder<ChatCompletionChunk>

extension OpenAIStreamDecoder: ChatStreamDecoder where Chunk == ChatCompletionChunk {
    /// Always empty: the chunks are read as they are, so nothing is changed or dropped.
    public var report: TranslationReport { TranslationReport() }
}

/// Decodes an OpenAI legacy text completions stream into ``Completion`` chunks.
public typealias OpenAICompletionStreamDecoder = OpenAIStreamDecoder<Completion>
