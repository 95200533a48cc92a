/// Translates OpenAI chat requests for an OpenAI-compatible endpoint that is compatible only in part, driven
/// entirely by that endpoint's capability table: features first (system role, media parts, tools, response
/// formats, streaming, choices, log probabilities, legacy functions), then the parameter rules.
///
/// Any table whose API family is `openai-chat` works; adding such a provider is adding a `Mappings/` file. The
/// other directions are the OpenAI formats themselves: decoding reads the typed model, responses and streams pass
/// through as OpenAI documents.
public struct OpenAICompatibleChatCodec: ChatCodec, ErrorCodec {
    /// The endpoint's table.
    public let table: CapabilityTable

    /// Creates a codec for a table.
    public init(table: CapabilityTable) {
        self.table = table
    }

    /// A context for translating a request for `model` with `options`.
    public func makeContext(model: String?, options: TranslationOptions = .init()) -> TranslationContext {
        TranslationContext(
            options: options, capabilities: table.capabilities(for: model),
            direction: TranslationDirection(.encode, .chatRequest))
    }

    /// Translates a request; the report is left in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/unsupported`` for a loss under `.strict`, the rule
    ///   errors of ``TranslationContext/applyParameterRules(to:operation:)``, and
    ///   ``TranslationError/Code/missingField`` when the endpoint path needs a provider setting that is absent or
    ///   the table has no chat endpoint.
    public func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
        throws(TranslationError)
        -> NativeRequest
    {
        var adapted = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&adapted, context: &context)
        guard case .object(let object) = adapted.json else {
            throw context.error(.invalidValue, at: .root, "the request did not encode to an object")
        }
        let body = try context.applyParameterRules(to: object, operation: .chat)
        return try context.nativeRequest(.chat, model: request.model, body: .object(body))
    }

    /// Writes the adapted request straight from the model when the table has no parameter rules for the request's
    /// model (there is nothing to apply to its tree), and the tree ``encodeRequest(_:context:)`` builds otherwise.
    ///
    /// - Throws: ``TranslationError`` as ``encodeRequest(_:context:)`` does.
    public func writeRequestBody(
        _ request: ChatCompletionRequest, context: inout TranslationContext, into body: inout [UInt8]
    ) throws(TranslationError) {
        guard context.capabilities.parameters[.chat]?.isEmpty ?? true else {
            return try writeEncodedRequestBody(request, context: &context, into: &body)
        }
        var adapted = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&adapted, context: &context)
        _ = try context.resolvedEndpoint(.chat, model: request.model)
        adapted.write(into: &body, writer: JSONWriter())
    }

    /// Writes the response straight from the model.
    public func writeResponse(_ response: ChatCompletion, context: inout TranslationContext, into body: inout [UInt8]) {
        response.write(into: &body, writer: JSONWriter())
    }

    /// Reads the request as the OpenAI model; the table's rules are not undone (they are not invertible).
    ///
    /// - Throws: ``TranslationError`` with the JSON path of a malformed member.
    public func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        do {
            return try ChatCompletionRequest(json: native)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
    }

    /// Reads the response as the OpenAI model.
    ///
    /// - Throws: ``TranslationError`` with the JSON path of a malformed member.
    public func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletion
    {
        do {
            return try ChatCompletion(json: native)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
    }

    /// The response as OpenAI JSON. Never throws.
    public func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        response.json
    }

    /// An OpenAI stream decoder; it requires `data: [DONE]` when the table's stream names that end marker.
    public func makeStreamDecoder(context: TranslationContext) -> OpenAIChatStreamDecoder {
        OpenAIChatStreamDecoder(
            options: .init(requiresDone: table.endpoints[.chat]?.stream.map { $0.end != nil } ?? true))
    }

    /// An OpenAI stream encoder.
    public func makeStreamEncoder(context: TranslationContext) -> OpenAIChatStreamEncoder {
        OpenAIChatStreamEncoder()
    }

    /// Reads the body as OpenAI's error body; the status is `status`, else 500.
    ///
    /// - Throws: ``TranslationError`` when the body is not `{"error": {"message", …}}`.
    public func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<OpenAIErrorBody>
    {
        do {
            return ErrorResponse(status: status ?? 500, body: try OpenAIErrorBody(json: native))
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
    }

    /// The body as it is; the status is `status`, else 500. Never throws.
    public func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
    {
        ErrorResponse(status: status ?? 500, body: error.json)
    }
}
