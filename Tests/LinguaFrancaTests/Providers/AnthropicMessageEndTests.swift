import LinguaFranca
import LinguaFrancaConformance
import Testing

/// How an Anthropic message ends, both ways: stop reasons OpenAI has no name for, the end-state members
/// (`stop_details`, `container`, and members not yet documented) that a stream sends in `message_delta`, and the
/// usage details (`output_tokens_details`, OpenAI counts Anthropic has no member for).
@Suite struct AnthropicMessageEndTests {
    let codec: AnthropicChatCodec

    init() throws {
        codec = try AnthropicChatCodec()
    }

    /// An Anthropic stream of the given events: each `(name, data)` as `event:` and `data:` lines.
    func stream(_ events: [(String, String)]) -> [UInt8] {
        Array(events.map { "event: \($0.0)\ndata: \($0.1)\n\n" }.joined().utf8)
    }

    func decode(_ bytes: [UInt8], policy: TranslationOptions.Policy = .lenient) throws -> (
        [ChatCompletionChunk], TranslationReport
    ) {
        var decoder = codec.makeStreamDecoder(
            context: codec.makeContext(
                .decode, .stream, model: nil, options: TranslationOptions(policy: policy, created: 1)))
        var chunks: [ChatCompletionChunk] = []
        try decoder.feed(bytes, into: &chunks)
        try decoder.finish(into: &chunks)
        return (chunks, decoder.report)
    }

    func encode(_ chunks: [ChatCompletionChunk]) throws -> (String, TranslationReport) {
        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var bytes: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &bytes) }
        try encoder.finish(into: &bytes)
        return (String(decoding: bytes, as: UTF8.self), encoder.report)
    }

    /// The `data` of the stream's `message_delta` event.
    func messageDelta(_ text: String) throws -> JSONValue {
        let line = try #require(
            text.split(separator: "\n").first { $0.hasPrefix("data: {\"type\":\"message_delta\"") })
        return try JSONReader().read(String(line.dropFirst("data: ".count)))
    }

    static let start = (
        "message_start",
        #"{"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":9,"output_tokens":1}}}"#
    )
    static let stop = ("message_stop", #"{"type":"message_stop"}"#)
    static let container: JSONValue = ["id": "container_011CZ5nKq8", "expires_at": "2025-12-01T01:04:11.713Z"]

    /// `message_delta.delta` members beyond `stop_reason` and `stop_sequence` — `container`, and one no document
    /// names yet — become choice extensions of the finish chunk; a member of the event itself becomes a chunk
    /// extension. The undocumented ones are reported, and the encoder writes every one back into the delta.
    @Test func everyMessageDeltaMemberReachesTheFinishChunkAndGoesBack() throws {
        let bytes = stream([
            Self.start,
            (
                "message_delta",
                #"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null,"container":{"id":"container_011CZ5nKq8","expires_at":"2025-12-01T01:04:11.713Z"},"stop_hint":{"kind":"x","tags":[1,null]},"unset":null},"usage":{"output_tokens":5},"context_management":{"applied_edits":[]}}"#
            ),
            Self.stop,
        ])
        let (chunks, report) = try decode(bytes)
        let finish = try #require(chunks.first { $0.choices.first?.finishReason != nil })
        #expect(finish.choices[0].finishReason == .stop)
        #expect(
            finish.choices[0].additionalFields == [
                "container": Self.container, "stop_hint": ["kind": "x", "tags": [1, nil]],
            ])
        #expect(finish.additionalFields == ["context_management": ["applied_edits": []]])
        #expect(
            ReportedChange.of(report) == [
                ReportedChange(kind: "converted", path: "delta.stop_hint"),
                ReportedChange(kind: "converted", path: "context_management"),
            ])

        let (text, encodeReport) = try encode(chunks)
        let delta = try messageDelta(text)["delta"]
        #expect(delta?["stop_reason"] == "end_turn")
        #expect(delta?["container"] == Self.container)
        #expect(delta?["stop_hint"] == ["kind": "x", "tags": [1, nil]])
        #expect(encodeReport.isEmpty)
    }

    /// A response's `container` sits on the choice, where the stream puts it, so that the accumulated stream
    /// equals the response; encoding writes it back at the message's top level.
    @Test func aResponseContainerIsAChoiceMemberLikeTheStreams() throws {
        let message: JSONValue = [
            "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
            "content": [["type": "text", "text": "Готово."]], "stop_reason": "end_turn", "stop_sequence": nil,
            "container": Self.container, "usage": ["input_tokens": 9, "output_tokens": 5],
        ]
        var context = codec.makeContext(.decode, .chatResponse, model: nil, options: TranslationOptions(created: 1))
        let completion = try codec.decodeResponse(message, context: &context)
        #expect(completion.choices[0].additionalFields == ["container": Self.container])
        #expect(completion.additionalFields.isEmpty)
        #expect(context.report.isEmpty)

        let (chunks, _) = try decode(
            stream([
                Self.start,
                (
                    "content_block_start",
                    #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#
                ),
                (
                    "content_block_delta",
                    #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Готово."}}"#
                ),
                ("content_block_stop", #"{"type":"content_block_stop","index":0}"#),
                (
                    "message_delta",
                    #"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null,"container":{"id":"container_011CZ5nKq8","expires_at":"2025-12-01T01:04:11.713Z"}},"usage":{"output_tokens":5}}"#
                ),
                Self.stop,
            ]))
        #expect(try accumulate(chunks).choices[0].additionalFields == completion.choices[0].additionalFields)

        var encoding = codec.makeContext(.encode, .chatResponse, model: nil)
        let native = try codec.encodeResponse(completion, context: &encoding)
        #expect(native.canonical == message.canonical)
        #expect(encoding.report.isEmpty)
    }

    /// `model_context_window_exceeded` and `pause_turn` come back from no finish reason: kept as the choice
    /// extension `stop_reason`, reported `converted` (not a loss, so `.strict` accepts it), and preferred by both
    /// encoders. A `stop_reason` that does not decode to the finish reason (vLLM's matched stop string, say) is
    /// not sent and is reported.
    @Test func stopReasonsOpenAICannotNameAreKeptAndPreferred() throws {
        let message: JSONValue = [
            "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
            "content": [["type": "text", "text": "…"]], "stop_reason": "model_context_window_exceeded",
            "stop_sequence": nil, "usage": ["input_tokens": 199_990, "output_tokens": 10],
        ]
        var context = codec.makeContext(
            .decode, .chatResponse, model: nil, options: TranslationOptions(policy: .strict, created: 1))
        let completion = try codec.decodeResponse(message, context: &context)
        #expect(completion.choices[0].finishReason == .length)
        #expect(completion.choices[0].additionalFields == ["stop_reason": "model_context_window_exceeded"])
        #expect(ReportedChange.of(context.report) == [ReportedChange(kind: "converted", path: "stop_reason")])
        var encoding = codec.makeContext(.encode, .chatResponse, model: nil)
        #expect(
            try codec.encodeResponse(completion, context: &encoding)["stop_reason"] == "model_context_window_exceeded")
        #expect(encoding.report.isEmpty)

        var foreign = completion
        foreign.choices[0].finishReason = .stop
        foreign.choices[0].additionalFields = ["stop_reason": "</answer>"]
        var foreignEncoding = codec.makeContext(.encode, .chatResponse, model: nil)
        #expect(try codec.encodeResponse(foreign, context: &foreignEncoding)["stop_reason"] == "end_turn")
        #expect(
            ReportedChange.of(foreignEncoding.report) == [
                ReportedChange(kind: "dropped", path: "choices[0].stop_reason")
            ])
        foreign.choices[0].additionalFields = ["stop_reason": nil]
        var nullEncoding = codec.makeContext(.encode, .chatResponse, model: nil)
        _ = try codec.encodeResponse(foreign, context: &nullEncoding)
        #expect(nullEncoding.report.isEmpty)

        var finish = ChatCompletionChunk(
            id: "msg_01", created: 1, model: "m",
            choices: [ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(content: "…"))])
        finish.choices[0].finishReason = .stop
        finish.choices[0].additionalFields = ["stop_reason": "pause_turn"]
        let (text, report) = try encode([finish])
        #expect(try messageDelta(text)["delta"]?["stop_reason"] == "pause_turn")
        #expect(report.isEmpty)
        finish.choices[0].additionalFields = ["stop_reason": 7]
        let (foreignText, foreignReport) = try encode([finish])
        #expect(try messageDelta(foreignText)["delta"]?["stop_reason"] == "end_turn")
        #expect(ReportedChange.of(foreignReport) == [ReportedChange(kind: "dropped", path: "choices[0].stop_reason")])
    }

    /// `reasoning_tokens` goes out as `output_tokens_details.thinking_tokens`, with the details' other members; the
    /// counts Anthropic has no member for are reported when they are not zero, by both encoders.
    @Test func usageDetailsGoBackAndTheRestIsReported() throws {
        let usage = Usage(
            promptTokens: 120, completionTokens: 60, totalTokens: 180,
            promptTokensDetails: PromptTokensDetails(cachedTokens: 100, audioTokens: 0),
            completionTokensDetails: CompletionTokensDetails(
                reasoningTokens: 40, audioTokens: 0, acceptedPredictionTokens: 3, rejectedPredictionTokens: 0,
                additionalFields: ["summary_tokens": 12]))
        let completion = ChatCompletion(
            id: "chatcmpl-1", created: 1, model: "gpt-5",
            choices: [
                ChatCompletionChoice(index: 0, message: ChatMessage(role: .assistant, text: "ok"), finishReason: .stop)
            ], usage: usage)
        var context = codec.makeContext(.encode, .chatResponse, model: nil)
        let native = try codec.encodeResponse(completion, context: &context)
        #expect(native["usage"]?["output_tokens_details"] == ["thinking_tokens": 40, "summary_tokens": 12])
        #expect(native["usage"]?["cache_read_input_tokens"] == 100)
        let unsent: Set = [
            ReportedChange(kind: "dropped", path: "usage.completion_tokens_details.accepted_prediction_tokens")
        ]
        #expect(ReportedChange.of(context.report) == unsent)

        var decoding = codec.makeContext(.decode, .chatResponse, model: nil)
        let back = try codec.decodeResponse(native, context: &decoding)
        #expect(back.usage?.completionTokensDetails?.json == ["reasoning_tokens": 40, "summary_tokens": 12])

        let chunk = ChatCompletionChunk(id: "chatcmpl-1", created: 1, model: "gpt-5", choices: [], usage: usage)
        let (text, report) = try encode([chunk])
        #expect(
            try messageDelta(text)["usage"]?["output_tokens_details"] == ["thinking_tokens": 40, "summary_tokens": 12])
        #expect(ReportedChange.of(report) == unsent)
    }

    /// The input fragments of a server tool block must spell a JSON object for the block to be kept: otherwise it is
    /// left out and reported (an error under `.strict`), and the stream goes on.
    @Test func aServerToolBlockWithBrokenInputIsDroppedAndReported() throws {
        let bytes = stream([
            Self.start,
            (
                "content_block_start",
                #"{"type":"content_block_start","index":0,"content_block":{"type":"server_tool_use","id":"srvtoolu_01","name":"web_search","input":{}}}"#
            ),
            (
                "content_block_delta",
                #"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"query\": \"Мурм"}}"#
            ),
            ("content_block_stop", #"{"type":"content_block_stop","index":0}"#),
            (
                "message_delta",
                #"{"type":"message_delta","delta":{"stop_reason":"pause_turn","stop_sequence":null},"usage":{"output_tokens":5}}"#
            ),
            Self.stop,
        ])
        let (chunks, report) = try decode(bytes)
        let message = try accumulate(chunks).choices[0].message
        #expect(message.additionalFields["server_tool_blocks"] == nil)
        #expect(
            ReportedChange.of(report) == [
                ReportedChange(kind: "converted", path: "content_block"),
                ReportedChange(kind: "dropped", path: "index"),
                ReportedChange(kind: "converted", path: "delta.stop_reason"),
            ])
        #expect {
            _ = try decode(bytes, policy: .strict)
        } throws: { error in
            (error as? TranslationError)?.code == .unsupported
        }
    }
}
