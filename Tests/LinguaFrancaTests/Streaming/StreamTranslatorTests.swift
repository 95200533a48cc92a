import Foundation
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

extension StreamTranslatorTests {
    /// What a native stream cannot carry is reported once per place, however many chunks carry it, and refused
    /// under `.strict`.
    @Test func encodersReportWhatTheyCannotCarry() throws {
        let chunks = try (Fixtures.json("openai-stream/chat-n2.expected.json").arrayValue ?? []).map {
            try ChatCompletionChunk(json: $0)
        }
        var withLogprobs = chunks
        for index in withLogprobs.indices {
            for choice in withLogprobs[index].choices.indices {
                withLogprobs[index].choices[choice].logprobs = ChoiceLogprobs(content: [])
            }
        }
        let gemini = try GeminiChatCodec()
        var encoder = gemini.makeStreamEncoder(context: gemini.makeContext(.encode, .stream, model: "m"))
        var bytes: [UInt8] = []
        for chunk in withLogprobs { try encoder.encode(chunk, into: &bytes) }
        try encoder.finish(into: &bytes)
        #expect(
            encoder.report.entries.map { "\($0.kind) \($0.path)" }.sorted() == [
                "dropped choices[0].logprobs", "dropped choices[1].logprobs",
            ], "\(encoder.report.rendered)")

        let file = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Mappings/examples/top-level-settings.json")
        let dialect = try DeclarativeChatCodec(
            table: CapabilityTable(
                bytes: Array(try String(contentsOf: file, encoding: .utf8).utf8), file: file.lastPathComponent))
        var lenient = dialect.makeStreamEncoder(context: dialect.makeContext(.encode, .stream, model: "m"))
        for chunk in chunks { try lenient.encode(chunk, into: &bytes) }
        #expect(lenient.report.entries.map { "\($0.kind) \($0.path)" } == ["dropped choices[1]"])
        var strict = dialect.makeStreamEncoder(
            context: dialect.makeContext(.encode, .stream, model: "m", options: .init(policy: .strict)))
        #expect(throws: TranslationError.self) {
            for chunk in chunks { try strict.encode(chunk, into: &bytes) }
        }
    }
}
