/// Gemini's google.rpc error bodies (`{"error": {"code", "message", "status", "details"}}`) ⇄ OpenAI error bodies,
/// with the HTTP status (`Mappings/gemini.md`, "Errors").
struct GeminiErrorCodec {
    let vocabulary: TableVocabulary

    /// The Google status for HTTP statuses the table does not know.
    private static let fallbackStatus = "INTERNAL"

    /// The OpenAI error body and HTTP status for a Gemini error body; `status`, when given, wins.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` or ``TranslationError/Code/missingField`` when `native` is
    ///   not a google.rpc error body.
    func decode(_ native: JSONValue, status: Int?) throws(TranslationError) -> ErrorResponse<OpenAIErrorBody> {
        let body = try NativeObject(native, at: .root, expected: "Gemini error object")
        guard let error = try body.nested("error") else { throw .missingField("error") }
        let code: Int? = try error.decode("code")
        let googleStatus: String =
            try error.decode("status") ?? code.flatMap(vocabulary.errorType(forStatus:))
            ?? Self.fallbackStatus
        var extras = JSONObject()
        if let details = error["details"] { extras.append(details, forKey: "details") }
        for member in body.object where member.key != "error" { extras.append(member.value, forKey: member.key) }
        let message = OpenAIError(
            message: try error.decode("message") ?? googleStatus,
            type: vocabulary.errorTypes[googleStatus] ?? "server_error", code: .string(googleStatus))
        return ErrorResponse(
            status: status ?? code ?? vocabulary.errorStatuses[googleStatus] ?? 500,
            body: OpenAIErrorBody(error: message, additionalFields: extras))
    }

    /// The Gemini error body and HTTP status for an OpenAI error: the Google status is `code` when it names one,
    /// else the HTTP status's.
    func encode(_ error: OpenAIErrorBody, status: Int?) -> ErrorResponse<JSONValue> {
        let code = error.error.code?.stringValue
        let googleStatus =
            code.flatMap { vocabulary.errorStatuses[$0] != nil ? $0 : nil }
            ?? status.flatMap(vocabulary.errorType(forStatus:)) ?? Self.fallbackStatus
        let httpStatus = status ?? vocabulary.errorStatuses[googleStatus] ?? 500
        var inner: JSONObject = [
            "code": .number(JSONNumber(httpStatus)), "message": .string(error.error.message),
            "status": .string(googleStatus),
        ]
        if let details = error.additionalFields["details"] { inner.append(details, forKey: "details") }
        var body: JSONObject = ["error": .object(inner)]
        for member in error.additionalFields where member.key != "details" && body[member.key] == nil {
            body.append(member.value, forKey: member.key)
        }
        return ErrorResponse(status: httpStatus, body: .object(body))
    }

    /// The error to throw for a Gemini error body met where a response or stream element was expected:
    /// ``TranslationError/Code/providerError`` carrying the OpenAI error body.
    ///
    /// - Throws: the errors of ``decode(_:status:)`` when `native` is not an error body either.
    func providerError(_ native: JSONValue, context: TranslationContext) throws(TranslationError) -> TranslationError {
        let translated = try decode(native, status: nil)
        var error = context.error(
            .providerError, at: .root, "Gemini answered with an error: \(translated.body.error.message)")
        error.providerErrorBody = translated.body.json
        return error
    }
}
