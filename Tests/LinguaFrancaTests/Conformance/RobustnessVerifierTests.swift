import LinguaFranca
import LinguaFrancaConformance
import Testing

/// The conformance kit's robustness verifier over every codec in the project: each native fixture and each OpenAI
/// fixture, varied systematically (members removed, types flipped, strings truncated or made unknown, arrays
/// emptied, numbers made huge, values nulled), must translate or fail with a `TranslationError`.
@Suite struct RobustnessVerifierTests {
    static let options = TranslationOptions(
        providerSettings: ["folder_id": "b1gfolder", "agent_id": "agent"], created: 1, responseID: "id")
    static let verifier = RobustnessVerifier(maxVariants: 1_000)

    /// Native request and response fixtures per provider.
    static let native: [(provider: String, requests: [String], responses: [String])] = [
        ("anthropic", files("anthropic/requests", ".anthropic.json"), files("anthropic/responses", ".anthropic.json")),
        ("gemini", files("gemini/requests", ".gemini.json"), files("gemini/responses", ".gemini.json")),
        ("yandex", files("yandex/requests", ".yandex.json"), files("yandex/responses", ".yandex.json")),
        ("timeweb", files("timeweb/requests", ".timeweb.json"), files("timeweb/responses", ".timeweb.json")),
        (
            "openai", files("openai", ".json").filter { $0.contains("chat.request") },
            files("openai", ".json").filter { $0.contains("chat.response") }
        ),
    ]

    static func files(_ folder: String, _ suffix: String) -> [String] {
        Fixtures.names(in: folder, suffix: suffix).map { folder + "/" + $0 }
    }

    static func codec(_ provider: String) throws -> any ProviderCodec {
        try CodecRegistry.codec(for: CapabilityCatalog.embedded.requireTable(ProviderID(rawValue: provider)))
    }

    @Test(arguments: native.map(\.provider))
    func nativeDocumentsDecodeOrFailCleanly(_ provider: String) throws {
        let codec = try Self.codec(provider)
        let entry = try #require(Self.native.first { $0.provider == provider })
        #expect(!entry.requests.isEmpty && !entry.responses.isEmpty)
        var refused = 0
        for file in entry.requests {
            refused += try Self.verifier.verify(try Fixtures.json(file)) { variant in
                var context = codec.makeContext(.decode, .chatRequest, model: "m", options: Self.options)
                context.threadStore = InMemoryThreadStore()
                _ = try codec.decodeRequest(variant, context: &context)
            }.refused
        }
        for file in entry.responses {
            refused += try Self.verifier.verify(try Fixtures.json(file)) { variant in
                var context = codec.makeContext(.decode, .chatResponse, model: "m", options: Self.options)
                _ = try codec.decodeResponse(variant, context: &context)
            }.refused
        }
        #expect(refused > 0)
    }

    @Test(arguments: native.map(\.provider))
    func openAIDocumentsEncodeOrFailCleanly(_ provider: String) throws {
        let codec = try Self.codec(provider)
        let requests =
            Self.files("openai", ".json").filter { $0.contains("chat.request") } + [
                "anthropic/requests/parallel-tools.openai.json", "gemini/requests/thinking.openai.json",
            ]
        for file in requests {
            try Self.verifier.verify(try Fixtures.json(file)) { variant in
                let request = try ChatCompletionRequest(json: variant)
                var context = codec.makeContext(.encode, .chatRequest, model: request.model, options: Self.options)
                context.threadStore = InMemoryThreadStore()
                _ = try codec.encodeRequest(request, context: &context)
            }
        }
        for file in Self.files("openai", ".json").filter({ $0.contains("chat.response") }) {
            try Self.verifier.verify(try Fixtures.json(file)) { variant in
                let response = try ChatCompletion(json: variant)
                var context = codec.makeContext(.encode, .chatResponse, model: response.model, options: Self.options)
                _ = try codec.encodeResponse(response, context: &context)
            }
        }
    }

    @Test func theVerifierReportsForeignErrors() throws {
        struct Foreign: Error {}
        #expect(throws: RobustnessFailure.self) {
            try RobustnessVerifier().verify(["a": 1]) { variant in
                if variant["a"] == nil { throw Foreign() }
            }
        }
        let counted = try RobustnessVerifier().verify(["a": ["b": "x"]]) { _ in }
        #expect(counted.variants == 9)
    }
}
