/// An error response: the HTTP status and the body.
public struct ErrorResponse<Body: Sendable & Hashable>: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// The body.
    public var body: Body

    /// Creates an error response.
    public init(status: Int, body: Body) {
        self.status = status
        self.body = body
    }
}

/// One provider's error bodies, translated to and from OpenAI's `{"error": {…}}` with the HTTP status that goes
/// with each.
public protocol ErrorCodec: Sendable {
    /// A native error body (and its status, when known) as OpenAI's error body and status.
    ///
    /// - Throws: ``TranslationError`` when the body is not the provider's error shape.
    func decodeError(_ native: JSONValue, status: Int?, context: inout TranslationContext) throws(TranslationError)
        -> ErrorResponse<OpenAIErrorBody>

    /// An OpenAI error body (and its status, when known) as the provider's error body and status.
    ///
    /// - Throws: ``TranslationError`` when the error cannot be expressed.
    func encodeError(_ error: OpenAIErrorBody, status: Int?, context: inout TranslationContext)
        throws(TranslationError) -> ErrorResponse<JSONValue>
}
