/// Anthropic's Messages API ⇄ OpenAI Chat Completions, in every direction: requests, responses, streams and
/// error bodies (`Mappings/anthropic.md` says exactly what maps to what, and which extension members carry what
/// OpenAI has no slot for).
///
/// Configured by its table (`Mappings/anthropic.json`): parameter rules, the default `max_tokens`, stop reasons,
/// thinking budgets per reasoning effort, error types and statuses, the endpoint and its `anthropic-version`
/// header.
public struct AnthropicChatCodec: ChatCodec, ErrorCodec {
    /// The provider's table.
    public let table: CapabilityTable
    private let vocabulary: TableVocabulary

    /// Creates a codec for a table, by default the embedded `anthropic` table.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when no table is given and the catalog has none named
    ///   `anthropic`.
    public init(table: CapabilityTable? = nil) throws(TranslationError) {
        self.table = try .given(table, orEmbedded: "anthropic")
        vocabulary = TableVocabulary(table: self.table)
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeRequest(_:context:)`` describes; see
    ///   `Mappings/anthropic.md` for what is reported.
    public func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try AnthropicRequestDecoder(vocabulary: vocabulary).decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeRequest(_:context:)`` describes, and
    ///   ``TranslationError/Code/unsupported`` when the table has no chat endpoint.
    public func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> NativeRequest
    {
        let body = try context.attributingErrors { (context) throws(TranslationError) in
            try AnthropicRequestEncoder(vocabulary: vocabulary).encode(request, context: &context)
        }
        return try context.nativeRequest(.chat, model: request.model, body: .object(body))
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeResponse(_:context:)`` describes, and
    ///   ``TranslationError/Code/providerError`` for an Anthropic error body.
    public func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try AnthropicResponseDecoder(vocabulary: vocabulary).decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeResponse(_:context:)`` describes.
    public func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try AnthropicResponseEncoder(vocabulary: vocabulary).encode(response, context: &context)
        }
    }

    /// A decoder for a native stream; `context` gives the policy, ``TranslationOptions/created`` and
    /// ``TranslationOptions/streamUsage``.
    public func makeStreamDecoder(context: TranslationContext) -> AnthropicStreamDecoder {
        AnthropicStreamDecoder(context: context, vocabulary: vocabulary)
    }

    /// An encoder for a native stream.
    public func makeStreamEncoder(context: TranslationContext) -> AnthropicStreamEncoder {
        AnthropicStreamEncoder(context: context, vocabulary: vocabulary)
    }

    /// - Throws: ``TranslationError/Code/typeMismatch`` or ``TranslationError/Code/missingField`` when `native` is
    ///   not an Anthropic error body.
    public func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<OpenAIErrorBody>
    {
        do {
            return try AnthropicErrorCodec(vocabulary: vocabulary).decode(native, status: status)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
    }

    /// Never throws: every OpenAI error has an Anthropic form (`api_error` when nothing more specific fits).
    public func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
    {
        AnthropicErrorCodec(vocabulary: vocabulary).encode(error, status: status)
    }
}
