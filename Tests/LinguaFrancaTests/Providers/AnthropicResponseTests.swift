import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Anthropic responses and error bodies both ways, against fixtures written from the documented formats
/// (`Fixtures/anthropic/responses/README.md`, `Fixtures/anthropic/errors/README.md`).
@Suite struct AnthropicResponseTests {
    static let responses = [
        "text", "tool-use", "tool-only", "thinking", "refusal", "max-tokens", "cache-usage", "stop-sequence",
        "json-output", "pause-turn",
    ]
    /// Responses whose OpenAI form encodes back to exactly the Anthropic fixture.
    static let bijective = responses.filter { $0 != "pause-turn" }
    static let errorTypes = [
        "invalid_request_error", "authentication_error", "billing_error", "permission_error", "not_found_error",
        "request_too_large", "rate_limit_error", "api_error", "timeout_error", "overloaded_error",
    ]
    static let folder = "anthropic/responses/"
    static let created = 1_764_547_200

    let codec: AnthropicChatCodec

    init() throws {
        codec = try AnthropicChatCodec()
    }

    func context(_ operation: TranslationDirection.Operation, _ document: DocumentKind) -> TranslationContext {
        codec.makeContext(operation, document, model: nil, options: TranslationOptions(created: Self.created))
    }

    @Test func everyFixtureIsListed() {
        #expect(
            Set(Fixtures.names(in: "anthropic/responses", suffix: ".report.json").map { String($0.dropLast(12)) })
                == Set(Self.responses))
        #expect(
            Set(Fixtures.names(in: "anthropic/errors").map { String($0.dropLast(5)) }) == Set(Self.errorTypes))
    }

    @Test(arguments: responses)
    func decodeGivesTheDocumentedCompletion(_ name: String) throws {
        var context = context(.decode, .chatResponse)
        let completion = try codec.decodeResponse(
            try Fixtures.json(Self.folder + name + ".anthropic.json"), context: &context)
        #expect(completion.json.canonical == (try Fixtures.json(Self.folder + name + ".openai.json")).canonical)
        let listed = ReportedChange.listed(in: try Fixtures.json(Self.folder + name + ".report.json"), "decode")
        #expect(ReportedChange.of(context.report) == listed, "\(context.report.rendered)")
    }

    @Test(arguments: bijective)
    func encodeGivesTheAnthropicMessageBack(_ name: String) throws {
        let completion = try ChatCompletion(json: Fixtures.json(Self.folder + name + ".openai.json"))
        var context = context(.encode, .chatResponse)
        let native = try codec.encodeResponse(completion, context: &context)
        #expect(native.canonical == (try Fixtures.json(Self.folder + name + ".anthropic.json")).canonical)
        #expect(context.report.isEmpty, "\(context.report.rendered)")
    }

    /// `pause-turn` encodes to the reviewed `pause-turn.reencoded.json`: the server tool blocks replayed from
    /// `server_tool_blocks` (before the joined text) and `pause_turn` from the choice's `stop_reason`, so a
    /// follow-up request can send the paused turn back.
    @Test func pausedTurnEncodesToTheReviewedMessage() throws {
        let completion = try ChatCompletion(json: Fixtures.json(Self.folder + "pause-turn.openai.json"))
        var context = context(.encode, .chatResponse)
        let native = try codec.encodeResponse(completion, context: &context)
        #expect(native.canonical == (try Fixtures.json(Self.folder + "pause-turn.reencoded.json")).canonical)
        #expect(context.report.isEmpty, "\(context.report.rendered)")
    }

    /// OpenAI → Anthropic → OpenAI gives the input back, except under members the reports name.
    @Test(arguments: responses)
    func roundTripChangesOnlyWhatTheReportsList(_ name: String) throws {
        let original = try Fixtures.json(Self.folder + name + ".openai.json")
        var encoding = context(.encode, .chatResponse)
        let native = try codec.encodeResponse(try ChatCompletion(json: original), context: &encoding)
        var decoding = context(.decode, .chatResponse)
        let back = try codec.decodeResponse(native, context: &decoding)
        let differences = back.json.canonical.differences(from: original.canonical)
        #expect(unreported(differences, by: encoding.report, decoding.report).isEmpty, "\(differences)")
    }

    @Test func severalChoicesKeepTheFirstAndReportTheRest() throws {
        var completion = try ChatCompletion(json: Fixtures.json(Self.folder + "text.openai.json"))
        completion.choices.append(ChatCompletionChoice(index: 1, message: ChatMessage(role: .assistant, text: "B")))
        var context = context(.encode, .chatResponse)
        let native = try codec.encodeResponse(completion, context: &context)
        #expect(
            native["content"]?[0]?["text"]
                == completion.choices[0].message.content.flatMap { $0.joinedText }.map(JSONValue.string))
        #expect(ReportedChange.of(context.report) == [ReportedChange(kind: "dropped", path: "choices[1]")])
    }

    @Test func anErrorBodyWhereAMessageBelongsIsAProviderError() throws {
        let fixture = try Fixtures.json("anthropic/errors/overloaded_error.json")
        var context = context(.decode, .chatResponse)
        #expect {
            try codec.decodeResponse(fixture["anthropic"] ?? .null, context: &context)
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .providerError && error.provider == "anthropic"
                && error.providerErrorBody?.canonical == fixture["openai"]?.canonical
        }
    }

    @Test(arguments: errorTypes)
    func errorBodiesBothWays(_ type: String) throws {
        let fixture = try Fixtures.json("anthropic/errors/\(type).json")
        let status = try #require(fixture["status"]?.numberValue?.int)
        var context = context(.decode, .error)
        let decoded = try codec.decodeError(fixture["anthropic"] ?? .null, status: nil, context: &context)
        #expect(decoded.status == status)
        #expect(decoded.body.json.canonical == fixture["openai"]?.canonical)
        let encoded = try codec.encodeError(
            try OpenAIErrorBody(json: fixture["openai"] ?? .null), status: status, context: &context)
        #expect(encoded.status == status)
        #expect(encoded.body.canonical == fixture["anthropic"]?.canonical)
    }

    @Test func openAIErrorsWithoutAnAnthropicCodeMapByStatus() throws {
        var context = context(.encode, .error)
        let limited = OpenAIErrorBody(
            error: OpenAIError(message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded"))
        let encoded = try codec.encodeError(limited, status: 429, context: &context)
        #expect(encoded.body["error"]?["type"] == "rate_limit_error")
        let unknown = try codec.encodeError(
            OpenAIErrorBody(error: OpenAIError(message: "?")), status: 418, context: &context)
        #expect(unknown.body["error"]?["type"] == "api_error")
        #expect(unknown.status == 418)
    }
}
