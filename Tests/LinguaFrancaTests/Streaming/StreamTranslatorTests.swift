import LinguaFranca
import LinguaFrancaConformance
import Testing

/// A stream translated from one provider's framing to another's as it arrives: the same bytes under any split,
/// the decoder's report kept, and the bytes before a failure written.
@Suite struct StreamTranslatorTests {
    static let options = TranslationOptions(created: 1_764_547_200)

    @Test func anthropicToGeminiUnderAnySplitDescribesTheSameAnswer() throws {
        let anthropic = try AnthropicChatCodec()
        let gemini = try GeminiChatCodec()
        let bytes = try Fixtures.bytes("anthropic/streams/tool-use.sse")
        let decoding = anthropic.makeContext(.decode, .stream, model: nil, options: Self.options)
        let encoding = gemini.makeContext(.encode, .stream, model: nil, options: Self.options)
        let translated = try ChunkingVerifier(exhaustiveSplitLimit: 512, randomRuns: 16).verify(bytes) {
            anthropic.streamTranslator(to: gemini, decoding: decoding, encoding: encoding)
        }
        let (back, error) = decodeWhole(
            translated, with: gemini.makeStreamDecoder(context: gemini.makeContext(.decode, .stream, model: nil)))
        #expect(error == nil)
        let (direct, _) = decodeWhole(bytes, with: anthropic.makeStreamDecoder(context: decoding))
        let viaGemini = try accumulate(back).choices.first?.message
        let original = try accumulate(direct).choices.first?.message
        #expect(viaGemini?.content == original?.content)
        #expect(viaGemini?.toolCalls?.map(\.function?.name) == original?.toolCalls?.map(\.function?.name))
        #expect(viaGemini?.toolCalls?.map(\.function?.arguments) == original?.toolCalls?.map(\.function?.arguments))
    }

    @Test func aTruncatedStreamFailsAfterTheBytesBeforeTheCutAndKeepsTheReport() throws {
        let yandex = try YandexChatCodec()
        let openAI = OpenAICompatibleChatCodec(table: try #require(CapabilityCatalog.embedded.table(.openAI)))
        let options = TranslationOptions(created: 1, responseID: "id")
        var translator = yandex.streamTranslator(
            to: openAI, decoding: yandex.makeContext(.decode, .stream, model: "m", options: options),
            encoding: openAI.makeContext(.encode, .stream, model: "m", options: options))
        var output: [UInt8] = []
        try translator.feed(try Fixtures.bytes("yandex/streams/rewrite.ndjson"), into: &output)
        try translator.finish(into: &output)
        #expect(translator.report.entries.map(\.kind) == [.approximated])
        #expect(String(decoding: output, as: UTF8.self).hasSuffix("data: [DONE]\n\n"))

        var cut = yandex.streamTranslator(
            to: openAI, decoding: yandex.makeContext(.decode, .stream, model: "m", options: options),
            encoding: openAI.makeContext(.encode, .stream, model: "m", options: options))
        var partial: [UInt8] = []
        let truncated = try Fixtures.bytes("yandex/streams/truncated-stream.ndjson")
        try cut.feed(truncated, into: &partial)
        #expect(throws: TranslationError.self) { try cut.finish(into: &partial) }
        #expect(String(decoding: partial, as: UTF8.self).hasPrefix("data: {"))
    }
}
