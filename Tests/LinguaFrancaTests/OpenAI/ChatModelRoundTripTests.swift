import LinguaFranca
import Testing

/// Every OpenAI chat fixture decodes into the typed model and encodes back to the same document: same keys,
/// same order, same numbers, same explicit nulls.
@Suite struct ChatModelRoundTripTests {
    static let requests = [
        "chat.request.full.json", "chat.request.tools.json", "chat.request.multimodal.json",
        "chat.request.legacy-functions.json", "chat.request.minimal.json",
    ]
    static let responses = [
        "chat.response.basic.json", "chat.response.tool-calls.json", "chat.response.logprobs.json",
        "chat.response.n2.json", "chat.response.refusal.json", "chat.response.annotations.json",
    ]
    static let chunks = [
        "chat.chunk.role.json", "chat.chunk.content.json", "chat.chunk.tool-call-first.json",
        "chat.chunk.tool-call-args.json", "chat.chunk.finish.json", "chat.chunk.usage-only.json",
    ]

    @Test(arguments: requests)
    func requestRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(ChatCompletionRequest.self, name)
    }

    @Test(arguments: responses)
    func responseRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(ChatCompletion.self, name)
    }

    @Test(arguments: chunks)
    func chunkRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(ChatCompletionChunk.self, name)
    }

    @Test func everyChatFixtureIsCovered() {
        let listed = Set(Self.requests + Self.responses + Self.chunks)
        let present = Set(Fixtures.names(in: "openai", prefix: "chat."))
        #expect(present == listed)
    }

}
