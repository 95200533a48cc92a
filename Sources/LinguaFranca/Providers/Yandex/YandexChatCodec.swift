/// Yandex Foundation Models' native REST API (`foundationModels/v1/completion`, `textEmbedding`) ⇄ OpenAI, in
/// every direction: requests, responses, cumulative-text streams, embeddings and error bodies (`Mappings/yandex.md`
/// says exactly what maps to what).
///
/// Configured by its table (`Mappings/yandex.json`): `completionOptions` renames with their string conversions,
/// drops, reasoning modes, statuses, gRPC error names and HTTP statuses. Bare model names become model URIs with the
/// `folder_id` provider setting.
public struct YandexChatCodec: ChatCodec, ErrorCodec, EmbeddingsCodec {
    /// The provider's table.
    public let table: CapabilityTable
    private let vocabulary: TableVocabulary

    /// Creates a codec for a table, by default the embedded `yandex` table.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when no table is given and the catalog has none named
    ///   `yandex`.
    public init(table: CapabilityTable? = nil) throws(TranslationError) {
        self.table = try .given(table, orEmbedded: "yandex")
        vocabulary = TableVocabulary(table: self.table)
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeRequest(_:context:)`` describes, and
    ///   ``TranslationError/Code/invalidValue`` for a message with more than one of text, toolCallList and
    ///   toolResultList.
    public func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexRequestDecoder().decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeRequest(_:context:)`` describes, and
    ///   ``TranslationError/Code/missingField`` for a bare model name without the `folder_id` setting.
    public func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> NativeRequest
    {
        let body = try context.attributingErrors { (context) throws(TranslationError) in
            try YandexRequestEncoder().encode(request, context: &context)
        }
        return try context.nativeRequest(.chat, model: request.model, body: .object(body))
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeResponse(_:context:)`` describes, and
    ///   ``TranslationError/Code/providerError`` for a Yandex error body.
    public func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexResponseDecoder(vocabulary: vocabulary).decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeResponse(_:context:)`` describes.
    public func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexResponseEncoder(vocabulary: vocabulary).encode(response, context: &context)
        }
    }

    /// A decoder for the newline-delimited stream; `context` gives the model, the policy, ``TranslationOptions/created``,
    /// ``TranslationOptions/responseID`` and ``TranslationOptions/streamUsage``.
    public func makeStreamDecoder(context: TranslationContext) -> YandexStreamDecoder {
        YandexStreamDecoder(context: context, vocabulary: vocabulary)
    }

    /// An encoder for the newline-delimited stream.
    public func makeStreamEncoder(context: TranslationContext) -> YandexStreamEncoder {
        YandexStreamEncoder(context: context, vocabulary: vocabulary)
    }

    /// - Throws: ``TranslationError`` for a body of the wrong shape.
    public func decodeEmbeddingsRequest(_ native: JSONValue, context: inout TranslationContext)
        throws(TranslationError) -> EmbeddingsRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexEmbeddings().decodeRequest(native, context: &context)
        }
    }

    /// One request per input: Yandex embeds one text per call.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for token inputs; ``TranslationError/Code/missingField`` for
    ///   a bare model name without `folder_id`.
    public func encodeEmbeddingsRequest(_ request: EmbeddingsRequest, context: inout TranslationContext)
        throws(TranslationError) -> [NativeRequest]
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexEmbeddings().encodeRequest(request, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` for a body of the wrong shape or a count that does not fit the request.
    public func decodeEmbeddingsResponse(
        _ natives: [JSONValue], request: EmbeddingsRequest, context: inout TranslationContext
    ) throws(TranslationError) -> EmbeddingsResponse {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexEmbeddings().decodeResponse(natives, request: request, context: &context)
        }
    }

    /// One native response per embedding; the token count goes with the first.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for a base64 vector that does not decode.
    public func encodeEmbeddingsResponse(_ response: EmbeddingsResponse, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try YandexEmbeddings().encodeResponse(response, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` when `native` is not a Yandex error body.
    public func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<OpenAIErrorBody>
    {
        try context.attributingErrors { (_) throws(TranslationError) in
            try YandexErrorCodec(vocabulary: vocabulary).decode(native, status: status)
        }
    }

    /// Never throws: every OpenAI error has a grpc-gateway form (`INTERNAL` when nothing more specific fits).
    public func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
    {
        YandexErrorCodec(vocabulary: vocabulary).encode(error, status: status)
    }
}
