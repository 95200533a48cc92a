import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Gemini streams in both framings (`Fixtures/gemini/streams/README.md`): every fixture through the chunking
/// verifier, decoded chunks against the documented ones, accumulation against the decoded message, and encoding
/// back.
@Suite struct GeminiStreamTests {
    static let sseStreams = ["text", "function-calls", "thinking", "max-tokens", "messy-text", "recitation"]
    static let failures = ["error-midstream", "truncated"]
    static let folder = "gemini/streams/"
    static let options = TranslationOptions(created: 1_764_547_200)

    let codec: GeminiChatCodec

    init() throws {
        codec = try GeminiChatCodec()
    }

    var context: TranslationContext {
        codec.makeContext(.decode, .stream, model: "gemini-2.5-flash", options: Self.options)
    }

    func decoder(_ framing: GeminiStreamDecoder.Framing) -> GeminiStreamDecoder {
        codec.makeStreamDecoder(context: context, framing: framing)
    }

    func expectedChunks(_ name: String) throws -> [JSONValue] {
        try Fixtures.json(Self.folder + name + ".chunks.json").arrayValue ?? []
    }

    /// Every stream fixture: its bytes, framing and name.
    static let all: [(String, String, GeminiStreamDecoder.Framing)] =
        (sseStreams + failures).map { ($0, $0 + ".sse", .serverSentEvents) } + [
            ("array-text", "array-text.json", .jsonArray)
        ]

    @Test func everyFixtureIsListed() {
        let names = Set(Fixtures.names(in: "gemini/streams", suffix: ".chunks.json").map { String($0.dropLast(12)) })
        #expect(names == Set(Self.all.map(\.0)))
    }

    @Test(arguments: 0..<all.count)
    func decodesToTheDocumentedChunksUnderAnySplit(_ position: Int) throws {
        let (name, file, framing) = Self.all[position]
        let chunks = try ChunkingVerifier().verify(try Fixtures.bytes(Self.folder + file)) { decoder(framing) }
        #expect(chunks.map(\.json.canonical) == (try expectedChunks(name)).map(\.canonical), "\(name)")
    }

    @Test(arguments: 0..<all.count)
    func accumulatedStreamEqualsTheDecodedMessage(_ position: Int) throws {
        let (name, file, framing) = Self.all[position]
        guard !Self.failures.contains(name) else { return }
        let (chunks, error) = decodeWhole(try Fixtures.bytes(Self.folder + file), with: decoder(framing))
        #expect(error == nil, "\(name)")
        var context = codec.makeContext(.decode, .chatResponse, model: "gemini-2.5-flash", options: Self.options)
        let message = try codec.decodeResponse(
            try Fixtures.json(Self.folder + name + ".message.json"), context: &context)
        #expect(try accumulate(chunks).json.canonical == message.json.canonical, "\(name)")
    }

    /// Decoded chunks encoded in either framing and decoded again describe the same answer, under any split.
    @Test(arguments: 0..<all.count)
    func encodedStreamDecodesToTheSameAnswer(_ position: Int) throws {
        let (name, file, framing) = Self.all[position]
        guard !Self.failures.contains(name) else { return }
        let (chunks, _) = decodeWhole(try Fixtures.bytes(Self.folder + file), with: decoder(framing))
        for target in [GeminiStreamDecoder.Framing.serverSentEvents, .jsonArray] {
            var encoder = codec.makeStreamEncoder(
                context: codec.makeContext(.encode, .stream, model: nil), framing: target)
            var bytes: [UInt8] = []
            for chunk in chunks { try encoder.encode(chunk, into: &bytes) }
            try encoder.finish(into: &bytes)
            let again = try ChunkingVerifier(exhaustiveSplitLimit: 256, randomRuns: 8).verify(bytes) { decoder(target) }
            #expect(
                try accumulate(again).json.canonical == (try accumulate(chunks)).json.canonical, "\(name) \(target)")
        }
    }

    @Test(arguments: failures)
    func failuresAreTypedAndKeepTheChunksBeforeThem(_ name: String) throws {
        let expected = try Fixtures.json(Self.folder + name + ".error.json")
        let (chunks, error) = decodeWhole(
            try Fixtures.bytes(Self.folder + name + ".sse"), with: decoder(.serverSentEvents))
        #expect(chunks.map(\.json.canonical) == (try expectedChunks(name)).map(\.canonical))
        let failure = try #require(error)
        #expect(failure.code.rawValue == expected["code"]?.stringValue)
        #expect(failure.provider == "gemini")
        #expect(failure.direction == TranslationDirection(.decode, .stream))
        if let body = expected["openai_body"] { #expect(failure.providerErrorBody?.canonical == body.canonical) }
    }
}
