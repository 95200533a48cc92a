import Foundation
import LinguaFranca
import Testing

/// The shipped tables' key behaviours, through the table-driven OpenAI-compatible codec.
@Suite struct ShippedTableTests {
    static func encode(
        _ provider: ProviderID, _ request: JSONValue, policy: TranslationOptions.Policy = .lenient,
        settings: [String: String] = [:]
    ) throws -> (NativeRequest, TranslationReport) {
        let table = try #require(CapabilityCatalog.embedded.table(provider))
        let codec = OpenAICompatibleChatCodec(table: table)
        let typed = try ChatCompletionRequest(json: request)
        var context = codec.makeContext(
            model: typed.model, options: TranslationOptions(policy: policy, providerSettings: settings))
        let native = try codec.encodeRequest(typed, context: &context)
        return (native, context.report)
    }

    static let hello: JSONValue = [["role": "user", "content": "Привет"]]

    @Test func gpt5MiniLenientRenamesAndDrops() throws {
        let (native, report) = try Self.encode(
            .openAI, ["model": "gpt-5-mini", "messages": Self.hello, "max_tokens": 500, "temperature": 0.2])
        #expect(native.body == ["model": "gpt-5-mini", "messages": Self.hello, "max_completion_tokens": 500])
        #expect(report.entries.count == 2)
        #expect(Set(report.entries.map(\.kind)) == [.renamed, .dropped])
        #expect(report.entries.first { $0.kind == .dropped }?.path.description == "temperature")
        #expect(report.entries.allSatisfy { $0.provider == .openAI && $0.model == "gpt-5-mini" })
        #expect(native.method == "POST")
        #expect(native.path == "/v1/chat/completions")
    }

    @Test func gpt5MiniStrictNamesParameterProviderAndModel() throws {
        let error = try #require(throws: TranslationError.self) {
            try Self.encode(
                .openAI, ["model": "gpt-5-mini", "messages": Self.hello, "max_tokens": 500, "temperature": 0.2],
                policy: .strict)
        }
        #expect(error.code == .unsupported)
        #expect(error.path.description == "temperature")
        #expect(error.provider == .openAI)
        #expect(error.message.contains("gpt-5-mini"))
        #expect(error.description.contains("temperature") && error.description.contains("openai"))
    }

    @Test func gpt5KeepsTheDefaultTemperatureAndChatModelsKeepEverything() throws {
        let (native, report) = try Self.encode(
            .openAI, ["model": "gpt-5", "messages": Self.hello, "temperature": 1, "top_p": 1.0])
        #expect(native.body["temperature"] == 1)
        #expect(report.isEmpty)
        let (chat, chatReport) = try Self.encode(
            .openAI,
            ["model": "gpt-4o", "messages": Self.hello, "max_tokens": 10, "temperature": 0.2, "logprobs": true])
        #expect(chat.body["max_tokens"] == 10 && chat.body["temperature"] == 0.2)
        #expect(chatReport.isEmpty)
        let (gpt5Chat, _) = try Self.encode(
            .openAI, ["model": "gpt-5-chat-latest", "messages": Self.hello, "temperature": 0.2])
        #expect(gpt5Chat.body["temperature"] == 0.2)
    }

    @Test func reasoningModelsGetDeveloperMessagesAndToolsForFunctions() throws {
        let request: JSONValue = [
            "model": "o3-mini",
            "messages": [
                ["role": "system", "content": "Be brief."], ["role": "user", "content": "Weather?"],
                ["role": "assistant", "content": nil, "function_call": ["name": "weather", "arguments": "{}"]],
                ["role": "function", "name": "weather", "content": "+5 °C"],
            ],
            "functions": [["name": "weather", "parameters": ["type": "object"]]], "function_call": "auto",
        ]
        let (native, report) = try Self.encode(.openAI, request)
        let messages = try #require(native.body["messages"]?.arrayValue)
        #expect(messages[0]["role"] == "developer")
        #expect(messages[2]["tool_calls"]?[0]?["function"]?["name"] == "weather")
        #expect(messages[3]["role"] == "tool")
        #expect(messages[3]["tool_call_id"] == messages[2]["tool_calls"]?[0]?["id"])
        #expect(native.body["tools"]?[0]?["function"]?["name"] == "weather")
        #expect(native.body["tool_choice"] == "auto")
        #expect(native.body["functions"] == nil && native.body["function_call"] == nil)
        #expect(report.entries.contains { $0.kind == .renamed && $0.path.description == "messages[0].role" })
        #expect(report.entries.filter { $0.kind == .converted }.count == 4)
    }

    @Test func o1MiniHasNoSystemRoleOrImages() throws {
        let request: JSONValue = [
            "model": "o1-mini",
            "messages": [
                ["role": "system", "content": "Answer in Russian."],
                [
                    "role": "user",
                    "content": [
                        ["type": "text", "text": "What is this?"],
                        ["type": "image_url", "image_url": ["url": "https://example.invalid/cat.png"]],
                    ],
                ],
            ],
        ]
        let (native, report) = try Self.encode(.openAI, request)
        let messages = try #require(native.body["messages"]?.arrayValue)
        #expect(messages.count == 1)
        #expect(
            messages[0]["content"] == [
                ["type": "text", "text": "Answer in Russian."], ["type": "text", "text": "What is this?"],
            ])
        #expect(report.entries.map(\.kind) == [.dropped, .approximated])
        #expect(report.entries.map(\.path.description) == ["messages[1].content[1]", "messages[0].role"])
    }

    @Test func yandexCompatibleEndpoint() throws {
        let request: JSONValue = [
            "model": "gpt://b1gexample/yandexgpt/latest", "messages": Self.hello, "temperature": 1.4,
            "max_completion_tokens": 300, "tool_choice": "required", "n": 2, "seed": 42,
            "tools": [["type": "function", "function": ["name": "f"]]],
        ]
        let (native, report) = try Self.encode("yandex-openai", request)
        #expect(native.body["temperature"] == 1)
        #expect(native.body["max_tokens"] == 300 && native.body["max_completion_tokens"] == nil)
        #expect(native.body["tool_choice"] == nil && native.body["n"] == nil && native.body["seed"] == nil)
        #expect(native.body["tools"] != nil)
        let kinds = Dictionary(report.entries.map { ($0.path.description, $0.kind) }) { first, _ in first }
        #expect(kinds["temperature"] == .clamped)
        #expect(kinds["tool_choice"] == .rejected)
        #expect(kinds["n"] == .rejected)
        #expect(kinds["seed"] == .dropped)
        let (auto, autoReport) = try Self.encode(
            "yandex-openai", ["model": "gpt://b1g/yandexgpt/latest", "messages": Self.hello, "tool_choice": "auto"])
        #expect(auto.body["tool_choice"] == "auto")
        #expect(autoReport.isEmpty)
    }

    @Test func timewebNeedsTheAgentIdAndRejectsTemperatureForGPT5() throws {
        let (native, _) = try Self.encode(
            "timeweb-openai", ["model": "gpt-4.1", "messages": Self.hello], settings: ["agent_id": "a1b2-c3"])
        #expect(native.path.contains("/agents/a1b2-c3/"))
        let missing = try #require(throws: TranslationError.self) {
            try Self.encode("timeweb-openai", ["model": "gpt-4.1", "messages": Self.hello])
        }
        #expect(missing.code == .missingField)
        #expect(missing.message.contains("agent_id"))
        let (gpt5, report) = try Self.encode(
            "timeweb-openai", ["model": "gpt-5", "messages": Self.hello, "temperature": 0.5, "max_tokens": 100],
            settings: ["agent_id": "x"])
        #expect(gpt5.body["temperature"] == nil && gpt5.body["max_completion_tokens"] == 100)
        #expect(report.entries.contains { $0.kind == .rejected && $0.path.description == "temperature" })
    }

    @Test func genericPresetPassesEverything() throws {
        let request = try Fixtures.json("openai/chat.request.full.json")
        let typed = try ChatCompletionRequest(json: request)
        let (native, report) = try Self.encode("generic-openai", request)
        #expect(report.isEmpty, "\(report.rendered)")
        #expect(native.body == typed.json)
    }

    @Test func loadingAndOverridingAtRunTime() throws {
        let json = CapabilityTableLoadingTests.table(#", "features": {"vision": false}"#)
            .replacingOccurrences(of: #", "features": {}"#, with: "")
        let catalog = try CapabilityCatalog.embedded.loading(json: Array(json.utf8), named: "demo.json")
        #expect(catalog.table("demo")?.features.vision == false)
        #expect(catalog.table(.openAI) != nil)
        var edited = try #require(catalog.table(.openAI))
        edited.features.vision = false
        #expect(catalog.replacing(edited).table(.openAI)?.features.vision == false)
        let loaded = try CapabilityCatalog().loading(directory: EmbeddedMappingsTests.mappings.path)
        #expect(loaded.providers == CapabilityCatalog.embedded.providers)
        #expect(throws: CapabilityTableError.self) {
            try CapabilityCatalog().loading(directory: "/nonexistent-mappings")
        }
    }
}

/// The parameter names tables may give rules to are exactly the ones the typed model decodes: a parameter added
/// to one list and not the other would make a rule silently never apply.
@Suite struct RuleableParameterTests {
    static func typedKeys<Model: JSONModel>(
        _ type: Model.Type, prefix: String, additional: (Model) -> JSONObject
    ) throws -> Set<String> {
        var keys: Set<String> = []
        for name in Fixtures.names(in: "openai", prefix: prefix) {
            let json = try Fixtures.json("openai/" + name)
            let model = try Model(json: json)
            keys.formUnion(Set(json.objectValue?.keys ?? []).subtracting(additional(model).keys))
        }
        return keys
    }

    @Test func chatAndEmbeddingsFixturesUseExactlyTheKnownParameters() throws {
        let chat = try Self.typedKeys(ChatCompletionRequest.self, prefix: "chat.request.") { $0.additionalFields }
        #expect(chat == APIOperation.chat.knownParameters)
        let embeddings = try Self.typedKeys(EmbeddingsRequest.self, prefix: "embeddings.request.") {
            $0.additionalFields
        }
        #expect(embeddings == APIOperation.embeddings.knownParameters)
    }

    @Test func completionFixturesUseOnlyKnownParameters() throws {
        let completions = try Self.typedKeys(CompletionRequest.self, prefix: "completions.request") {
            $0.additionalFields
        }
        #expect(completions.isSubset(of: APIOperation.completions.knownParameters))
        #expect(APIOperation.completions.knownParameters.subtracting(completions) == ["stream_options"])
    }
}
