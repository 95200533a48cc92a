import LinguaFranca
import Testing

/// `writeRequestBody` and `writeResponse` are the encoders' bodies as bytes. The OpenAI-compatible codecs write them
/// straight from the model (the others write the tree, by the protocol's default); for every OpenAI-compatible
/// provider, every OpenAI request and response fixture, and models with and without parameter rules, they write
/// exactly what writing `encodeRequest`'s or `encodeResponse`'s tree gives, with the same report, or fail the same
/// way.
@Suite struct BodyWritingTests {
    static let requests = ["minimal", "full", "tools", "multimodal", "legacy-functions"]
    static let responses = ["basic", "annotations", "logprobs", "n2", "refusal", "tool-calls"]
    /// The fixture's own model, and models the tables give rules or feature changes (OpenAI's reasoning models).
    static let models: [String?] = [nil, "o3", "o3-mini", "o1-mini", "gpt-4o"]
    static let options = TranslationOptions(
        providerSettings: ["folder_id": "b1g8cqa4p3bd0bt4ms7a", "agent_id": "agent-7"], created: 1_764_547_200)

    /// The providers whose codec writes bodies directly.
    static var providers: [ProviderID] {
        CapabilityCatalog.embedded.tables.values.filter { table in
            (try? CodecRegistry.codec(for: table)) is OpenAICompatibleChatCodec
        }.map(\.id).sorted { $0.rawValue < $1.rawValue }
    }

    @Test func openAIAndTheCompatibleProvidersAreCovered() {
        #expect(Self.providers.contains(.openAI))
        #expect(Self.providers.count >= 2)
    }

    static func codec(_ provider: ProviderID) throws -> any ProviderCodec {
        try CodecRegistry.codec(for: try #require(CapabilityCatalog.embedded.table(provider)))
    }

    /// The outcome of one encoding: the bytes and the report, or the error.
    enum Outcome: Equatable {
        case written([UInt8], TranslationReport)
        case failed(TranslationError)
    }

    /// Records an issue unless `direct` and `tree`, each run from `context`, write the same (non-empty) bytes with
    /// the same report, or fail with the same error.
    static func expectSameOutcome(
        context: TranslationContext, _ comment: Comment,
        direct: (inout TranslationContext, inout [UInt8]) throws(TranslationError) -> Void,
        tree: (inout TranslationContext, inout [UInt8]) throws(TranslationError) -> Void
    ) {
        let written = outcome(direct, context: context)
        #expect(written == outcome(tree, context: context), comment)
        if case .written(let bytes, _) = written { #expect(!bytes.isEmpty, comment) }
    }

    static func outcome(
        _ body: (inout TranslationContext, inout [UInt8]) throws(TranslationError) -> Void,
        context: TranslationContext
    ) -> Outcome {
        var context = context
        var bytes: [UInt8] = []
        do {
            try body(&context, &bytes)
            return .written(bytes, context.report)
        } catch {
            return .failed(error)
        }
    }

    /// A generic OpenAI-compatible table that takes no images or legacy functions and wants `developer` messages,
    /// with no parameter rules: requests take the direct path with the feature adapter changing them.
    static func restrictedCodec() throws -> OpenAICompatibleChatCodec {
        var table = try #require(CapabilityCatalog.embedded.table(ProviderID(rawValue: "generic-openai")))
        table.features.vision = false
        table.features.legacyFunctions = .convert
        table.features.systemRole = .developer
        #expect(table.parameters.isEmpty && table.models.isEmpty)
        return OpenAICompatibleChatCodec(table: table)
    }

    @Test(arguments: providers)
    func requestBodiesAreTheTreesBytes(_ provider: ProviderID) throws {
        try Self.expectRequestBodiesAreTheTreesBytes(try Self.codec(provider))
    }

    @Test func adaptedRequestBodiesAreTheTreesBytes() throws {
        try Self.expectRequestBodiesAreTheTreesBytes(try Self.restrictedCodec())
    }

    static func expectRequestBodiesAreTheTreesBytes(_ codec: some ChatCodec) throws {
        let provider = codec.provider
        for name in Self.requests {
            let original = try ChatCompletionRequest(json: try Fixtures.json("openai/chat.request.\(name).json"))
            for model in Self.models {
                var request = original
                if let model { request.model = model }
                Self.expectSameOutcome(
                    context: codec.makeContext(.encode, .chatRequest, model: request.model, options: Self.options),
                    "\(provider) \(name) \(request.model)",
                    direct: { (context, bytes) throws(TranslationError) in
                        try codec.writeRequestBody(request, context: &context, into: &bytes)
                    },
                    tree: { (context, bytes) throws(TranslationError) in
                        JSONWriter().write(try codec.encodeRequest(request, context: &context).body, into: &bytes)
                    })
            }
        }
    }

    @Test(arguments: providers)
    func responseBodiesAreTheTreesBytes(_ provider: ProviderID) throws {
        let codec = try Self.codec(provider)
        for name in Self.responses {
            let response = try ChatCompletion(json: try Fixtures.json("openai/chat.response.\(name).json"))
            Self.expectSameOutcome(
                context: codec.makeContext(.encode, .chatResponse, model: response.model, options: Self.options),
                "\(provider) \(name)",
                direct: { (context, bytes) throws(TranslationError) in
                    try codec.writeResponse(response, context: &context, into: &bytes)
                },
                tree: { (context, bytes) throws(TranslationError) in
                    JSONWriter().write(try codec.encodeResponse(response, context: &context), into: &bytes)
                })
        }
    }
}
