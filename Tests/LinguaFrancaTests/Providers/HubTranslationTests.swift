import LinguaFranca
import Testing

/// Provider A → OpenAI → provider B → OpenAI → provider A: the hub keeps the meaning, not just each spoke. Run on
/// the Anthropic request fixtures through Gemini; whatever comes back changed is named by a report on the way.
@Suite struct HubTranslationTests {
    static let anthropicRequests = [
        "plain-chat", "multi-turn-system", "parallel-tools", "images", "pdf-document", "json-schema",
        "thinking-replay", "lossy-openai", "native-extras",
    ]

    let anthropic: AnthropicChatCodec
    let gemini: GeminiChatCodec

    init() throws {
        anthropic = try AnthropicChatCodec()
        gemini = try GeminiChatCodec()
    }

    /// The Anthropic member an OpenAI request member is sent as: the table's rename target, or the member the
    /// codec builds from it (system messages become `system`, which the caller adds for `messages`).
    func anthropicMember(_ openAI: JSONPath.Component) -> JSONPath.Component {
        guard case .key(let key) = openAI else { return openAI }
        let structural = [
            "reasoning_effort": "thinking", "response_format": "output_config", "parallel_tool_calls": "tool_choice",
        ]
        if let member = structural[key] { return .key(member) }
        let rule = anthropic.table.capabilities(for: nil).rule(for: key)
        guard rule.action == .rename, let target = rule.target else { return openAI }
        return .key(String(target.prefix { $0 != "." }))
    }

    @Test(arguments: anthropicRequests)
    func anthropicThroughGeminiKeepsItsMeaning(_ name: String) throws {
        let original = try Fixtures.json("anthropic/requests/\(name).anthropic.json")
        var fromAnthropic = anthropic.makeContext(.decode, .chatRequest, model: nil)
        let openAI = try anthropic.decodeRequest(original, context: &fromAnthropic)
        var toGemini = gemini.makeContext(.encode, .chatRequest, model: openAI.model)
        let native = try gemini.encodeRequest(openAI, context: &toGemini)
        var fromGemini = gemini.makeContext(.decode, .chatRequest, model: openAI.model)
        var back = try gemini.decodeRequest(native.body, context: &fromGemini)
        back.stream = openAI.stream
        var toAnthropic = anthropic.makeContext(.encode, .chatRequest, model: back.model)
        let returned = try anthropic.encodeRequest(back, context: &toAnthropic).body

        let differences = returned.canonical.differences(from: original.canonical)
        var named = Set(
            [fromAnthropic, toGemini, fromGemini, toAnthropic].flatMap(\.report.entries).compactMap {
                $0.path.components.first
            })
        named.formUnion(named.map(anthropicMember))
        if named.contains(.key("messages")) { named.insert(.key("system")) }
        let unexplained = differences.filter { difference in
            guard let first = difference.components.first else { return true }
            return !named.contains(first)
        }
        #expect(unexplained.isEmpty, "\(name): \(unexplained)")
        #expect(returned["messages"]?.arrayValue?.count == original["messages"]?.arrayValue?.count, "\(name)")
    }
}
