extension OpenAICompatibleChatCodec: EmbeddingsCodec {
    /// Reads an OpenAI embeddings request body.
    ///
    /// - Throws: ``TranslationError`` when the body is not an embeddings request, attributed to the provider.
    public func decodeEmbeddingsRequest(_ native: JSONValue, context: inout TranslationContext)
        throws(TranslationError) -> EmbeddingsRequest
    {
        try context.attributingErrors { (_) throws(TranslationError) in try EmbeddingsRequest(json: native) }
    }

    /// The request as one call to the table's embeddings endpoint, after the table's embeddings parameter rules.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a table without an embeddings endpoint, and the rule
    ///   errors.
    public func encodeEmbeddingsRequest(_ request: EmbeddingsRequest, context: inout TranslationContext)
        throws(TranslationError) -> [NativeRequest]
    {
        guard case .object(let object) = request.json else {
            throw context.error(.invalidValue, at: .root, "the request did not encode to an object")
        }
        let body = try context.applyParameterRules(to: object, operation: .embeddings)
        return [try context.nativeRequest(.embeddings, model: request.model, body: .object(body))]
    }

    /// Reads the one OpenAI embeddings response body.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for other than one body, and the errors of reading it.
    public func decodeEmbeddingsResponse(
        _ natives: [JSONValue], request: EmbeddingsRequest, context: inout TranslationContext
    ) throws(TranslationError) -> EmbeddingsResponse {
        guard natives.count == 1, let native = natives.first else {
            throw context.error(
                .invalidValue, at: .root, "an OpenAI embeddings call has one response, not \(natives.count)")
        }
        return try context.attributingErrors { (_) throws(TranslationError) in try EmbeddingsResponse(json: native) }
    }

    /// The response as one OpenAI body. Never throws.
    public func encodeEmbeddingsResponse(_ response: EmbeddingsResponse, context: inout TranslationContext)
        throws(TranslationError) -> [JSONValue]
    {
        [response.json]
    }
}
