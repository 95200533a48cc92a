/// Yandex's grpc-gateway error bodies (`{"error": {"grpcCode", "httpCode", "message", "httpStatus", "details"}}`,
/// or the plain `{"code", "message", "details"}` form) ⇄ OpenAI error bodies (`Mappings/yandex.md`, "Errors").
struct YandexErrorCodec {
    let vocabulary: TableVocabulary
    /// gRPC status numbers → names (`values.grpc_code`).
    private var grpcNames: [String: String] { vocabulary.values["grpc_code"] ?? [:] }

    /// The gRPC status for HTTP statuses the table does not know.
    private static let fallbackStatus = "INTERNAL"

    /// The OpenAI error body and HTTP status for a Yandex error body; `status`, when given, wins.
    ///
    /// - Throws: ``TranslationError`` when `native` is not a Yandex error body.
    func decode(_ native: JSONValue, status: Int?) throws(TranslationError) -> ErrorResponse<OpenAIErrorBody> {
        let body = try NativeObject(native, at: .root, expected: "Yandex error object")
        let error = try body.nested("error") ?? body
        let grpcCode: Int? = try error.decode(body["error"] == nil ? "code" : "grpcCode")
        let name = grpcCode.flatMap { grpcNames[String($0)] } ?? Self.fallbackStatus
        let httpCode: Int? = try error.decode("httpCode")
        var extras = JSONObject()
        if let details = error["details"], details.arrayValue?.isEmpty != true {
            extras.append(details, forKey: "details")
        }
        let message = OpenAIError(
            message: try error.decode("message") ?? name, type: vocabulary.errorTypes[name] ?? "server_error",
            code: .string(name))
        return ErrorResponse(
            status: status ?? httpCode ?? vocabulary.errorStatuses[name] ?? 500,
            body: OpenAIErrorBody(error: message, additionalFields: extras))
    }

    /// The Yandex error body and HTTP status for an OpenAI error: the gRPC status is `code` when it names one, else
    /// the HTTP status's.
    func encode(_ error: OpenAIErrorBody, status: Int?) -> ErrorResponse<JSONValue> {
        let code = error.error.code?.stringValue
        let name =
            code.flatMap { vocabulary.errorStatuses[$0] != nil ? $0 : nil }
            ?? status.flatMap(vocabulary.errorType(forStatus:)) ?? Self.fallbackStatus
        let httpStatus = status ?? vocabulary.errorStatuses[name] ?? 500
        let grpcCode = grpcNames.first { $0.value == name }.flatMap { Int($0.key) } ?? 13
        let inner: JSONObject = [
            "grpcCode": .number(JSONNumber(grpcCode)), "httpCode": .number(JSONNumber(httpStatus)),
            "message": .string(error.error.message), "httpStatus": .string(HTTPStatusText.reason(httpStatus)),
            "details": error.additionalFields["details"] ?? [],
        ]
        return ErrorResponse(status: httpStatus, body: ["error": .object(inner)])
    }

    /// The error to throw for a Yandex error body met where a response or stream line was expected.
    ///
    /// - Throws: the errors of ``decode(_:status:)`` when `native` is not an error body either.
    func providerError(_ native: JSONValue, context: TranslationContext) throws(TranslationError) -> TranslationError {
        let translated = try decode(native, status: nil)
        var error = context.error(
            .providerError, at: .root, "Yandex answered with an error: \(translated.body.error.message)")
        error.providerErrorBody = translated.body.json
        return error
    }
}

/// The standard reason phrases of HTTP statuses, as grpc-gateway writes them in `httpStatus`.
enum HTTPStatusText {
    private static let reasons: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
        500: "Internal Server Error", 503: "Service Unavailable", 504: "Gateway Timeout",
    ]

    /// The reason phrase for `status`, or `Error` for statuses without one here.
    static func reason(_ status: Int) -> String { reasons[status] ?? "Error" }
}
