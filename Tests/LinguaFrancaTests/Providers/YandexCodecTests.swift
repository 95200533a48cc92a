import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Yandex Foundation Models requests, responses, streams, embeddings and error bodies both ways, against fixtures
/// written from Yandex's documented formats (`Fixtures/yandex/*/README.md`).
@Suite struct YandexCodecTests {
    static let options = TranslationOptions(
        providerSettings: ["folder_id": "b1gq4xyz0example7folder"], created: 1_764_547_200,
        responseID: "chatcmpl-yandex-fixture")
    static let model = "gpt://b1gq4xyz0example7folder/yandexgpt/latest"

    let codec: YandexChatCodec

    init() throws {
        codec = try YandexChatCodec()
    }

    func json(_ path: String) throws -> JSONValue { try Fixtures.json("yandex/" + path) }

    func names(_ folder: String, _ suffix: String) -> [String] {
        Fixtures.names(in: "yandex/" + folder, suffix: suffix).map { String($0.dropLast(suffix.count)) }
    }

    func exists(_ folder: String, _ file: String) -> Bool { Fixtures.names(in: "yandex/" + folder).contains(file) }

    @Test func everyKindHasFixtures() {
        #expect(names("requests", ".report.json").count >= 8)
        #expect(names("responses", ".report.json").count >= 5)
        #expect(names("streams", ".ndjson").count >= 6)
        #expect(names("errors", ".json").count >= 8)
    }

    @Test(arguments: Fixtures.names(in: "yandex/requests", suffix: ".report.json").map { String($0.dropLast(12)) })
    func requestsBothWays(_ name: String) throws {
        let report = try json("requests/\(name).report.json")
        let request = try ChatCompletionRequest(json: json("requests/\(name).openai.json"))
        var encoding = codec.makeContext(.encode, .chatRequest, model: request.model, options: Self.options)
        let native = try codec.encodeRequest(request, context: &encoding)
        #expect(native.body.canonical == (try json("requests/\(name).yandex.json")).canonical)
        #expect(native.path == report["path"]?.stringValue)
        #expect(
            ReportedChange.of(encoding.report) == ReportedChange.listed(in: report, "encode"),
            "\(encoding.report.rendered)")

        var decoding = codec.makeContext(.decode, .chatRequest, model: nil, options: Self.options)
        let decoded = try codec.decodeRequest(native.body, context: &decoding)
        let file = exists("requests", "\(name).decoded.json") ? "decoded" : "openai"
        #expect(decoded.json.canonical == (try json("requests/\(name).\(file).json")).canonical)
        #expect(
            ReportedChange.of(decoding.report) == ReportedChange.listed(in: report, "decode"),
            "\(decoding.report.rendered)")
    }

    @Test(arguments: Fixtures.names(in: "yandex/responses", suffix: ".report.json").map { String($0.dropLast(12)) })
    func responsesBothWays(_ name: String) throws {
        let native = try json("responses/\(name).yandex.json")
        var decoding = codec.makeContext(.decode, .chatResponse, model: Self.model, options: Self.options)
        let completion = try codec.decodeResponse(native, context: &decoding)
        #expect(completion.json.canonical == (try json("responses/\(name).openai.json")).canonical)
        let listed = ReportedChange.listed(in: try json("responses/\(name).report.json"), "decode")
        #expect(ReportedChange.of(decoding.report) == listed, "\(decoding.report.rendered)")
        var encoding = codec.makeContext(.encode, .chatResponse, model: Self.model, options: Self.options)
        let back = try codec.encodeResponse(completion, context: &encoding)
        #expect(back.canonical == native.canonical)
    }

    @Test(arguments: Fixtures.names(in: "yandex/errors", suffix: ".json").map { String($0.dropLast(5)) })
    func errorBodiesBothWays(_ name: String) throws {
        let fixture = try json("errors/\(name).json")
        let status = try #require(fixture["status"]?.numberValue?.int)
        var context = codec.makeContext(.decode, .error, model: nil)
        let decoded = try codec.decodeError(fixture["yandex"] ?? .null, status: nil, context: &context)
        #expect(decoded.status == status)
        #expect(decoded.body.json.canonical == fixture["openai"]?.canonical)
        guard fixture["decodeOnly"] != true else { return }
        let encoded = try codec.encodeError(decoded.body, status: status, context: &context)
        #expect(encoded.body.canonical == fixture["yandex"]?.canonical)
    }

    func streamContext() -> TranslationContext {
        codec.makeContext(.decode, .stream, model: Self.model, options: Self.options)
    }

    @Test(arguments: Fixtures.names(in: "yandex/streams", suffix: ".ndjson").map { String($0.dropLast(7)) })
    func streamsDecodeUnderAnySplit(_ name: String) throws {
        let bytes = try Fixtures.bytes("yandex/streams/\(name).ndjson")
        let chunks = try ChunkingVerifier().verify(bytes) { codec.makeStreamDecoder(context: streamContext()) }
        let expected = try json("streams/\(name).chunks.json").arrayValue ?? []
        #expect(chunks.map(\.json.canonical) == expected.map(\.canonical))
        let (_, error) = decodeWhole(bytes, with: codec.makeStreamDecoder(context: streamContext()))
        if exists("streams", "\(name).error.json") {
            let failure = try #require(error)
            let listed = try json("streams/\(name).error.json")
            #expect(failure.code.rawValue == listed["code"]?.stringValue)
            #expect(failure.provider == "yandex")
            if let body = listed["openai_body"] { #expect(failure.providerErrorBody?.canonical == body.canonical) }
            return
        }
        #expect(error == nil)
        var decoder = codec.makeStreamDecoder(context: streamContext())
        var all: [ChatCompletionChunk] = []
        try decoder.feed(bytes, into: &all)
        try decoder.finish(into: &all)
        let report = try json("streams/\(name).report.json")
        #expect(
            ReportedChange.of(decoder.report) == ReportedChange.listed(in: report, "decode"),
            "\(decoder.report.rendered)")
        if exists("streams", "\(name).message.json") {
            var context = codec.makeContext(.decode, .chatResponse, model: Self.model, options: Self.options)
            let message = try codec.decodeResponse(try json("streams/\(name).message.json"), context: &context)
            #expect(try accumulate(chunks).json.canonical == message.json.canonical)
        } else if exists("streams", "\(name).accumulated.json") {
            #expect(try accumulate(chunks).json.canonical == (try json("streams/\(name).accumulated.json")).canonical)
        }
        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: Self.model))
        var encoded: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &encoded) }
        try encoder.finish(into: &encoded)
        let again = try ChunkingVerifier(exhaustiveSplitLimit: 256, randomRuns: 8).verify(encoded) {
            codec.makeStreamDecoder(context: streamContext())
        }
        #expect(try accumulate(again).json.canonical == (try accumulate(chunks)).json.canonical)
    }

    @Test(arguments: ["batch", "single"])
    func embeddingsBothWays(_ name: String) throws {
        guard exists("embeddings", "\(name).openai.json") else { return }
        let report = try json("embeddings/\(name).report.json")
        let request = try EmbeddingsRequest(json: json("embeddings/\(name).openai.json"))
        var context = codec.makeContext(.encode, .embeddingsRequest, model: request.model, options: Self.options)
        let natives = try codec.encodeEmbeddingsRequest(request, context: &context)
        let expected = try json("embeddings/\(name).yandex.json")
        #expect(natives.map(\.body.canonical) == (expected.arrayValue ?? [expected]).map(\.canonical))
        #expect(natives.allSatisfy { $0.path == "/foundationModels/v1/textEmbedding" })
        #expect(
            ReportedChange.of(context.report) == ReportedChange.listed(in: report, "encode"),
            "\(context.report.rendered)")
        let responses = try json("embeddings/\(name).responses.yandex.json")
        var decoding = codec.makeContext(.decode, .embeddingsResponse, model: request.model, options: Self.options)
        let response = try codec.decodeEmbeddingsResponse(
            responses.arrayValue ?? [responses], request: request, context: &decoding)
        #expect(response.json.canonical == (try json("embeddings/\(name).response.openai.json")).canonical)
        #expect(
            ReportedChange.of(decoding.report) == ReportedChange.listed(in: report, "responseDecode"),
            "\(decoding.report.rendered)")
    }

    @Test func badInputIsAClearError() throws {
        let cases: [(String, String, TranslationError.Code)] = [
            (
                #"{"result":{"alternatives":[],"usage":{"inputTextTokens":"twelve"}}}"#, "result.usage.inputTextTokens",
                .invalidValue
            ),
            (
                #"{"result":{"alternatives":[],"usage":{"inputTextTokens":true}}}"#, "result.usage.inputTextTokens",
                .typeMismatch
            ),
        ]
        for (text, path, code) in cases {
            var context = codec.makeContext(.decode, .chatResponse, model: Self.model, options: Self.options)
            do {
                _ = try codec.decodeResponse(try JSONReader().read(text), context: &context)
                Issue.record("\(text) decoded")
            } catch let error as TranslationError {
                #expect(error.code == code, "\(text)")
                #expect(error.path.description == path, "\(text): \(error)")
                #expect(error.provider == "yandex")
            } catch {
                Issue.record("\(text): \(error)")
            }
        }
        let twoKinds =
            #"{"modelUri":"gpt://f/yandexgpt/latest","messages":[{"role":"assistant","text":"a","toolCallList":{"toolCalls":[]}}]}"#
        var context = codec.makeContext(.decode, .chatRequest, model: nil, options: Self.options)
        #expect {
            try codec.decodeRequest(try JSONReader().read(twoKinds), context: &context)
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .invalidValue && error.path.description == "messages[0]"
        }
        let tooMany =
            #"{"modelUri":"gpt://f/yandexgpt/latest","completionOptions":{"maxTokens":"99999999999999999999"},"messages":[]}"#
        #expect {
            try codec.decodeRequest(try JSONReader().read(tooMany), context: &context)
        } throws: { error in
            (error as? TranslationError)?.path.description == "completionOptions.maxTokens"
        }
        var bare = codec.makeContext(.encode, .chatRequest, model: "yandexgpt")
        #expect {
            try codec.encodeRequest(ChatCompletionRequest(model: "yandexgpt", messages: []), context: &bare)
        } throws: { error in
            (error as? TranslationError)?.code == .missingField
        }
    }
}
