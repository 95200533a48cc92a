/// Google's Gemini API (generativelanguage v1beta) ⇄ OpenAI, in every direction: chat requests, responses, streams
/// in both framings, embeddings and error bodies (`Mappings/gemini.md` says exactly what maps to what, and which
/// extension members carry what OpenAI has no slot for).
///
/// Configured by its table (`Mappings/gemini.json`): `generationConfig` renames and drops, finish reasons, thinking
/// budgets and levels, error statuses, and the endpoint paths with the model in them.
public struct GeminiChatCodec: ChatCodec, ErrorCodec, EmbeddingsCodec {
    /// The provider's table.
    public let table: CapabilityTable
    private let vocabulary: TableVocabulary

    /// Creates a codec for a table, by default the embedded `gemini` table.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when no table is given and the catalog has none named
    ///   `gemini`.
    public init(table: CapabilityTable? = nil) throws(TranslationError) {
        self.table = try .given(table, orEmbedded: "gemini")
        vocabulary = TableVocabulary(table: self.table)
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeRequest(_:context:)`` describes, and
    ///   ``TranslationError/Code/missingField`` when the context names no model (Gemini puts it in the URL).
    public func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try GeminiRequestDecoder(vocabulary: vocabulary).decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeRequest(_:context:)`` describes, and
    ///   ``TranslationError/Code/unsupported`` when the table has no chat endpoint.
    public func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> NativeRequest
    {
        let body = try context.attributingErrors { (context) throws(TranslationError) in
            try GeminiRequestEncoder(vocabulary: vocabulary).encode(request, context: &context)
        }
        return try context.nativeRequest(
            .chat, model: request.model, streaming: request.stream == true, body: .object(body))
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeResponse(_:context:)`` describes, and
    ///   ``TranslationError/Code/providerError`` for a Gemini error body.
    public func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try GeminiResponseDecoder(vocabulary: vocabulary).decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeResponse(_:context:)`` describes.
    public func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try GeminiResponseEncoder(vocabulary: vocabulary).encode(response, context: &context)
        }
    }

    /// A decoder for the `?alt=sse` stream; `context` gives the policy, the model,
    /// ``TranslationOptions/created`` and ``TranslationOptions/streamUsage``.
    public func makeStreamDecoder(context: TranslationContext) -> GeminiStreamDecoder {
        makeStreamDecoder(context: context, framing: .serverSentEvents)
    }

    /// A decoder for a stream in either framing.
    public func makeStreamDecoder(context: TranslationContext, framing: GeminiStreamDecoder.Framing)
        -> GeminiStreamDecoder
    {
        GeminiStreamDecoder(context: context, vocabulary: vocabulary, framing: framing)
    }

    /// An encoder for the `?alt=sse` stream.
    public func makeStreamEncoder(context: TranslationContext) -> GeminiStreamEncoder {
        makeStreamEncoder(context: context, framing: .serverSentEvents)
    }

    /// An encoder for a stream in either framing.
    public func makeStreamEncoder(context: TranslationContext, framing: GeminiStreamDecoder.Framing)
        -> GeminiStreamEncoder
    {
        GeminiStreamEncoder(context: context, vocabulary: vocabulary, framing: framing)
    }

    /// - Throws: ``TranslationError`` for a body of the wrong shape, or ``TranslationError/Code/missingField`` when
    ///   neither the context nor the body names the model.
    public func decodeEmbeddingsRequest(_ native: JSONValue, context: inout TranslationContext)
        throws(TranslationError) -> EmbeddingsRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try GeminiEmbeddings(table: table).decodeRequest(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError/Code/unsupported`` for token inputs; the errors of the parameter rules.
    public func encodeEmbeddingsRequest(_ request: EmbeddingsRequest, context: inout TranslationContext)
        throws(TranslationError) -> [NativeRequest]
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            [try GeminiEmbeddings(table: table).encodeRequest(request, context: &context)]
        }
    }

    /// - Throws: ``TranslationError`` for a body of the wrong shape, or for other than one response (Gemini answers
    ///   a batch in one).
    public func decodeEmbeddingsResponse(
        _ natives: [JSONValue], request: EmbeddingsRequest, context: inout TranslationContext
    ) throws(TranslationError) -> EmbeddingsResponse {
        try context.attributingErrors { (context) throws(TranslationError) in
            guard natives.count == 1, let native = natives.first else {
                throw context.error(.invalidValue, at: .root, "Gemini answers an embeddings request with one response")
            }
            return try GeminiEmbeddings(table: table).decodeResponse(native, request: request, context: &context)
        }
    }

    /// - Throws: ``TranslationError/Code/invalidValue`` for a base64 vector that does not decode.
    public func encodeEmbeddingsResponse(_ response: EmbeddingsResponse, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            [try GeminiEmbeddings(table: table).encodeResponse(response, context: &context)]
        }
    }

    /// - Throws: ``TranslationError`` when `native` is not a google.rpc error body.
    public func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<OpenAIErrorBody>
    {
        try context.attributingErrors { (_) throws(TranslationError) in
            try GeminiErrorCodec(vocabulary: vocabulary).decode(native, status: status)
        }
    }

    /// Never throws: every OpenAI error has a google.rpc form (`INTERNAL` when nothing more specific fits).
    public func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
    {
        GeminiErrorCodec(vocabulary: vocabulary).encode(error, status: status)
    }
}
