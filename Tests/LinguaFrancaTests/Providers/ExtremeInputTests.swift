import Foundation
import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Counts at the edges of `Int` and streams that keep going after they ended: translated or refused with a typed
/// error, never a trap, never duplicated output.
@Suite struct ExtremeInputTests {
    @Test func extremeTokenCountsDoNotTrap() throws {
        let anthropic = try AnthropicChatCodec()
        var request = ChatCompletionRequest(
            model: "claude-haiku-4-5", messages: [ChatMessage(role: .user, text: "?")], maxTokens: Int.min,
            reasoningEffort: .low)
        var context = anthropic.makeContext(.encode, .chatRequest, model: request.model)
        let native = try anthropic.encodeRequest(request, context: &context)
        #expect(native.body["thinking"] == nil)
        #expect(ReportedChange.of(context.report).contains(ReportedChange(kind: "dropped", path: "reasoning_effort")))
        request.maxTokens = Int.max
        context = anthropic.makeContext(.encode, .chatRequest, model: request.model)
        #expect(try anthropic.encodeRequest(request, context: &context).body["thinking"]?["budget_tokens"] == 2048)

        let usage = Usage(
            promptTokens: Int.min, completionTokens: Int.min, totalTokens: 0,
            promptTokensDetails: PromptTokensDetails(cachedTokens: Int.max),
            completionTokensDetails: CompletionTokensDetails(reasoningTokens: Int.max))
        let response = ChatCompletion(
            id: "x", created: 1, model: "m",
            choices: [
                ChatCompletionChoice(index: 0, message: ChatMessage(role: .assistant, text: "ok"), finishReason: .stop)
            ],
            usage: usage)
        var encoding = anthropic.makeContext(.encode, .chatResponse, model: "m")
        #expect(try anthropic.encodeResponse(response, context: &encoding)["usage"]?["input_tokens"] == 0)
        let gemini = try GeminiChatCodec()
        var geminiEncoding = gemini.makeContext(.encode, .chatResponse, model: "m")
        let metadata = try gemini.encodeResponse(response, context: &geminiEncoding)["usageMetadata"]
        #expect(metadata?["promptTokenCount"] == 0)
        #expect(metadata?["candidatesTokenCount"] == nil, "a count clamped to zero is left out, as proto3 JSON does")
    }

    @Test func streamsThatContinueAfterTheyEndedAreRefused() throws {
        let gemini = try GeminiChatCodec()
        let element =
            #"data: {"candidates":[{"content":{"role":"model","parts":[{"text":"a"}]},"finishReason":"STOP","index":0}]}"#
        var decoder = gemini.makeStreamDecoder(context: gemini.makeContext(.decode, .stream, model: "m"))
        var chunks: [ChatCompletionChunk] = []
        #expect {
            try decoder.feed(Array((element + "\r\n\r\n" + element + "\r\n\r\n").utf8), into: &chunks)
        } throws: { error in
            (error as? TranslationError)?.code == .invalidValue
        }
        #expect(chunks.filter { $0.choices.contains { $0.finishReason != nil } }.count == 1)

        let yandex = try YandexChatCodec()
        let line =
            #"{"result":{"alternatives":[{"message":{"role":"assistant","text":"a"},"status":"ALTERNATIVE_STATUS_FINAL"}]}}"#
        var lines = yandex.makeStreamDecoder(context: yandex.makeContext(.decode, .stream, model: "m"))
        var more: [ChatCompletionChunk] = []
        #expect {
            try lines.feed(Array((line + "\n" + line + "\n").utf8), into: &more)
        } throws: { error in
            (error as? TranslationError)?.code == .invalidValue
        }
    }

    /// Gemini sends a turn's thought signature with its finish, after the text; re-encoded for Anthropic, the
    /// thinking must appear once, before the text.
    @Test func thinkingSignedAtTheEndIsNotWrittenTwice() throws {
        let gemini = try GeminiChatCodec()
        let anthropic = try AnthropicChatCodec()
        let stream = try Fixtures.bytes("gemini/streams/thinking.sse")
        let (chunks, error) = decodeWhole(
            stream, with: gemini.makeStreamDecoder(context: gemini.makeContext(.decode, .stream, model: "m")))
        #expect(error == nil)
        var encoder = anthropic.makeStreamEncoder(context: anthropic.makeContext(.encode, .stream, model: "m"))
        var bytes: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &bytes) }
        try encoder.finish(into: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let thinkingStarts = text.components(separatedBy: #""content_block":{"type":"thinking""#).count - 1
        #expect(thinkingStarts == 1)
    }
}
