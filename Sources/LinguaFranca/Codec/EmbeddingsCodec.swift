/// One provider's embeddings dialect, translated to and from OpenAI's `/v1/embeddings` in every direction.
public protocol EmbeddingsCodec: Sendable {
    /// A native embeddings request as the OpenAI request it means.
    ///
    /// - Throws: ``TranslationError`` naming the provider, the direction and the JSON path of what cannot be read.
    func decodeEmbeddingsRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> EmbeddingsRequest

    /// An OpenAI embeddings request as the provider's requests: one, or one per input for providers that embed
    /// one text per call.
    ///
    /// - Throws: ``TranslationError`` as ``decodeEmbeddingsRequest(_:context:)`` does, and
    ///   ``TranslationError/Code/unsupported`` for input the provider cannot take.
    func encodeEmbeddingsRequest(_ request: EmbeddingsRequest, context: inout TranslationContext)
        throws(TranslationError) -> [NativeRequest]

    /// The native responses to ``encodeEmbeddingsRequest(_:context:)``'s requests, in their order, as one OpenAI
    /// response; `request` (the OpenAI request they answer) gives the model and the encoding format the client
    /// asked for.
    ///
    /// - Throws: ``TranslationError`` as ``decodeEmbeddingsRequest(_:context:)`` does, and
    ///   ``TranslationError/Code/invalidValue`` for a number of responses that does not fit the request.
    func decodeEmbeddingsResponse(
        _ natives: [JSONValue], request: EmbeddingsRequest, context: inout TranslationContext
    ) throws(TranslationError) -> EmbeddingsResponse

    /// An OpenAI embeddings response as the provider's responses (one per native request).
    ///
    /// - Throws: ``TranslationError`` for a vector that cannot be read (bad base64).
    func encodeEmbeddingsResponse(_ response: EmbeddingsResponse, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
}
