import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Malformed and surprising Gemini input: a clear error naming the provider, the direction and the JSON path, or a
/// documented fallback the report lists — never a trap.
@Suite struct GeminiBadInputTests {
    let codec: GeminiChatCodec

    init() throws {
        codec = try GeminiChatCodec()
    }

    func failure(_ body: () throws -> Void) -> TranslationError? {
        do {
            try body()
            return nil
        } catch {
            return error as? TranslationError
        }
    }

    @Test func wrongTypesNameTheirPath() throws {
        let cases: [(String, String)] = [
            (#"{"contents": {"role": "user"}}"#, "contents"),
            (#"{"contents": [{"role": "user", "parts": [{"text": 5}]}]}"#, "contents[0].parts[0].text"),
            (
                #"{"contents": [{"role": "model", "parts": [{"functionCall": {"args": {}}}]}]}"#,
                "contents[0].parts[0].functionCall"
            ),
            (#"{"contents": [], "generationConfig": {"maxOutputTokens": "100"}}"#, "generationConfig.maxOutputTokens"),
            (
                #"{"contents": [], "generationConfig": {"thinkingConfig": {"thinkingBudget": 1.5}}}"#,
                "generationConfig.thinkingConfig.thinkingBudget"
            ),
            (#"{"contents": [{"role": "system", "parts": []}]}"#, "contents[0].role"),
        ]
        for (text, path) in cases {
            var context = codec.makeContext(.decode, .chatRequest, model: "gemini-2.5-flash")
            let error = try #require(
                failure { _ = try codec.decodeRequest(try JSONReader().read(text), context: &context) }, "\(text)")
            #expect(error.path.description == path, "\(text): \(error)")
            #expect(error.provider == "gemini")
            #expect(error.direction == TranslationDirection(.decode, .chatRequest))
        }
    }

    @Test func decodeNeedsTheModelFromTheContext() {
        var context = codec.makeContext(.decode, .chatRequest, model: nil)
        let error = failure { _ = try codec.decodeRequest(["contents": []], context: &context) }
        #expect(error?.code == .missingField)
    }

    @Test func aToolResultForNoKnownCallIsAnError() throws {
        let request = ChatCompletionRequest(
            model: "gemini-2.5-flash",
            messages: [
                ChatMessage(role: .user, text: "?"),
                ChatMessage(role: .tool, content: .text("42"), toolCallID: "call_unknown"),
            ])
        var context = codec.makeContext(.encode, .chatRequest, model: request.model)
        let error = failure { _ = try codec.encodeRequest(request, context: &context) }
        #expect(error?.code == .invalidValue)
        #expect(error?.path.description == "messages[1].tool_call_id")
    }

    @Test func anErrorBodyWhereAResponseBelongsIsAProviderError() throws {
        let fixture = try Fixtures.json("gemini/errors/UNAVAILABLE.json")
        var context = codec.makeContext(.decode, .chatResponse, model: "gemini-2.5-flash")
        let error = failure { _ = try codec.decodeResponse(fixture["gemini"] ?? .null, context: &context) }
        #expect(error?.code == .providerError)
        #expect(error?.providerErrorBody?.canonical == fixture["openai"]?.canonical)
    }

    @Test func arrayFramingErrorsArePlacedAtTheElement() throws {
        let text =
            #"[{"candidates":[{"content":{"role":"model","parts":[{"text":"ok"}]},"index":0}]},{"candidates":7}]"#
        var decoder = codec.makeStreamDecoder(
            context: codec.makeContext(.decode, .stream, model: "m", options: .init(created: 1)), framing: .jsonArray)
        var output: [ChatCompletionChunk] = []
        let error = failure {
            try decoder.feed(Array(text.utf8), into: &output)
            try decoder.finish(into: &output)
        }
        #expect(error?.code == .typeMismatch)
        #expect(error?.path.description == "candidates")
        #expect(error?.streamPosition?.index == 1)
        #expect(error?.streamPosition?.unit == "element")
    }

    /// A blocked prompt streams as it answers: no candidates, only `promptFeedback`: the stream ends with
    /// `content_filter`, as the response decoder gives, not as a truncated stream.
    @Test func aBlockedPromptStreamsAsContentFilter() throws {
        let text =
            "data: "
            + #"{"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":9,"totalTokenCount":9},"responseId":"r1","modelVersion":"gemini-2.5-flash"}"#
            + "\r\n\r\n"
        var decoder = codec.makeStreamDecoder(
            context: codec.makeContext(.decode, .stream, model: "m", options: .init(created: 1)))
        var chunks: [ChatCompletionChunk] = []
        try decoder.feed(Array(text.utf8), into: &chunks)
        try decoder.finish(into: &chunks)
        #expect(chunks.compactMap { $0.choices.first?.finishReason } == [.contentFilter])
        #expect(chunks.last?.usage?.promptTokens == 9)
        #expect(ReportedChange.of(decoder.report) == [ReportedChange(kind: "approximated", path: "promptFeedback")])
    }

    /// Seeded mutations of every Gemini fixture: the decoders return a value or a one-line `TranslationError`.
    @Test func mutatedInputNeverTraps() throws {
        let streams = try Fixtures.names(in: "gemini/streams", suffix: ".sse").map {
            try Fixtures.bytes("gemini/streams/" + $0)
        }
        let context = codec.makeContext(.decode, .stream, model: "m", options: .init(created: 1))
        var generator = SeededRandomNumberGenerator(seed: 0x6E61)
        var errors = 0
        for input in StreamRobustnessTests.mutations(of: streams, count: 300, seed: 0x5EED) {
            for framing in [GeminiStreamDecoder.Framing.serverSentEvents, .jsonArray] {
                let decoder = codec.makeStreamDecoder(context: context, framing: framing)
                if let error = StreamRobustnessTests.run(input, decoder, using: &generator).error {
                    errors += 1
                    #expect(!error.description.contains("\n"))
                }
            }
        }
        #expect(errors > 0)
        let documents = try ["requests", "responses"].flatMap { folder in
            try Fixtures.names(in: "gemini/" + folder, suffix: ".gemini.json").map {
                try Fixtures.bytes("gemini/\(folder)/" + $0)
            }
        }
        for input in StreamRobustnessTests.mutations(of: documents, count: 300, seed: 0xD0C5) {
            guard let value = try? JSONReader().read(input) else { continue }
            var context = codec.makeContext(.decode, .chatRequest, model: "m")
            _ = try? codec.decodeRequest(value, context: &context)
            _ = try? codec.decodeResponse(value, context: &context)
        }
    }
}
