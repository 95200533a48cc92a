import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Anthropic requests both ways, against fixture pairs written from Anthropic's and OpenAI's documented formats
/// (`Fixtures/anthropic/requests/README.md`), with the report each direction must give.
@Suite struct AnthropicRequestTests {
    static let pairs = [
        "plain-chat", "multi-turn-system", "parallel-tools", "images", "pdf-document", "json-schema",
        "thinking-replay", "lossy-openai",
    ]
    static let folder = "anthropic/requests/"

    let codec: AnthropicChatCodec

    init() throws {
        codec = try AnthropicChatCodec()
    }

    func encode(_ request: ChatCompletionRequest, policy: TranslationOptions.Policy = .lenient) throws
        -> (NativeRequest, TranslationReport)
    {
        var context = codec.makeContext(.encode, .chatRequest, model: request.model, options: .init(policy: policy))
        let native = try codec.encodeRequest(request, context: &context)
        return (native, context.report)
    }

    func decode(_ native: JSONValue) throws -> (ChatCompletionRequest, TranslationReport) {
        var context = codec.makeContext(.decode, .chatRequest, model: native["model"]?.stringValue)
        let request = try codec.decodeRequest(native, context: &context)
        return (request, context.report)
    }

    @Test func everyFixtureIsListed() {
        let names = Set(
            Fixtures.names(in: "anthropic/requests", suffix: ".report.json").map { String($0.dropLast(12)) })
        #expect(names == Set(Self.pairs + ["native-extras"]))
    }

    @Test(arguments: pairs)
    func encodeGivesTheDocumentedBodyPathAndHeaders(_ name: String) throws {
        let request = try ChatCompletionRequest(json: Fixtures.json(Self.folder + name + ".openai.json"))
        let (native, report) = try encode(request)
        #expect(native.body.canonical == (try Fixtures.json(Self.folder + name + ".anthropic.json")).canonical)
        #expect(native.method == "POST")
        #expect(native.path == "/v1/messages")
        #expect(native.headers == [HTTPHeader(name: "anthropic-version", value: "2023-06-01")])
        let expected = ReportedChange.listed(in: try Fixtures.json(Self.folder + name + ".report.json"), "encode")
        #expect(ReportedChange.of(report) == expected, "\(report.rendered)")
    }

    @Test(arguments: pairs)
    func decodeGivesTheDocumentedRequest(_ name: String) throws {
        let (request, report) = try decode(try Fixtures.json(Self.folder + name + ".anthropic.json"))
        let decodedName =
            Fixtures.names(in: "anthropic/requests").contains(name + ".decoded.json") ? ".decoded.json" : ".openai.json"
        let expected = try Fixtures.json(Self.folder + name + decodedName)
        #expect(request.json.canonical == expected.canonical)
        let listed = ReportedChange.listed(in: try Fixtures.json(Self.folder + name + ".report.json"), "decode")
        #expect(ReportedChange.of(report) == listed, "\(report.rendered)")
    }

    /// OpenAI → Anthropic → OpenAI gives the input back, except under members the two reports name.
    @Test(arguments: pairs)
    func roundTripChangesOnlyWhatTheReportsList(_ name: String) throws {
        let original = try Fixtures.json(Self.folder + name + ".openai.json")
        let (native, encodeReport) = try encode(try ChatCompletionRequest(json: original))
        let (back, decodeReport) = try decode(native.body)
        let differences = back.json.canonical.differences(from: original.canonical)
        #expect(unreported(differences, by: encodeReport, decodeReport).isEmpty, "\(differences)")
        if encodeReport.isEmpty && decodeReport.isEmpty { #expect(differences.isEmpty) }
    }

    /// A native client's request with Anthropic-only members: decoded for an OpenAI backend, and encoded back.
    @Test func nativeExtrasDecodeAndEncodeBack() throws {
        let native = try Fixtures.json(Self.folder + "native-extras.anthropic.json")
        let listed = try Fixtures.json(Self.folder + "native-extras.report.json")
        let (request, decodeReport) = try decode(native)
        #expect(request.json.canonical == (try Fixtures.json(Self.folder + "native-extras.openai.json")).canonical)
        #expect(
            ReportedChange.of(decodeReport) == ReportedChange.listed(in: listed, "decode"), "\(decodeReport.rendered)")
        #expect(request.additionalFields["top_k"] == 40)
        let (reencoded, encodeReport) = try encode(request)
        #expect(reencoded.body.canonical == (try Fixtures.json(Self.folder + "native-extras.reencoded.json")).canonical)
        #expect(
            ReportedChange.of(encodeReport) == ReportedChange.listed(in: listed, "encode"), "\(encodeReport.rendered)")
    }

    @Test func strictPolicyRefusesTheFirstLossNamingParameterProviderAndModel() throws {
        let request = try ChatCompletionRequest(json: Fixtures.json(Self.folder + "lossy-openai.openai.json"))
        #expect {
            try encode(request, policy: .strict)
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .unsupported && error.provider == "anthropic"
                && error.direction == TranslationDirection(.encode, .chatRequest)
                && error.description.contains("claude-haiku-4-5")
        }
        let plain = try ChatCompletionRequest(json: Fixtures.json(Self.folder + "plain-chat.openai.json"))
        #expect(throws: Never.self) { try encode(plain, policy: .strict) }
    }

    @Test func maxTokensComesFromMaxCompletionTokensOrTheTableDefault() throws {
        var request = ChatCompletionRequest(
            model: "claude-sonnet-4-5", messages: [ChatMessage(role: .user, text: "hi")])
        var (native, report) = try encode(request)
        #expect(native.body["max_tokens"] == 4096)
        #expect(ReportedChange.of(report) == [ReportedChange(kind: "defaulted", path: "max_tokens")])
        request.maxCompletionTokens = 300
        (native, report) = try encode(request)
        #expect(native.body["max_tokens"] == 300)
        #expect(ReportedChange.of(report) == [ReportedChange(kind: "renamed", path: "max_completion_tokens")])
        request.maxTokens = 200
        (native, report) = try encode(request)
        #expect(native.body["max_tokens"] == 200)
        #expect(ReportedChange.of(report).contains(ReportedChange(kind: "dropped", path: "max_completion_tokens")))
    }

    @Test func reasoningEffortBudgetStaysBelowMaxTokens() throws {
        var request = ChatCompletionRequest(
            model: "claude-sonnet-4-5", messages: [ChatMessage(role: .user, text: "think")], maxTokens: 3000,
            reasoningEffort: .high)
        var (native, report) = try encode(request)
        #expect(native.body["thinking"] == ["type": "enabled", "budget_tokens": 2999])
        #expect(ReportedChange.of(report) == [ReportedChange(kind: "clamped", path: "reasoning_effort")])
        request.maxTokens = 1000
        (native, report) = try encode(request)
        #expect(native.body["thinking"] == nil)
        #expect(ReportedChange.of(report) == [ReportedChange(kind: "dropped", path: "reasoning_effort")])
        request.reasoningEffort = ReasoningEffort.none
        (native, _) = try encode(request)
        #expect(native.body["thinking"] == ["type": "disabled"])
    }
}
