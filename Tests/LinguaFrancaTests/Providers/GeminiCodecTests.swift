import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Gemini requests, responses, embeddings and error bodies both ways, against fixtures written from Google's
/// documented formats (`Fixtures/gemini/*/README.md`), with the report each direction must give.
@Suite struct GeminiCodecTests {
    static let requestPairs = [
        "plain-system", "multi-turn", "parallel-calls", "image-inline", "json-schema", "thinking", "lossy-openai",
    ]
    static let nativeFirstRequests = ["parallel-calls-no-ids", "native-extras", "video-clip", "snake-case"]
    static let responses = [
        "text", "multi-candidate", "function-calls", "thinking", "blocked-prompt", "safety", "max-tokens",
        "json-output", "cached", "unmapped-finish", "code-execution", "recitation", "vertex-usage",
    ]
    static let errorStatuses = [
        "INVALID_ARGUMENT", "FAILED_PRECONDITION", "UNAUTHENTICATED", "PERMISSION_DENIED", "NOT_FOUND",
        "RESOURCE_EXHAUSTED", "CANCELLED", "INTERNAL", "UNAVAILABLE", "DEADLINE_EXCEEDED",
    ]
    static let options = TranslationOptions(created: 1_764_547_200)
    /// The prefix of the tool call ids the codec makes up (`Mappings/gemini.md`).
    static let madeUpIDPrefix = "gemini-call-"

    let codec: GeminiChatCodec

    init() throws {
        codec = try GeminiChatCodec()
    }

    func json(_ path: String) throws -> JSONValue { try Fixtures.json("gemini/" + path) }

    /// The differences that are not tool call ids this codec made up on both sides: those encode the position of
    /// the call, are never sent to Gemini, and are made up again on decode.
    func meaningful(_ differences: [JSONPath], _ left: JSONValue, _ right: JSONValue) -> [JSONPath] {
        differences.filter { path in
            let madeUp = [left, right].allSatisfy {
                $0.value(at: path)?.stringValue?.hasPrefix(Self.madeUpIDPrefix) == true
            }
            return !madeUp
        }
    }

    func exists(_ folder: String, _ name: String) -> Bool {
        Fixtures.names(in: "gemini/" + folder).contains(name)
    }

    func encode(_ request: ChatCompletionRequest) throws -> (NativeRequest, TranslationReport) {
        var context = codec.makeContext(.encode, .chatRequest, model: request.model, options: Self.options)
        let native = try codec.encodeRequest(request, context: &context)
        return (native, context.report)
    }

    func decode(_ native: JSONValue, model: String) throws -> (ChatCompletionRequest, TranslationReport) {
        var context = codec.makeContext(.decode, .chatRequest, model: model, options: Self.options)
        let request = try codec.decodeRequest(native, context: &context)
        return (request, context.report)
    }

    @Test func everyFixtureIsListed() {
        let requests = Set(
            Fixtures.names(in: "gemini/requests", suffix: ".report.json").map { String($0.dropLast(12)) })
        #expect(requests == Set(Self.requestPairs + Self.nativeFirstRequests))
        let responses = Set(
            Fixtures.names(in: "gemini/responses", suffix: ".report.json").map { String($0.dropLast(12)) })
        #expect(responses == Set(Self.responses))
        #expect(Set(Fixtures.names(in: "gemini/errors").map { String($0.dropLast(5)) }) == Set(Self.errorStatuses))
    }

    @Test(arguments: requestPairs)
    func encodeGivesTheDocumentedBodyAndPath(_ name: String) throws {
        let request = try ChatCompletionRequest(json: json("requests/\(name).openai.json"))
        let (native, report) = try encode(request)
        let expected = try json("requests/\(name).report.json")
        #expect(native.body.canonical == (try json("requests/\(name).gemini.json")).canonical)
        #expect(native.path == expected["path"]?.stringValue)
        #expect(native.method == "POST")
        #expect(ReportedChange.of(report) == ReportedChange.listed(in: expected, "encode"), "\(report.rendered)")
    }

    @Test(arguments: requestPairs)
    func decodeGivesTheDocumentedRequest(_ name: String) throws {
        let model = try #require(try json("requests/\(name).openai.json")["model"]?.stringValue)
        let (request, report) = try decode(try json("requests/\(name).gemini.json"), model: model)
        let file = exists("requests", "\(name).decoded.json") ? "decoded" : "openai"
        var expected = try json("requests/\(name).\(file).json").objectValue ?? JSONObject()
        expected.removeValue(forKey: "stream")
        #expect(request.json.canonical == JSONValue.object(expected).canonical)
        let listed = ReportedChange.listed(in: try json("requests/\(name).report.json"), "decode")
        #expect(ReportedChange.of(report) == listed, "\(report.rendered)")
    }

    /// OpenAI → Gemini → OpenAI gives the input back, except under members the two reports name (and `stream`,
    /// which Gemini carries in the URL).
    @Test(arguments: requestPairs)
    func roundTripChangesOnlyWhatTheReportsList(_ name: String) throws {
        let original = try json("requests/\(name).openai.json")
        let request = try ChatCompletionRequest(json: original)
        let (native, encodeReport) = try encode(request)
        var (back, decodeReport) = try decode(native.body, model: request.model)
        back.stream = request.stream
        let differences = meaningful(
            back.json.canonical.differences(from: original.canonical), back.json.canonical, original.canonical)
        #expect(unreported(differences, by: encodeReport, decodeReport).isEmpty, "\(differences)")
    }

    @Test(arguments: nativeFirstRequests)
    func nativeRequestsDecodeAndEncodeBack(_ name: String) throws {
        let native = try json("requests/\(name).gemini.json")
        let listed = try json("requests/\(name).report.json")
        let expected = try json("requests/\(name).openai.json")
        let model = try #require(expected["model"]?.stringValue)
        let (request, decodeReport) = try decode(native, model: model)
        #expect(request.json.canonical == expected.canonical)
        #expect(
            ReportedChange.of(decodeReport) == ReportedChange.listed(in: listed, "decode"), "\(decodeReport.rendered)")
        let (reencoded, encodeReport) = try encode(request)
        let file = exists("requests", "\(name).reencoded.json") ? "reencoded" : "gemini"
        #expect(reencoded.body.canonical == (try json("requests/\(name).\(file).json")).canonical)
        #expect(
            ReportedChange.of(encodeReport) == ReportedChange.listed(in: listed, "encode"), "\(encodeReport.rendered)")
    }

    @Test(arguments: responses)
    func decodeGivesTheDocumentedCompletion(_ name: String) throws {
        var context = codec.makeContext(.decode, .chatResponse, model: "gemini-2.5-flash", options: Self.options)
        let completion = try codec.decodeResponse(try json("responses/\(name).gemini.json"), context: &context)
        #expect(completion.json.canonical == (try json("responses/\(name).openai.json")).canonical)
        let listed = ReportedChange.listed(in: try json("responses/\(name).report.json"), "decode")
        #expect(ReportedChange.of(context.report) == listed, "\(context.report.rendered)")
    }

    /// OpenAI → Gemini → OpenAI gives the response back, except under members the reports name.
    @Test(arguments: responses)
    func responseRoundTripChangesOnlyWhatTheReportsList(_ name: String) throws {
        let original = try json("responses/\(name).openai.json")
        var encoding = codec.makeContext(.encode, .chatResponse, model: "gemini-2.5-flash", options: Self.options)
        let native = try codec.encodeResponse(try ChatCompletion(json: original), context: &encoding)
        var decoding = codec.makeContext(.decode, .chatResponse, model: "gemini-2.5-flash", options: Self.options)
        let back = try codec.decodeResponse(native, context: &decoding)
        let differences = back.json.canonical.differences(from: original.canonical)
        #expect(unreported(differences, by: encoding.report, decoding.report).isEmpty, "\(differences)")
    }

    @Test(arguments: ["single", "batch"])
    func embeddingsBothWays(_ name: String) throws {
        let report = try json("embeddings/\(name).report.json")
        let openAI = try EmbeddingsRequest(json: json("embeddings/\(name).openai.json"))
        var context = codec.makeContext(.encode, .embeddingsRequest, model: openAI.model, options: Self.options)
        let natives = try codec.encodeEmbeddingsRequest(openAI, context: &context)
        let native = try #require(natives.first)
        #expect(natives.count == 1)
        #expect(native.body.canonical == (try json("embeddings/\(name).gemini.json")).canonical)
        #expect(native.path == report["path"]?.stringValue)
        #expect(ReportedChange.of(context.report) == ReportedChange.listed(in: report, "encode"))

        var decoding = codec.makeContext(.decode, .embeddingsRequest, model: openAI.model, options: Self.options)
        let decoded = try codec.decodeEmbeddingsRequest(native.body, context: &decoding)
        let file = exists("embeddings", "\(name).decoded.json") ? "decoded" : "openai"
        #expect(decoded.json.canonical == (try json("embeddings/\(name).\(file).json")).canonical)
        #expect(ReportedChange.of(decoding.report) == ReportedChange.listed(in: report, "decode"))

        var responding = codec.makeContext(.decode, .embeddingsResponse, model: openAI.model, options: Self.options)
        let response = try codec.decodeEmbeddingsResponse(
            [try json("embeddings/\(name).response.gemini.json")], request: openAI, context: &responding)
        #expect(response.json.canonical == (try json("embeddings/\(name).response.openai.json")).canonical)
        #expect(ReportedChange.of(responding.report) == ReportedChange.listed(in: report, "responseDecode"))

        var encodingResponse = codec.makeContext(.encode, .embeddingsResponse, model: openAI.model)
        let nativeResponse = try codec.encodeEmbeddingsResponse(response, context: &encodingResponse)
        #expect(nativeResponse.map(\.canonical) == [try json("embeddings/\(name).response.gemini.json").canonical])
    }

    @Test(arguments: errorStatuses)
    func errorBodiesBothWays(_ status: String) throws {
        let fixture = try json("errors/\(status).json")
        let http = try #require(fixture["status"]?.numberValue?.int)
        var context = codec.makeContext(.decode, .error, model: nil)
        let decoded = try codec.decodeError(fixture["gemini"] ?? .null, status: nil, context: &context)
        #expect(decoded.status == http)
        #expect(decoded.body.json.canonical == fixture["openai"]?.canonical)
        let encoded = try codec.encodeError(
            try OpenAIErrorBody(json: fixture["openai"] ?? .null), status: http, context: &context)
        #expect(encoded.status == http)
        #expect(encoded.body.canonical == fixture["gemini"]?.canonical)
    }
}
