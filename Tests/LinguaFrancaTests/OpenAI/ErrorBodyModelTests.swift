import LinguaFranca
import Testing

/// The OpenAI error body models: fixture round trips, decoded fields and decoding errors.
@Suite struct ErrorBodyModelTests {
    static let fixtures = ["error.invalid-request.json", "error.rate-limit.json", "error.context-length.json"]

    @Test(arguments: fixtures)
    func roundTrips(_ name: String) throws {
        let bytes = try Fixtures.bytes("openai/" + name)
        let original = try JSONReader().read(bytes)
        let body = try OpenAIErrorBody(jsonBytes: bytes)
        #expect(body.json == original, "\(name) changed in a round trip")
        #expect(try OpenAIErrorBody(json: body.json) == body)
        #expect(try JSONReader().read(body.jsonBytes()) == original)
    }

    @Test func everyErrorFixtureIsCovered() {
        #expect(Set(Fixtures.names(in: "openai", prefix: "error.")) == Set(Self.fixtures))
    }

    @Test func invalidRequestWithNullCode() throws {
        let body = try OpenAIErrorBody(jsonBytes: Fixtures.bytes("openai/error.invalid-request.json"))
        #expect(body.error.message == "Invalid value for 'content': expected a string, got null.")
        #expect(body.error.type == "invalid_request_error")
        #expect(body.error.param == "messages[1].content")
        #expect(body.error.code == nil)
        #expect(body.json["error"]?["code"] == .null)
    }

    @Test func rateLimitWithNullParamAndStringCode() throws {
        let body = try OpenAIErrorBody(jsonBytes: Fixtures.bytes("openai/error.rate-limit.json"))
        #expect(body.error.type == "tokens")
        #expect(body.error.param == nil)
        #expect(body.error.code == "rate_limit_exceeded")
        #expect(body.error.message.hasPrefix("Rate limit reached for gpt-4o"))
    }

    @Test func contextLength() throws {
        let body = try OpenAIErrorBody(jsonBytes: Fixtures.bytes("openai/error.context-length.json"))
        #expect(body.error.type == "invalid_request_error")
        #expect(body.error.param == "messages")
        #expect(body.error.code == "context_length_exceeded")
        #expect(body.additionalFields.isEmpty)
    }

    @Test func integerCodeAndExtraMembersAreKept() throws {
        let text = #"{"error":{"code":429,"message":"slow down","metadata":{"retry_after":2}},"request_id":"r"}"#
        let body = try OpenAIErrorBody(jsonBytes: Array(text.utf8))
        #expect(body.error.code == 429)
        #expect(body.error.type == nil)
        #expect(body.error.additionalFields.keys == ["metadata"])
        #expect(body.additionalFields.keys == ["request_id"])
        // `param`, which OpenAI's schema requires, is written as null.
        let written =
            #"{"error":{"code":429,"message":"slow down","metadata":{"retry_after":2},"param":null},"request_id":"r"}"#
        #expect(body.json == (try JSONReader().read(written)))
    }

    @Test func freshBodyUsesCanonicalOrder() {
        let body = OpenAIErrorBody(
            error: OpenAIError(message: "m", type: "server_error", param: "p", code: "internal"))
        #expect(body.json == ["error": ["message": "m", "type": "server_error", "param": "p", "code": "internal"]])
        #expect(
            OpenAIErrorBody(error: OpenAIError(message: "m")).json == [
                "error": ["message": "m", "param": nil, "code": nil]
            ])
    }

    @Test func missingMessageIsMissingField() throws {
        let error = try #require(decodingError(OpenAIErrorBody.self, #"{"error":{"type":"server_error"}}"#))
        #expect(error.code == .missingField)
        #expect(error.path.description == "error")
        #expect(error.message.contains("'message'"))
        #expect(error.provider == .openAI)
    }

    @Test func missingErrorIsMissingField() throws {
        let error = try #require(decodingError(OpenAIErrorBody.self, #"{"message":"not wrapped"}"#))
        #expect(error.code == .missingField)
        #expect(error.path == .root)
    }

    @Test func errorOfWrongTypeIsTypeMismatch() throws {
        let error = try #require(decodingError(OpenAIErrorBody.self, #"{"error":"boom"}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "error")
    }

    @Test func paramOfWrongTypeIsTypeMismatch() throws {
        let error = try #require(decodingError(OpenAIErrorBody.self, #"{"error":{"message":"m","param":["a"]}}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "error.param")
    }

}
