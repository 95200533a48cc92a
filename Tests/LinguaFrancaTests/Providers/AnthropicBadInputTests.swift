import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Malformed, surprising and hostile Anthropic input: each gives a clear error that names the provider, the
/// direction and the JSON path, or a documented fallback that the report lists — never a trap.
@Suite struct AnthropicBadInputTests {
    let codec: AnthropicChatCodec

    init() throws {
        codec = try AnthropicChatCodec()
    }

    func decodeRequest(_ text: String, policy: TranslationOptions.Policy = .lenient) throws
        -> (ChatCompletionRequest, TranslationReport)
    {
        var context = codec.makeContext(.decode, .chatRequest, model: nil, options: .init(policy: policy))
        let request = try codec.decodeRequest(try JSONReader().read(text), context: &context)
        return (request, context.report)
    }

    func error(_ body: () throws -> Void) -> TranslationError? {
        do {
            try body()
            return nil
        } catch {
            return error as? TranslationError
        }
    }

    @Test func wrongTypesNameTheirPath() throws {
        let cases: [(String, String)] = [
            (#"{"model": 7, "max_tokens": 10, "messages": []}"#, "model"),
            (#"{"model": "m", "max_tokens": "10", "messages": []}"#, "max_tokens"),
            (#"{"model": "m", "messages": {"role": "user"}}"#, "messages"),
            (#"{"model": "m", "messages": [{"role": "user", "content": 5}]}"#, "messages[0].content"),
            (
                #"{"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": ["x"]}]}]}"#,
                "messages[0].content[0].text"
            ),
            (
                #"{"model": "m", "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "base64", "data": "AA=="}}]}]}"#,
                "messages[0].content[0].source"
            ),
            (#"{"model": "m", "messages": [], "system": 1}"#, "system"),
            (#"{"model": "m", "messages": [], "tool_choice": {"type": "tool"}}"#, "tool_choice"),
            (
                #"{"model": "m", "messages": [], "thinking": {"type": "enabled", "budget_tokens": 1.5}}"#,
                "thinking.budget_tokens"
            ),
        ]
        for (text, path) in cases {
            let failure = try #require(error { _ = try decodeRequest(text) }, "\(text)")
            #expect(failure.path.description == path, "\(text): \(failure)")
            #expect(failure.provider == "anthropic")
            #expect(failure.direction == TranslationDirection(.decode, .chatRequest))
            #expect(failure.description.hasPrefix("anthropic decode chat request: at \(path)"), "\(failure)")
        }
    }

    @Test func unknownRolesAreErrors() throws {
        let failure = error {
            _ = try decodeRequest(#"{"model": "m", "messages": [{"role": "system", "content": "x"}]}"#)
        }
        #expect(failure?.code == .invalidValue)
        #expect(failure?.path.description == "messages[0].role")
        var context = codec.makeContext(.encode, .chatRequest, model: "m")
        let request = ChatCompletionRequest(model: "m", messages: [ChatMessage(role: "narrator", text: "once")])
        let encoding = error { _ = try codec.encodeRequest(request, context: &context) }
        #expect(encoding?.code == .invalidValue)
        #expect(encoding?.path.description == "messages[0].role")
    }

    /// Block types OpenAI has no part for are reported and left out, except the blocks of Anthropic-run tools in an
    /// assistant turn: those are kept verbatim in `server_tool_blocks` (reported `converted`) and replayed on encode.
    @Test func unknownBlockTypesAreReportedAndLeftOut() throws {
        let serverToolUse: JSONValue = [
            "type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": ["query": "Осло"],
        ]
        let text = #"""
            {"model": "m", "max_tokens": 5, "messages": [
              {"role": "user", "content": [{"type": "search_result", "source": "s", "title": "t", "content": []},
                                           {"type": "text", "text": "Привет 👋"}]},
              {"role": "assistant", "content": [{"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": "Осло"}},
                                                {"type": "text", "text": "ok"}]}]}
            """#
        let (request, report) = try decodeRequest(text)
        #expect(request.messages.count == 2)
        #expect(request.messages[0].content == .parts([.text("Привет 👋")]))
        #expect(request.messages[1].content == .text("ok"))
        #expect(request.messages[1].additionalFields == ["server_tool_blocks": [serverToolUse]])
        #expect(
            ReportedChange.of(report) == [
                ReportedChange(kind: "dropped", path: "messages[0].content[0]"),
                ReportedChange(kind: "converted", path: "messages[1].content[0]"),
            ])
        let strict = error { _ = try decodeRequest(text, policy: .strict) }
        #expect(strict?.code == .unsupported)
        #expect(strict?.path.description == "messages[0].content[0]")

        var context = codec.makeContext(.encode, .chatRequest, model: "m")
        let native = try codec.encodeRequest(request, context: &context)
        #expect(native.body["messages"]?[1]?["content"] == [serverToolUse, ["type": "text", "text": "ok"]])
        #expect(context.report.isEmpty, "\(context.report.rendered)")
        var broken = request
        broken.messages[1].additionalFields["server_tool_blocks"] = "srvtoolu_1"
        let failure = error { _ = try codec.encodeRequest(broken, context: &context) }
        #expect(failure?.code == .typeMismatch)
        #expect(failure?.path.description == "messages[1].server_tool_blocks")
    }

    @Test func toolArgumentsThatAreNotAnObject() throws {
        for arguments in ["{\"city\": \"Осло\"", "[1, 2]", "не JSON"] {
            let request = ChatCompletionRequest(
                model: "claude-haiku-4-5",
                messages: [
                    ChatMessage(role: .user, text: "?"),
                    ChatMessage(
                        role: .assistant,
                        toolCalls: [ToolCall(id: "call_1", function: FunctionCall(name: "f", arguments: arguments))]),
                ], maxTokens: 10)
            var strict = codec.makeContext(.encode, .chatRequest, model: request.model, options: .init(policy: .strict))
            let failure = error { _ = try codec.encodeRequest(request, context: &strict) }
            #expect(failure?.code == .invalidValue)
            #expect(failure?.path.description == "messages[1].tool_calls[0].function.arguments")
            var lenient = codec.makeContext(.encode, .chatRequest, model: request.model)
            let native = try codec.encodeRequest(request, context: &lenient)
            #expect(native.body["messages"]?[1]?["content"]?[0]?["input"] == ["raw_arguments": .string(arguments)])
            #expect(
                ReportedChange.of(lenient.report) == [
                    ReportedChange(kind: "approximated", path: "messages[1].tool_calls[0].function.arguments")
                ])
        }
    }

    @Test func imageURLsAnthropicCannotFetchAreErrors() throws {
        let request = ChatCompletionRequest(
            model: "m",
            messages: [
                ChatMessage(role: .user, content: .parts([.image(url: "gs://bucket/cat.png")]))
            ])
        var context = codec.makeContext(.encode, .chatRequest, model: "m")
        let failure = error { _ = try codec.encodeRequest(request, context: &context) }
        #expect(failure?.code == .invalidValue)
        #expect(failure?.path.description == "messages[0].content[0].image_url.url")
        let broken = ChatCompletionRequest(
            model: "m", messages: [ChatMessage(role: .user, content: .parts([.image(url: "data:;base64,AAAA")]))])
        let brokenFailure = error { _ = try codec.encodeRequest(broken, context: &context) }
        #expect(brokenFailure?.path.description == "messages[0].content[0].image_url.url")
    }

    @Test func responsesOfTheWrongShape() throws {
        let cases: [(String, String)] = [
            (#"{"id": "msg_1", "type": "message", "model": "m", "content": "text"}"#, "content"),
            (
                #"{"id": "msg_1", "type": "message", "model": "m", "content": [{"type": "tool_use", "name": "f"}]}"#,
                "content[0]"
            ),
            (#"{"id": "msg_1", "model": "m", "content": [], "usage": {"input_tokens": "12"}}"#, "usage.input_tokens"),
            (#"{"type": "message", "model": "m", "content": []}"#, ""),
        ]
        for (text, path) in cases {
            var context = codec.makeContext(.decode, .chatResponse, model: nil)
            let failure = try #require(
                error { _ = try codec.decodeResponse(try JSONReader().read(text), context: &context) }, "\(text)")
            #expect(failure.path.description == path, "\(text): \(failure)")
            #expect(failure.provider == "anthropic")
        }
    }

    @Test func streamEventsOutOfSequence() throws {
        let start =
            #"event: message_start"# + "\n"
            + #"data: {"type":"message_start","message":{"id":"msg_1","model":"m","usage":{"input_tokens":3}}}"#
            + "\n\n"
        let cases: [(String, TranslationError.Code)] = [
            (
                #"event: content_block_delta"# + "\n"
                    + #"data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}}"#
                    + "\n\n", .invalidValue
            ),
            (start + start, .invalidValue),
            (
                start
                    + "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\nevent: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\"}}\n\n",
                .invalidValue
            ),
            (
                start + "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":4}\n\n",
                .invalidValue
            ),
            (
                start + "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\nevent: message_start\ndata: {}\n\n",
                .missingField
            ),
            (start + "data: {not json}\n\n", .malformedJSON),
            (start, .truncatedStream),
        ]
        for (text, code) in cases {
            let bytes = Array(text.utf8)
            let context = codec.makeContext(.decode, .stream, model: nil, options: TranslationOptions(created: 1))
            try ChunkingVerifier(randomRuns: 4).verify(bytes) { codec.makeStreamDecoder(context: context) }
            var decoder = codec.makeStreamDecoder(context: context)
            var output: [ChatCompletionChunk] = []
            let failure = error {
                try decoder.feed(bytes, into: &output)
                try decoder.finish(into: &output)
            }
            #expect(failure?.code == code, "\(text)")
            #expect(failure?.provider == "anthropic")
        }
    }

    @Test func unknownEventsAndDeltasAreSkippedAndReported() throws {
        let text = """
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_1","model":"m","usage":{"input_tokens":3}}}

            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"citations_delta","citation":{"type":"char_location"}}}

            event: future_event
            data: {"type":"future_event"}

            event: content_block_stop
            data: {"type":"content_block_stop","index":0}

            event: message_stop
            data: {"type":"message_stop"}


            """
        var decoder = codec.makeStreamDecoder(context: codec.makeContext(.decode, .stream, model: nil))
        var output: [ChatCompletionChunk] = []
        try decoder.feed(Array(text.utf8), into: &output)
        try decoder.finish(into: &output)
        #expect(output.count == 2)
        #expect(
            ReportedChange.of(decoder.report) == [
                ReportedChange(kind: "dropped", path: "delta.type"), ReportedChange(kind: "dropped", path: "type"),
            ])
    }

    /// Seeded mutations of every Anthropic fixture: the decoders return a value or a one-line `TranslationError`.
    @Test func mutatedInputNeverTraps() throws {
        let streams = try Fixtures.names(in: "anthropic/streams", suffix: ".sse").map {
            try Fixtures.bytes("anthropic/streams/" + $0)
        }
        var generator = SeededRandomNumberGenerator(seed: 0xA17B)
        var errors = 0
        for input in StreamRobustnessTests.mutations(of: streams, count: 300, seed: 0x5EED) {
            let decoder = codec.makeStreamDecoder(context: codec.makeContext(.decode, .stream, model: nil))
            if let failure = StreamRobustnessTests.run(input, decoder, using: &generator).error {
                errors += 1
                #expect(!failure.description.contains("\n"))
            }
        }
        #expect(errors > 0)
        let documents = try ["requests", "responses"].flatMap { folder in
            try Fixtures.names(in: "anthropic/" + folder, suffix: ".anthropic.json").map {
                try Fixtures.bytes("anthropic/\(folder)/" + $0)
            }
        }
        for input in StreamRobustnessTests.mutations(of: documents, count: 300, seed: 0xD0C5) {
            guard let value = try? JSONReader().read(input) else { continue }
            var context = codec.makeContext(.decode, .chatRequest, model: nil)
            _ = try? codec.decodeRequest(value, context: &context)
            _ = try? codec.decodeResponse(value, context: &context)
        }
    }
}
