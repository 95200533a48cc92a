import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Anthropic streams both ways (`Fixtures/anthropic/streams/README.md`): every fixture through the chunking
/// verifier, decoded chunks against the documented ones, and the property that accumulating a decoded stream
/// gives the decoded non-streamed message.
@Suite struct AnthropicStreamTests {
    static let streams = [
        "text", "tool-use", "thinking", "thinking-tools", "max-tokens", "cache-usage", "stop-sequence", "messy-deltas",
        "refusal", "pause-turn",
    ]
    static let failures = ["error-overloaded", "truncated", "unopened-block"]
    static let folder = "anthropic/streams/"
    static let options = TranslationOptions(created: 1_764_547_200)

    let codec: AnthropicChatCodec

    init() throws {
        codec = try AnthropicChatCodec()
    }

    func decoder(_ options: TranslationOptions = Self.options) -> AnthropicStreamDecoder {
        codec.makeStreamDecoder(context: codec.makeContext(.decode, .stream, model: nil, options: options))
    }

    func chunks(_ name: String) throws -> [JSONValue] {
        try Fixtures.json(Self.folder + name + ".chunks.json").arrayValue ?? []
    }

    @Test func everyFixtureIsListed() {
        #expect(
            Set(Fixtures.names(in: "anthropic/streams", suffix: ".sse").map { String($0.dropLast(4)) })
                == Set(Self.streams + Self.failures))
    }

    @Test(arguments: streams + failures)
    func decodesToTheDocumentedChunksUnderAnySplit(_ name: String) throws {
        let decoded = try ChunkingVerifier().verify(try Fixtures.bytes(Self.folder + name + ".sse")) { decoder() }
        #expect(decoded.map(\.json.canonical) == (try chunks(name)).map(\.canonical))
    }

    @Test(arguments: streams)
    func accumulatedStreamEqualsTheDecodedMessage(_ name: String) throws {
        let (chunks, error) = decodeWhole(try Fixtures.bytes(Self.folder + name + ".sse"), with: decoder())
        #expect(error == nil)
        var context = codec.makeContext(.decode, .chatResponse, model: nil, options: Self.options)
        let message = try codec.decodeResponse(
            try Fixtures.json(Self.folder + name + ".message.json"), context: &context)
        #expect(try accumulate(chunks).json.canonical == message.json.canonical)
    }

    /// Decoded chunks encoded as an Anthropic stream and decoded again describe the same answer, under any split.
    @Test(arguments: streams)
    func encodedStreamDecodesToTheSameAnswer(_ name: String) throws {
        let (chunks, _) = decodeWhole(try Fixtures.bytes(Self.folder + name + ".sse"), with: decoder())
        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var bytes: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &bytes) }
        try encoder.finish(into: &bytes)
        let again = try ChunkingVerifier(exhaustiveSplitLimit: 256, randomRuns: 8).verify(bytes) { decoder() }
        #expect(try accumulate(again).json.canonical == (try accumulate(chunks)).json.canonical)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("event: message_start\ndata: "))
        #expect(text.hasSuffix("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"))
    }

    @Test(arguments: failures)
    func failuresAreTypedAndKeepTheChunksBeforeThem(_ name: String) throws {
        let expected = try Fixtures.json(Self.folder + name + ".error.json")
        let (chunks, error) = decodeWhole(try Fixtures.bytes(Self.folder + name + ".sse"), with: decoder())
        #expect(chunks.map(\.json.canonical) == (try self.chunks(name)).map(\.canonical))
        let failure = try #require(error)
        #expect(failure.code.rawValue == expected["code"]?.stringValue)
        #expect(failure.provider == "anthropic")
        #expect(failure.direction == TranslationDirection(.decode, .stream))
        if let body = expected["openai_body"] { #expect(failure.providerErrorBody?.canonical == body.canonical) }
        if let meta = try? Fixtures.json(Self.folder + name + ".meta.json") {
            #expect(failure.streamPosition?.index == meta["event_index"]?.numberValue?.int)
            #expect(failure.streamPosition?.byteOffset == meta["event_byte_offset"]?.numberValue?.int)
        }
    }

    @Test func usageChunkOnlyWhenAsked() throws {
        let bytes = try Fixtures.bytes(Self.folder + "text.sse")
        var decoder = decoder(TranslationOptions(created: 1, streamUsage: false))
        var output: [ChatCompletionChunk] = []
        try decoder.feed(bytes, into: &output)
        try decoder.finish(into: &output)
        #expect(output.allSatisfy { $0.usage == nil && !$0.choices.isEmpty })
        #expect(output.count == (try chunks("text")).count - 1)
    }

    /// OpenAI may interleave the argument pieces of parallel calls; Anthropic blocks cannot, so each call is
    /// written whole, in the order the calls began, and a piece after text that followed its call is refused.
    @Test func interleavedToolArgumentsAreWrittenWhole() throws {
        func piece(_ index: Int, id: String? = nil, name: String? = nil, _ arguments: String) -> ChatCompletionChunk {
            ChatCompletionChunk(
                id: "chatcmpl-1", created: 1, model: "gpt-4.1",
                choices: [
                    ChatCompletionChunkChoice(
                        index: 0,
                        delta: ChatCompletionDelta(toolCalls: [
                            ToolCallDelta(
                                index: index, id: id, type: id == nil ? nil : .function,
                                function: FunctionCallDelta(name: name, arguments: arguments))
                        ]))
                ])
        }
        var finish = piece(0, "")
        finish.choices[0].delta = ChatCompletionDelta()
        finish.choices[0].finishReason = .toolCalls
        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var bytes: [UInt8] = []
        for chunk in [
            piece(0, id: "call_a", name: "a", "{\"x\":"), piece(1, id: "call_b", name: "b", "{\"y\":"), piece(0, "1}"),
            piece(1, "2}"), finish,
        ] {
            try encoder.encode(chunk, into: &bytes)
        }
        try encoder.finish(into: &bytes)
        var decoder = decoder()
        var chunks: [ChatCompletionChunk] = []
        try decoder.feed(bytes, into: &chunks)
        try decoder.finish(into: &chunks)
        let message = try accumulate(chunks).choices[0].message
        #expect(message.toolCalls?.map(\.id) == ["call_a", "call_b"])
        #expect(message.toolCalls?.map { $0.function?.arguments } == ["{\"x\":1}", "{\"y\":2}"])

        var late = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var text = piece(0, "")
        text.choices[0].delta = ChatCompletionDelta(content: "and then")
        try late.encode(piece(0, id: "call_a", name: "a", "{"), into: &bytes)
        try late.encode(text, into: &bytes)
        #expect {
            try late.encode(piece(0, "}"), into: &bytes)
        } throws: { error in
            (error as? TranslationError)?.code == .unsupported
        }
    }

    @Test func endlessPingsKeepMemoryBoundedAndEndTruncated() throws {
        var decoder = decoder()
        var output: [ChatCompletionChunk] = []
        let ping = Array("event: ping\ndata: {\"type\":\"ping\"}\n\n".utf8)
        for _ in 0..<10_000 { try decoder.feed(ping, into: &output) }
        #expect(output.isEmpty)
        #expect {
            try decoder.finish(into: &output)
        } throws: { error in
            (error as? TranslationError)?.code == .truncatedStream
        }
    }
}
