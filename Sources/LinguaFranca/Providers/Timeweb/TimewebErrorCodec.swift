/// Timeweb error bodies (`{status_code, error_code, message, response_id}`) ⇄ OpenAI error bodies and statuses.
struct TimewebErrorCodec {
    let vocabulary: TableVocabulary

    /// The OpenAI error body and status for a Timeweb error body; `status`, when given, wins.
    ///
    /// - Throws: ``TranslationError`` when `native` is not a Timeweb error body.
    func decode(_ native: JSONValue, status: Int?) throws(TranslationError) -> ErrorResponse<OpenAIErrorBody> {
        let body = try NativeObject(native, at: .root, expected: "Timeweb error object")
        let code: String = try body.decode("error_code") ?? "internal_server_error"
        let statusCode: Int? = try body.decode("status_code")
        var extras = JSONObject()
        for member in body.object where !["status_code", "error_code", "message"].contains(member.key) {
            extras.append(member.value, forKey: member.key)
        }
        let error = OpenAIError(
            message: try body.decode("message") ?? code, type: vocabulary.errorTypes[code] ?? "server_error",
            code: .string(code))
        return ErrorResponse(
            status: status ?? statusCode ?? vocabulary.errorStatuses[code] ?? 500,
            body: OpenAIErrorBody(error: error, additionalFields: extras))
    }

    /// The Timeweb error body for an OpenAI error: `error_code` is the OpenAI `code` when it is a Timeweb code, else
    /// the status's.
    func encode(_ error: OpenAIErrorBody, status: Int?) -> ErrorResponse<JSONValue> {
        let given = error.error.code?.stringValue
        let code =
            given.flatMap { vocabulary.errorStatuses[$0] != nil ? $0 : nil }
            ?? status.flatMap(vocabulary.errorType(forStatus:)) ?? "internal_server_error"
        let httpStatus = status ?? vocabulary.errorStatuses[code] ?? 500
        var body: JSONObject = [
            "status_code": .number(JSONNumber(httpStatus)), "error_code": .string(code),
            "message": .string(error.error.message),
        ]
        for member in error.additionalFields where body[member.key] == nil {
            body.append(member.value, forKey: member.key)
        }
        return ErrorResponse(status: httpStatus, body: .object(body))
    }

    /// The error to throw for a Timeweb error body met where a reply was expected.
    ///
    /// - Throws: the errors of ``decode(_:status:)``.
    func providerError(_ native: JSONValue, context: TranslationContext) throws(TranslationError) -> TranslationError {
        let translated = try decode(native, status: nil)
        var error = context.error(
            .providerError, at: .root, "Timeweb answered with an error: \(translated.body.error.message)")
        error.providerErrorBody = translated.body.json
        return error
    }
}
