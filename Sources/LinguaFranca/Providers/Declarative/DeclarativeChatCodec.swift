/// Runs a chat dialect described as data (`dialect` in a `declarative-chat` table, `Mappings/SCHEMA.md`) in every
/// direction: requests, responses and line-delimited streams, with the table's parameter rules applied to the
/// dialect's settings. Adding such a provider is writing a Mappings file; no Swift names it.
public struct DeclarativeChatCodec: ChatCodec, ErrorCodec {
    /// The API family of tables this codec runs.
    public static let family = "declarative-chat"

    /// The provider's table.
    public let table: CapabilityTable
    private let dialect: ChatDialect
    private let vocabulary: TableVocabulary
    /// The request and response layouts, with what they read worked out once.
    private let requests: DeclarativeRequests
    private let responses: DeclarativeResponses

    /// Creates a codec for a `declarative-chat` table.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a table without a dialect.
    public init(table: CapabilityTable) throws(TranslationError) {
        guard let dialect = table.dialect else {
            throw TranslationError(
                code: .unsupported, message: "\(table.id) has no dialect for the declarative codec", provider: table.id)
        }
        self.table = table
        self.dialect = dialect
        vocabulary = TableVocabulary(table: table)
        requests = DeclarativeRequests(dialect: dialect)
        responses = DeclarativeResponses(dialect: dialect, vocabulary: vocabulary)
    }

    /// - Throws: ``TranslationError`` with the JSON path of a malformed member or an unmapped role.
    public func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try requests.decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError`` for a role the dialect does not name, and the rule errors.
    public func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError) -> NativeRequest
    {
        let body = try context.attributingErrors { (context) throws(TranslationError) in
            try requests.encode(request, context: &context)
        }
        return try context.nativeRequest(
            .chat, model: request.model, streaming: request.stream == true, body: .object(body))
    }

    /// - Throws: ``TranslationError`` for a response without its text.
    public func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try responses.decode(native, context: &context)
        }
    }

    /// - Throws: ``TranslationError/Code/missingField`` for a response without choices.
    public func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        try context.attributingErrors { (context) throws(TranslationError) in
            try responses.encode(response, context: &context)
        }
    }

    /// A decoder for the dialect's stream, in the framing of the table's chat endpoint (NDJSON unless it says SSE).
    public func makeStreamDecoder(context: TranslationContext) -> DeclarativeStreamDecoder {
        DeclarativeStreamDecoder(context: context, responses: responses, serverSentEvents: streamsServerSentEvents)
    }

    /// An encoder for the dialect's stream, in the framing of the table's chat endpoint.
    public func makeStreamEncoder(context: TranslationContext) -> DeclarativeStreamEncoder {
        DeclarativeStreamEncoder(
            context: context, dialect: dialect, vocabulary: vocabulary, serverSentEvents: streamsServerSentEvents)
    }

    /// Whether the table frames streams as data-only server-sent events rather than JSON lines.
    private var streamsServerSentEvents: Bool { table.endpoints[.chat]?.stream?.framing == .sse }

    /// Reads an OpenAI-shaped error body (a dialect describes no error format); the status is `status`, else 500.
    ///
    /// - Throws: ``TranslationError`` when the body is not `{"error": {"message", …}}`.
    public func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<OpenAIErrorBody>
    {
        try context.attributingErrors { (_) throws(TranslationError) in
            ErrorResponse(status: status ?? 500, body: try OpenAIErrorBody(json: native))
        }
    }

    /// The body as it is. Never throws.
    public func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
    {
        ErrorResponse(status: status ?? 500, body: error.json)
    }
}
