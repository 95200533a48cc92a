/// A chat codec's stream decoder: native stream bytes → OpenAI chunks, keeping the report of what it changed, dropped
/// or approximated so far (read it after ``StreamTranscoder/finish(into:)``, or after an error).
public protocol ChatStreamDecoder: StreamTranscoder where Output == ChatCompletionChunk {
    /// The translation report of the stream so far.
    var report: TranslationReport { get }
}

/// A chat codec's stream encoder: OpenAI chunks → native stream bytes, keeping the report of what the native stream
/// could not carry (each loss once, however many chunks repeat it).
public protocol ChatStreamEncoder: StreamEncoder where Input == ChatCompletionChunk {
    /// The translation report of the stream so far.
    var report: TranslationReport { get }
}

/// One provider's chat dialect, translated to and from the OpenAI model in every direction (DESIGN.md §1):
/// *decode* is native → OpenAI, *encode* is OpenAI → native. Codecs are stateless values configured by their
/// capability table; each translation's options, capabilities and report travel in a ``TranslationContext``.
public protocol ChatCodec: Sendable {
    /// Native stream bytes → OpenAI chunks, with the report of what the decoding changed.
    associatedtype StreamDecoder: ChatStreamDecoder
    /// OpenAI chunks → native stream bytes, with the report of what the encoding could not carry.
    associatedtype StreamEncoder: ChatStreamEncoder

    /// The provider's table.
    var table: CapabilityTable { get }

    /// A native request as the OpenAI request it means.
    ///
    /// - Throws: ``TranslationError`` naming the provider, the direction and the JSON path of what cannot be read,
    ///   or ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest

    /// An OpenAI request as the provider's request: path, headers and body.
    ///
    /// - Throws: ``TranslationError`` as ``decodeRequest(_:context:)`` does.
    func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError)
        -> NativeRequest

    /// A native response as an OpenAI `chat.completion`.
    ///
    /// - Throws: ``TranslationError`` as ``decodeRequest(_:context:)`` does.
    func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion

    /// An OpenAI `chat.completion` as the provider's response body.
    ///
    /// - Throws: ``TranslationError`` as ``decodeRequest(_:context:)`` does.
    func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError)
        -> JSONValue

    /// The body of ``encodeRequest(_:context:)``'s request as compact JSON bytes, appended to `body`; codecs that
    /// can write it without building its tree do.
    ///
    /// - Throws: ``TranslationError`` as ``encodeRequest(_:context:)`` does.
    func writeRequestBody(_ request: ChatCompletionRequest, context: inout TranslationContext, into body: inout [UInt8])
        throws(TranslationError)

    /// ``encodeResponse(_:context:)``'s body as compact JSON bytes, appended to `body`; codecs that can write it
    /// without building its tree do.
    ///
    /// - Throws: ``TranslationError`` as ``encodeResponse(_:context:)`` does.
    func writeResponse(_ response: ChatCompletion, context: inout TranslationContext, into body: inout [UInt8])
        throws(TranslationError)

    /// A decoder at the start of a native stream; it reads its options from `context`.
    func makeStreamDecoder(context: TranslationContext) -> StreamDecoder

    /// An encoder at the start of a native stream.
    func makeStreamEncoder(context: TranslationContext) -> StreamEncoder
}

extension ChatCodec {
    /// Writes the tree ``encodeRequest(_:context:)`` builds.
    ///
    /// - Throws: ``TranslationError`` as ``encodeRequest(_:context:)`` does.
    public func writeRequestBody(
        _ request: ChatCompletionRequest, context: inout TranslationContext, into body: inout [UInt8]
    ) throws(TranslationError) {
        try writeEncodedRequestBody(request, context: &context, into: &body)
    }

    /// The default ``writeRequestBody(_:context:into:)``, for a codec that writes directly only some requests.
    ///
    /// - Throws: ``TranslationError`` as ``encodeRequest(_:context:)`` does.
    func writeEncodedRequestBody(
        _ request: ChatCompletionRequest, context: inout TranslationContext, into body: inout [UInt8]
    ) throws(TranslationError) {
        JSONWriter().write(try encodeRequest(request, context: &context).body, into: &body)
    }

    /// Writes the tree ``encodeResponse(_:context:)`` builds.
    ///
    /// - Throws: ``TranslationError`` as ``encodeResponse(_:context:)`` does.
    public func writeResponse(_ response: ChatCompletion, context: inout TranslationContext, into body: inout [UInt8])
        throws(TranslationError)
    {
        JSONWriter().write(try encodeResponse(response, context: &context), into: &body)
    }

    /// The provider's id.
    public var provider: ProviderID { table.id }

    /// A context for one translation: the table's capabilities for `model`, `options`, and an empty report.
    public func makeContext(
        _ operation: TranslationDirection.Operation, _ document: DocumentKind, model: String?,
        options: TranslationOptions = .init()
    ) -> TranslationContext {
        TranslationContext(
            options: options, capabilities: table.capabilities(for: model),
            direction: TranslationDirection(operation, document))
    }
}
