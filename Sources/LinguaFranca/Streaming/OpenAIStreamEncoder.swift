/// Encodes typed chunks as an OpenAI-format stream: `data: {chunk}\n\n` per chunk and `data: [DONE]\n\n` at
/// the end — the framing OpenAI's SDKs expect.
public struct OpenAIStreamEncoder<Chunk: JSONModel>: StreamEncoder {
    private let writer: JSONWriter
    private let chunkCoding = DirectCoding<Chunk>.shared
    private var output: JSONOutput
    private var isFinished = false

    /// Creates an encoder; `writer` formats each chunk's JSON (compact by default, as OpenAI sends it).
    public init(writer: JSONWriter = JSONWriter()) {
        self.writer = writer
        output = JSONOutput(escapesLineSeparators: writer.options.escapeLineSeparators)
    }

    /// Appends one `data:` event for `chunk`.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` after ``finish(into:)``.
    @_specialize(where Chunk == ChatCompletionChunk)
    public mutating func encode(_ chunk: Chunk, into bytes: inout [UInt8]) throws(TranslationError) {
        try appendEvent(chunk, into: &bytes, direct: chunkCoding)
    }

    /// Appends an error event, `data: {"error": …}`, as OpenAI sends when a stream fails after it started.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` after ``finish(into:)``.
    public mutating func encodeError(_ body: OpenAIErrorBody, into bytes: inout [UInt8]) throws(TranslationError) {
        try appendEvent(body, into: &bytes, direct: .shared)
    }

    /// Appends `data: [DONE]`, once.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` when the stream was already finished.
    public mutating func finish(into bytes: inout [UInt8]) throws(TranslationError) {
        try checkOpen()
        isFinished = true
        bytes.append(contentsOf: "data: [DONE]\n\n".utf8)
    }

    private mutating func appendEvent<Model: JSONModel>(
        _ model: Model, into bytes: inout [UInt8], direct: DirectCoding<Model>
    ) throws(TranslationError) {
        try checkOpen()
        bytes.append(contentsOf: "data: ".utf8)
        model.write(into: &bytes, writer: writer, direct: direct, output: &output)
        bytes.append(contentsOf: "\n\n".utf8)
    }

    private func checkOpen() throws(TranslationError) {
        guard !isFinished else {
            throw TranslationError(
                code: .invalidValue, message: "the stream already ended with data: [DONE]", provider: .openAI,
                direction: TranslationDirection(.encode, .stream))
        }
    }
}

/// Encodes ``ChatCompletionChunk`` values as an OpenAI chat completions stream.
public typealias OpenAIChatStreamEncoder = OpenAIStreamEncoder<ChatCompletionChunk>

/// Encodes ``Completion`` chunks as an OpenAI legacy text completions stream.
public typealias OpenAICompletionStreamEncoder = OpenAIStreamEncoder<Completion>

extension OpenAIStreamEncoder: ChatStreamEncoder where Chunk == ChatCompletionChunk {
    /// Always empty: each chunk is written whole, so nothing is lost.
    public var report: TranslationReport { TranslationReport() }
}
