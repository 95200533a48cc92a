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

    /// Vertex's `displayName` inside `inlineData` and `fileData` has no OpenAI place; the part's own siblings do.
    @Test func geminiPayloadMembersWithNoOpenAIPlace() throws {
        let codec = try GeminiChatCodec()
        let report = try decodeReport(
            codec,
            #"{"contents":[{"parts":[{"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo=","displayName":"a.png"}},{"fileData":{"mimeType":"video/mp4","fileUri":"gs://b/v.mp4","displayName":"v.mp4"},"videoMetadata":{"fps":2}}]}]}"#
        )
        #expect(
            report == [
                ReportedChange(kind: "dropped", path: "contents[0].parts[0].inlineData.displayName"),
                ReportedChange(kind: "dropped", path: "contents[0].parts[1].fileData.displayName"),
                ReportedChange(kind: "approximated", path: "contents[0].parts[1].fileData"),
            ])
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
