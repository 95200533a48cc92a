import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Gemini parses JSON as protobuf does, so a request member may be spelled by its proto field name
/// (`max_output_tokens`, the spelling of Google's REST samples) as well as by its JSON name (`maxOutputTokens`);
/// both decode to the same OpenAI request (`Mappings/gemini.md`, "Member spellings").
@Suite struct GeminiMemberSpellingTests {
    let codec: GeminiChatCodec

    init() throws {
        codec = try GeminiChatCodec()
    }

    func decode(_ native: JSONValue) throws -> (ChatCompletionRequest, TranslationReport) {
        var context = codec.makeContext(.decode, .chatRequest, model: "gemini-2.5-flash")
        let request = try codec.decodeRequest(native, context: &context)
        return (request, context.report)
    }

    func decode(_ text: String) throws -> (ChatCompletionRequest, TranslationReport) {
        try decode(try JSONReader().read(text))
    }

    func failure(_ text: String) -> TranslationError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error as? TranslationError
        }
    }

    /// The REST-sample fixture and its camelCase re-encoding decode to the same request; only the report's paths
    /// differ, each naming the member as its document spells it.
    @Test func theSnakeCaseFixtureDecodesAsItsCamelCaseSpelling() throws {
        let (snake, snakeReport) = try decode(try Fixtures.json("gemini/requests/snake-case.gemini.json"))
        let (camel, camelReport) = try decode(try Fixtures.json("gemini/requests/snake-case.reencoded.json"))
        #expect(snake.json.canonical == camel.json.canonical)
        #expect(
            ReportedChange.of(camelReport) == [
                ReportedChange(kind: "converted", path: "generationConfig.topK"),
                ReportedChange(kind: "converted", path: "generationConfig.thinkingConfig.thinkingBudget"),
                ReportedChange(kind: "converted", path: "generationConfig.thinkingConfig.includeThoughts"),
                ReportedChange(kind: "converted", path: "safetySettings"),
            ])
        #expect(snakeReport.entries.map(\.kind) == camelReport.entries.map(\.kind))
    }

    static let camelCaseTools = #"""
        {"contents":[
          {"role":"user","parts":[{"text":"Turn on the lights, please."}]},
          {"role":"model","parts":[{"functionCall":{"id":"c1","name":"enable_lights","args":{"room_name":"kitchen"}},"thoughtSignature":"c2lnbmF0dXJl"}]},
          {"role":"user","parts":[{"functionResponse":{"id":"c1","name":"enable_lights","response":{"light_state":"on"}}},{"fileData":{"mimeType":"image/png","fileUri":"gs://lights/kitchen.png"}}]}],
         "systemInstruction":{"parts":[{"text":"You are a lighting system bot."}]},
         "tools":[{"functionDeclarations":[{"name":"enable_lights","description":"Turn on the lighting system.","parametersJsonSchema":{"type":"object","properties":{"room_name":{"type":"string"}}}}]}],
         "toolConfig":{"functionCallingConfig":{"mode":"ANY","allowedFunctionNames":["enable_lights"]}},
         "generationConfig":{"responseMimeType":"application/json","responseJsonSchema":{"type":"object","properties":{"done_at":{"type":"string"}}},"presencePenalty":0.5,"frequencyPenalty":0.25,"seed":7,"responseModalities":["TEXT"],"thinkingConfig":{"thinkingLevel":"LOW"}},
         "cachedContent":"cachedContents/lights-1"}
        """#
    static let snakeCaseTools = #"""
        {"contents":[
          {"role":"user","parts":[{"text":"Turn on the lights, please."}]},
          {"role":"model","parts":[{"function_call":{"id":"c1","name":"enable_lights","args":{"room_name":"kitchen"}},"thought_signature":"c2lnbmF0dXJl"}]},
          {"role":"user","parts":[{"function_response":{"id":"c1","name":"enable_lights","response":{"light_state":"on"}}},{"file_data":{"mime_type":"image/png","file_uri":"gs://lights/kitchen.png"}}]}],
         "system_instruction":{"parts":[{"text":"You are a lighting system bot."}]},
         "tools":[{"function_declarations":[{"name":"enable_lights","description":"Turn on the lighting system.","parameters_json_schema":{"type":"object","properties":{"room_name":{"type":"string"}}}}]}],
         "tool_config":{"function_calling_config":{"mode":"ANY","allowed_function_names":["enable_lights"]}},
         "generation_config":{"response_mime_type":"application/json","response_json_schema":{"type":"object","properties":{"done_at":{"type":"string"}}},"presence_penalty":0.5,"frequency_penalty":0.25,"seed":7,"response_modalities":["TEXT"],"thinking_config":{"thinking_level":"LOW"}},
         "cached_content":"cachedContents/lights-1"}
        """#

    /// Function calling, tool config, structured output and thinking level under snake_case names: the same
    /// request as camelCase gives, with the same report at the snake_case paths. Values (`args`, `response`, the
    /// schemas) are never respelled.
    @Test func functionCallingReadsTheSameUnderEitherSpelling() throws {
        let (camel, camelReport) = try decode(Self.camelCaseTools)
        let (snake, snakeReport) = try decode(Self.snakeCaseTools)
        #expect(snake.json.canonical == camel.json.canonical, "\(snake.json)")
        #expect(camel.toolChoice == .function(name: "enable_lights"))
        #expect(camel.messages.map(\.role) == [.system, .user, .assistant, .tool, .user])
        #expect(camel.messages[2].toolCalls?.first?.function?.arguments == #"{"room_name":"kitchen"}"#)
        #expect(camel.messages[3].content == .text(#"{"light_state":"on"}"#))
        #expect(
            ReportedChange.of(snakeReport) == [
                ReportedChange(kind: "defaulted", path: "generation_config.response_json_schema"),
                ReportedChange(kind: "converted", path: "generation_config.response_modalities"),
                ReportedChange(kind: "converted", path: "generation_config.thinking_config.thinking_level"),
                ReportedChange(kind: "converted", path: "cached_content"),
            ], "\(snakeReport.rendered)")
        #expect(snakeReport.entries.map(\.kind) == camelReport.entries.map(\.kind))
    }

    /// Google's own samples mix the spellings (`generationConfig` holding `response_mime_type`); so may any
    /// document, member by member.
    @Test func mixedSpellingsReadAsOne() throws {
        let (mixed, report) = try decode(
            #"{"contents":[{"parts":[{"text":"List 5 popular cookie recipes"}]}],"generationConfig":{"response_mime_type":"application/json","response_schema":{"type":"ARRAY","items":{"type":"OBJECT","properties":{"recipe_name":{"type":"STRING"}}}},"maxOutputTokens":400}}"#
        )
        #expect(mixed.maxTokens == 400)
        guard case .jsonSchema(let format)? = mixed.responseFormat else {
            Issue.record("expected a JSON schema format: \(mixed.json)")
            return
        }
        #expect(format.schema?["items"]?["properties"]?["recipe_name"] == ["type": "STRING"])
        #expect(
            ReportedChange.of(report) == [
                ReportedChange(kind: "approximated", path: "generationConfig.response_schema")
            ])
    }

    /// Errors name the member as the document spells it.
    @Test(arguments: [
        (#"{"contents":[],"generation_config":{"max_output_tokens":"100"}}"#, "generation_config.max_output_tokens"),
        (
            #"{"contents":[{"parts":[{"inline_data":{"mime_type":"image/png"}}]}]}"#,
            "contents[0].parts[0].inline_data"
        ),
        (#"{"contents":[],"tool_config":{"function_calling_config":7}}"#, "tool_config.function_calling_config"),
        (
            #"{"contents":[{"role":"model","parts":[{"function_call":{"args":{}}}]}]}"#,
            "contents[0].parts[0].function_call"
        ),
    ])
    func errorsNameTheDocumentsSpelling(_ text: String, _ path: String) {
        let error = failure(text)
        #expect(error?.path.description == path, "\(String(describing: error))")
        #expect(error?.provider == "gemini")
    }

    /// One member spelled both ways is an error, as it is to Gemini's parser; which one would win is not guessed.
    @Test(arguments: [
        (#"{"contents":[],"generationConfig":{"topK":3},"generation_config":{"top_k":3}}"#, "generation_config"),
        (
            #"{"contents":[],"generationConfig":{"max_output_tokens":5,"maxOutputTokens":5}}"#,
            "generationConfig.maxOutputTokens"
        ),
        (
            #"{"contents":[{"parts":[{"inline_data":{"mime_type":"image/png","data":"iVBO"},"inlineData":{"mimeType":"image/png","data":"iVBO"}}]}]}"#,
            "contents[0].parts[0].inlineData"
        ),
        (#"{"system_instruction":{"parts":[]},"systemInstruction":{"parts":[]},"contents":[]}"#, "systemInstruction"),
    ])
    func aMemberSpelledBothWaysIsAnError(_ text: String, _ path: String) {
        let error = failure(text)
        #expect(error?.code == .invalidValue, "\(String(describing: error))")
        #expect(error?.path.description == path)
        #expect(error?.direction == TranslationDirection(.decode, .chatRequest))
    }

    /// Only a lower_snake_case proto field name is respelled; any other key, and everything inside a value the
    /// codec carries verbatim (`labels` keys, `safetySettings` entries), stays as the document has it.
    @Test func otherKeysAndValuesAreLeftAsTheyAre() throws {
        let (request, _) = try decode(
            #"{"contents":[],"labels":{"team_name":"lights"},"Cached_Content":"x","cached__content":"y","_cachedContent":"z","safety_settings":[{"category":"HARM_CATEGORY_HARASSMENT","threshold":"OFF","some_method":"SEVERITY"}]}"#
        )
        let fields = request.additionalFields
        #expect(fields["labels"] == ["team_name": "lights"])
        #expect(
            fields.keys.sorted() == ["Cached_Content", "_cachedContent", "cached__content", "labels", "safetySettings"])
        #expect(fields["safetySettings"]?[0]?["some_method"] == "SEVERITY")
    }
}
