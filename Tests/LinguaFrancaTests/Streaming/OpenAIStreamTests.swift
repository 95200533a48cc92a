import LinguaFranca
import LinguaFrancaConformance
import Testing

/// OpenAI-format streams both ways, checked against fixtures written from the documented wire format.
@Suite struct OpenAIStreamTests {
    static let chatStreams = [
        "chat-basic", "chat-tool-calls", "chat-n2", "chat-refusal", "chat-crlf-comments", "chat-bom-cr",
        "chat-done-no-blank-line",
    ]
    /// Streams OpenAI writes exactly as this library's encoder does: `data: {compact JSON}\n\n`, LF endings.
    static let byteExactStreams = ["chat-basic", "chat-tool-calls", "chat-n2", "chat-refusal"]

    static func expectedChunks<Chunk: JSONModel>(_ name: String, as type: Chunk.Type) throws -> [Chunk] {
        guard case .array(let values) = try Fixtures.json("openai-stream/\(name).expected.json") else {
            throw Fixtures.Missing(path: "\(name).expected.json holds no array")
        }
        return try values.map { try Chunk(json: $0) }
    }

    @Test func everyFixtureIsListed() {
        let listed = Set(
            Self.chatStreams + [
                "chat-missing-done", "chat-error-midstream", "chat-event-error", "chat-malformed-json",
                "completions-basic",
            ])
        #expect(Set(Fixtures.names(in: "openai-stream", suffix: ".sse").map { String($0.dropLast(4)) }) == listed)
    }

    @Test(arguments: chatStreams)
    func chatStreamDecodesToTheDocumentedChunksUnderAnySplit(_ name: String) throws {
        let chunks = try ChunkingVerifier().verify(try Fixtures.bytes("openai-stream/\(name).sse")) {
            OpenAIChatStreamDecoder()
        }
        #expect(chunks == (try Self.expectedChunks(name, as: ChatCompletionChunk.self)))
    }

    @Test func legacyCompletionStream() throws {
        let chunks = try ChunkingVerifier().verify(try Fixtures.bytes("openai-stream/completions-basic.sse")) {
            OpenAICompletionStreamDecoder()
        }
        #expect(chunks == (try Self.expectedChunks("completions-basic", as: Completion.self)))
        #expect(chunks.last?.choices.first?.finishReason == .stop)
    }

    @Test(arguments: byteExactStreams)
    func reEncodingGivesBackTheSameBytes(_ name: String) throws {
        let bytes = try Fixtures.bytes("openai-stream/\(name).sse")
        var decoder = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        try decoder.feed(bytes, into: &chunks)
        try decoder.finish(into: &chunks)
        var encoder = OpenAIChatStreamEncoder()
        var output: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &output) }
        try encoder.finish(into: &output)
        #expect(output == bytes)
    }

    @Test func legacyCompletionStreamReEncodesByteForByte() throws {
        let bytes = try Fixtures.bytes("openai-stream/completions-basic.sse")
        var decoder = OpenAICompletionStreamDecoder()
        var chunks: [Completion] = []
        try decoder.feed(bytes, into: &chunks)
        try decoder.finish(into: &chunks)
        var encoder = OpenAICompletionStreamEncoder()
        var output: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &output) }
        try encoder.finish(into: &output)
        #expect(output == bytes)
    }

    @Test(arguments: ["chat-error-midstream", "chat-event-error"])
    func errorsInTheStreamCarryTheProviderBody(_ name: String) throws {
        let bytes = try Fixtures.bytes("openai-stream/\(name).sse")
        try ChunkingVerifier().verify(bytes) { OpenAIChatStreamDecoder() }
        var decoder = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        let error = try #require(throws: TranslationError.self) {
            try decoder.feed(bytes, into: &chunks)
            try decoder.finish(into: &chunks)
        }
        #expect(error.code == .providerError)
        #expect(error.provider == .openAI)
        #expect(error.providerErrorBody?["error"] == (try Fixtures.json("openai-stream/\(name).error.json")))
        #expect(chunks == (try Self.expectedChunks(name, as: ChatCompletionChunk.self)))
    }

    @Test func missingDoneIsTruncatedUnlessAccepted() throws {
        let bytes = try Fixtures.bytes("openai-stream/chat-missing-done.sse")
        var strict = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        try strict.feed(bytes, into: &chunks)
        let error = try #require(throws: TranslationError.self) { try strict.finish(into: &chunks) }
        #expect(error.code == .truncatedStream)
        let expected = try Self.expectedChunks("chat-missing-done", as: ChatCompletionChunk.self)
        #expect(chunks == expected)
        let lenient = try ChunkingVerifier().verify(bytes) {
            OpenAIChatStreamDecoder(options: .init(requiresDone: false))
        }
        #expect(lenient == expected)
    }

    @Test func malformedChunkNamesItsEventAndOffset() throws {
        let bytes = try Fixtures.bytes("openai-stream/chat-malformed-json.sse")
        let meta = try Fixtures.json("openai-stream/chat-malformed-json.meta.json")
        var decoder = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        let error = try #require(throws: TranslationError.self) { try decoder.feed(bytes, into: &chunks) }
        #expect(error.code == .malformedJSON)
        #expect(error.streamPosition?.index == meta["event_index"]?.numberValue?.int)
        #expect(error.streamPosition?.byteOffset == meta["event_byte_offset"]?.numberValue?.int)
        #expect(error.jsonError != nil)
        #expect(error.description.contains("event 2 at byte"))
        #expect(chunks == (try Self.expectedChunks("chat-malformed-json", as: ChatCompletionChunk.self)))
        try ChunkingVerifier().verify(bytes) { OpenAIChatStreamDecoder() }
    }

    @Test func wrongChunkShapeIsATypedErrorWithPath() throws {
        let text =
            #"data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":"0","delta":{}}]}"#
            + "\n\n"
        var decoder = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        let error = try #require(throws: TranslationError.self) { try decoder.feed(Array(text.utf8), into: &chunks) }
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "choices[0].index")
        #expect(error.direction == TranslationDirection(.decode, .stream))
    }

    @Test func dataAfterDoneIsAnError() throws {
        var decoder = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        let error = try #require(throws: TranslationError.self) {
            try decoder.feed(Array("data: [DONE]\n\ndata: {}\n\n".utf8), into: &chunks)
        }
        #expect(error.code == .invalidValue)
        #expect(error.streamPosition?.index == 1)
    }

    @Test func encoderWritesErrorsAndEndsOnce() throws {
        var encoder = OpenAIChatStreamEncoder()
        var bytes: [UInt8] = []
        let body = try OpenAIErrorBody(json: ["error": ["message": "overloaded", "type": "server_error"]])
        try encoder.encodeError(body, into: &bytes)
        try encoder.finish(into: &bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\ndata: [DONE]\n\n"
        )
        #expect(throws: TranslationError.self) { try encoder.finish(into: &bytes) }
    }
}
