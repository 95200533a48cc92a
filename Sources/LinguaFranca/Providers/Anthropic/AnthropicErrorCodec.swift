/// Anthropic error bodies (`{"type": "error", "error": {"type", "message"}, "request_id"}`) ⇄ OpenAI error
/// bodies, with the HTTP status each error type goes with (`Mappings/anthropic.md`, "Errors").
struct AnthropicErrorCodec {
    let vocabulary: TableVocabulary

    /// The Anthropic error type for statuses with no type of their own.
    private static let fallbackType = "api_error"

    /// The OpenAI error body and status for an Anthropic error body; `status`, when given, wins over the table's.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` or ``TranslationError/Code/missingField`` when `native`
    ///   is not an Anthropic error body.
    func decode(_ native: JSONValue, status: Int?) throws(TranslationError) -> ErrorResponse<OpenAIErrorBody> {
        let body = try NativeObject(native, at: .root, expected: "Anthropic error object")
        guard let error = try body.nested("error") else { throw .missingField("error") }
        let type: String = try error.require("type")
        let message = OpenAIError(
            message: try error.decode("message") ?? type, type: vocabulary.errorTypes[type] ?? type,
            code: .string(type))
        var extras = JSONObject()
        for member in body.object where member.key != "type" && member.key != "error" {
            extras.append(member.value, forKey: member.key)
        }
        return ErrorResponse(
            status: status ?? vocabulary.errorStatuses[type] ?? 500,
            body: OpenAIErrorBody(error: message, additionalFields: extras))
    }

    /// The Anthropic error body and status for an OpenAI error: the type is `code` when that names an Anthropic
    /// error type, else the type of `status`, else `api_error`.
    func encode(_ error: OpenAIErrorBody, status: Int?) -> ErrorResponse<JSONValue> {
        let code = error.error.code?.stringValue
        let type: String
        if let code, vocabulary.errorStatuses[code] != nil {
            type = code
        } else if let status, let match = vocabulary.errorType(forStatus: status) {
            type = match
        } else {
            type = Self.fallbackType
        }
        var body: JSONObject = [
            "type": "error", "error": ["type": .string(type), "message": .string(error.error.message)],
        ]
        for member in error.additionalFields where body[member.key] == nil {
            body.append(member.value, forKey: member.key)
        }
        return ErrorResponse(status: status ?? vocabulary.errorStatuses[type] ?? 500, body: .object(body))
    }

    /// The error to throw for an Anthropic error body met where a message or stream event was expected:
    /// ``TranslationError/Code/providerError`` carrying the OpenAI error body.
    ///
    /// - Throws: the errors of ``decode(_:status:)`` when `native` is not an error body either.
    func providerError(_ native: JSONValue, context: TranslationContext) throws(TranslationError)
        -> TranslationError
    {
        let translated = try decode(native, status: nil)
        var error = context.error(
            .providerError, at: .root, "Anthropic answered with an error: \(translated.body.error.message)")
        error.providerErrorBody = translated.body.json
        return error
    }
}
