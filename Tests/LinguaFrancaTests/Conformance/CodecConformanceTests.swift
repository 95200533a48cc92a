import Foundation
import LinguaFranca
import LinguaFrancaConformance
import Testing

/// The conformance kit run on every codec of the project, each against its fixture folder: both directions of every
/// pair with its report, round trips, streams (chunking, accumulation, re-encoding) and robustness; then the
/// capability tables checked against what the codecs send.
@Suite struct CodecConformanceTests {
    static func folder(_ name: String, native: String? = nil) throws -> FixtureFolder {
        try FixtureFolder(path: Fixtures.directory.appendingPathComponent(name).path, nativeName: native ?? name)
    }

    @Test func anthropic() throws {
        let kit = CodecConformance(codec: try AnthropicChatCodec(), options: .init(created: 1_764_547_200))
        let summary = try kit.verify(try Self.folder("anthropic"))
        #expect(summary.requests == 9 && summary.responses == 10 && summary.streams == 13, "\(summary)")
    }

    @Test func gemini() throws {
        let kit = CodecConformance(
            codec: try GeminiChatCodec(), options: .init(created: 1_764_547_200), membersOutsideTheBody: ["stream"],
            madeUpIDPrefix: "gemini-call-",
            makeStreamDecoder: { codec, context, fileExtension in
                codec.makeStreamDecoder(
                    context: context, framing: fileExtension == "json" ? .jsonArray : .serverSentEvents)
            })
        let summary = try kit.verify(try Self.folder("gemini"))
        #expect(summary.requests > 0 && summary.responses > 0 && summary.streams > 0, "\(summary)")
    }

    @Test func yandex() throws {
        let kit = CodecConformance(
            codec: try YandexChatCodec(),
            options: .init(
                providerSettings: ["folder_id": "b1gq4xyz0example7folder"], created: 1_764_547_200,
                responseID: "chatcmpl-yandex-fixture"),
            model: "gpt://b1gq4xyz0example7folder/yandexgpt/latest")
        let summary = try kit.verify(try Self.folder("yandex"))
        #expect(summary.requests > 0 && summary.responses > 0 && summary.streams > 0, "\(summary)")
    }
}

extension CodecConformanceTests {
    static let agent = "5c1e0a7d-2b3f-4e8a-9d6c-7f1b2a3c4d5e"

    @Test func timeweb() throws {
        let kit = CodecConformance(
            codec: try TimewebChatCodec(),
            options: .init(providerSettings: ["agent_id": Self.agent], created: 1_764_547_200))
        let summary = try kit.verify(try Self.folder("timeweb"))
        #expect(summary.requests == 1 && summary.responses == 1, "\(summary)")
    }

    /// A one-message request for `model`: the base every parameter is added to.
    static func base(_ model: String) -> JSONValue {
        ["model": .string(model), "messages": [["role": "user", "content": "Привет! Сколько будет 2 + 2? 🙂"]]]
    }

    /// Each shipped table's parameter rules against what its codec sends, for a model of each override.
    @Test(arguments: [
        ("anthropic", "claude-sonnet-4-5"), ("gemini", "gemini-2.5-flash"),
        ("yandex", "gpt://b1gq4xyz0example7folder/yandexgpt/latest"), ("timeweb", Self.agent),
        ("openai", "gpt-4.1"), ("openai", "o3"), ("openai", "gpt-5"), ("openai", "gpt-5-chat-latest"),
        ("generic-openai", "llama-3.1-70b"), ("yandex-openai", "gpt://b1gq4xyz0example7folder/yandexgpt/latest"),
        ("timeweb-openai", "gpt-4.1"), ("timeweb-openai", "gpt-5"),
    ])
    func capabilityTablesAgreeWithTheirCodecs(_ provider: String, _ model: String) throws {
        let table = try CapabilityCatalog.embedded.requireTable(ProviderID(rawValue: provider))
        let coverage = try Self.verifyCapabilities(try CodecRegistry.codec(for: table), model: model)
        #expect(!coverage.checked.isEmpty || table.parameters.isEmpty, "\(coverage)")
    }

    static func verifyCapabilities(_ codec: some ChatCodec, model: String) throws -> CapabilityCoverage {
        let options = TranslationOptions(
            providerSettings: ["folder_id": "b1gq4xyz0example7folder", "agent_id": agent], created: 1_764_547_200)
        return try CodecConformance(codec: codec, options: options).verifyCapabilities(base: base(model))
    }
}

extension CodecConformanceTests {
    /// The OpenAI-compatible codec with two shipped tables: what each table's rules make of a request, and
    /// responses and streams passed through untouched.
    @Test(arguments: ["openai", "yandex-openai"])
    func openAICompatible(_ provider: String) throws {
        let table = try CapabilityCatalog.embedded.requireTable(ProviderID(rawValue: provider))
        let kit = CodecConformance(codec: OpenAICompatibleChatCodec(table: table))
        let summary = try kit.verify(try Self.folder("openai-compatible/\(provider)", native: "openai-compatible"))
        #expect(summary.requests == 1 && summary.responses == 1 && summary.streams == 1, "\(summary)")
    }
}
