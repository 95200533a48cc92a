import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Native members that have an OpenAI twin only in part, or none: each loss is in the report.
@Suite struct NothingSilentlyLostTests {
    func decodeReport(_ codec: some ChatCodec, _ text: String) throws -> Set<ReportedChange> {
        var context = codec.makeContext(.decode, .chatRequest, model: "m")
        _ = try codec.decodeRequest(try JSONReader().read(text), context: &context)
        return ReportedChange.of(context.report)
    }

    @Test func yandexModesWithNoOpenAITwin() throws {
        let codec = try YandexChatCodec()
        let report = try decodeReport(
            codec,
            #"{"modelUri":"gpt://f/yandexgpt/latest","messages":[],"toolChoice":{"mode":"SOMETIMES"},"completionOptions":{"reasoningOptions":{"mode":"ENABLED_LOUD"}}}"#
        )
        #expect(report.contains(ReportedChange(kind: "approximated", path: "toolChoice.mode")))
        #expect(report.contains(ReportedChange(kind: "dropped", path: "completionOptions.reasoningOptions.mode")))
    }

    @Test func geminiMembersThatLoseToAnotherOne() throws {
        let codec = try GeminiChatCodec()
        let report = try decodeReport(
            codec,
            #"""
            {"contents":[],"tools":[{"functionDeclarations":[{"name":"f","parameters":{"type":"OBJECT"},"parametersJsonSchema":{"type":"object"}}]}],
             "toolConfig":{"functionCallingConfig":{"mode":"AUTO","allowedFunctionNames":["f"]}},
             "generationConfig":{"responseJsonSchema":{"type":"object"},"responseSchema":{"type":"OBJECT"},"thinkingConfig":{"thinkingLevel":"LOW","thinkingBudget":99}}}
            """#)
        for path in [
            "tools[0].functionDeclarations[0].parameters", "toolConfig.functionCallingConfig.allowedFunctionNames",
            "generationConfig.responseSchema", "generationConfig.thinkingConfig.thinkingBudget",
        ] {
            #expect(report.contains(ReportedChange(kind: "dropped", path: path)), "\(path): \(report)")
        }
    }

    @Test func timewebHasNoToolTurns() throws {
        let codec = try TimewebChatCodec()
        let request = ChatCompletionRequest(
            model: "agent",
            messages: [
                ChatMessage(role: .user, text: "Погода?"),
                ChatMessage(
                    role: .assistant,
                    toolCalls: [ToolCall(id: "c", function: FunctionCall(name: "weather", arguments: "{}"))]),
                ChatMessage(role: .tool, content: .text("+3"), toolCallID: "c"),
                ChatMessage(role: .user, text: "А завтра?"),
            ])
        var context = codec.makeContext(
            .encode, .chatRequest, model: "agent", options: .init(providerSettings: ["agent_id": "a"]))
        _ = try codec.encodeRequest(request, context: &context)
        let report = ReportedChange.of(context.report)
        #expect(report.contains(ReportedChange(kind: "dropped", path: "messages[1].tool_calls")))
        #expect(report.contains(ReportedChange(kind: "dropped", path: "messages[2]")))
    }
}
