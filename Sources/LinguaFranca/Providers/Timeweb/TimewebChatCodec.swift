/// Timeweb Cloud AI agents' native API (`POST …/agents/{agent_id}/call`) ⇄ OpenAI. The agent keeps the conversation
/// on the server and threads it by `parent_message_id`, so this codec works with a ``ThreadStore`` in the context:
/// encoding finds the stored thread an OpenAI history continues, decoding rebuilds the history from the parent id,
/// and each reply is recorded under its message id. Settings belong to the agent: per-call values are not sent
/// (reported; an error under `.strict`). `Mappings/timeweb.md` documents the policies.
public struct TimewebChatCodec: ChatCodec, ErrorCodec {
    /// The provider's table.
    public let table: CapabilityTable
    private let vocabulary: TableVocabulary

    /// Creates a codec for a table, by default the embedded `timeweb` table.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when no table is given and the catalog has none named
    ///   `timeweb`.
    public init(table: CapabilityTable? = nil) throws(TranslationError) {
        self.table = try .given(table, orEmbedded: "timeweb")
        vocabulary = TableVocabulary(table: self.table)
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeRequest(_:context:)`` describes, and
    ///   ``TranslationError/Code/threadNotFound`` for a parent id the context's store does not know.
    public func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try TimewebRequestDecoder().decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeRequest(_:context:)`` describes;
    ///   ``TranslationError/Code/threadNotFound`` under the `fail` history policy;
    ///   ``TranslationError/Code/missingField`` without the `agent_id` setting.
    public func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> NativeRequest
    {
        let body = try context.attributingErrors { (context) throws(TranslationError) in
            try TimewebRequestEncoder().encode(request, context: &context)
        }
        return try context.nativeRequest(.chat, model: request.model, body: .object(body))
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/decodeResponse(_:context:)`` describes.
    public func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try TimewebReply(vocabulary: vocabulary).decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` as ``ChatCodec/encodeResponse(_:context:)`` describes.
    public func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try TimewebReply(vocabulary: vocabulary).encode(response, context: &context)
        }
    }

    /// A decoder serving the (non-streamed) reply as chunks.
    public func makeStreamDecoder(context: TranslationContext) -> TimewebStreamDecoder {
        TimewebStreamDecoder(context: context, vocabulary: vocabulary)
    }

    /// An encoder answering from chunks with one whole reply.
    public func makeStreamEncoder(context: TranslationContext) -> TimewebStreamEncoder {
        TimewebStreamEncoder(context: context, vocabulary: vocabulary)
    }

    /// - Throws: ``TranslationError`` when `native` is not a Timeweb error body.
    public func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<OpenAIErrorBody>
    {
        try context.attributingErrors { (_) throws(TranslationError) in
            try TimewebErrorCodec(vocabulary: vocabulary).decode(native, status: status)
        }
    }

    /// Never throws.
    public func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
    {
        TimewebErrorCodec(vocabulary: vocabulary).encode(error, status: status)
    }
}
