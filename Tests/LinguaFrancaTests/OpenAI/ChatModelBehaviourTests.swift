import LinguaFranca
import Testing

/// How the typed model treats layout, edits, open values and bad input.
@Suite struct ChatModelBehaviourTests {
    @Test func builtValuesEncodeInCanonicalOrder() {
        let request = ChatCompletionRequest(
            model: "gpt-4o", messages: [ChatMessage(role: .user, text: "Привет 👋")], stream: true, temperature: 0.2)
        #expect(
            request.json.description
                == #"{"model":"gpt-4o","messages":[{"role":"user","content":"Привет 👋"}],"stream":true,"temperature":0.2}"#
        )
    }

    @Test func equalityIgnoresKeyOrderAndExplicitNulls() throws {
        let first = try ChatMessage(json: JSONReader().read(#"{"role":"assistant","content":"hi","refusal":null}"#))
        let second = try ChatMessage(json: JSONReader().read(#"{"content":"hi","role":"assistant"}"#))
        #expect(first == second)
        #expect(first.json.description == #"{"role":"assistant","content":"hi","refusal":null}"#)
        #expect(second.json.description == #"{"content":"hi","role":"assistant"}"#)
    }

    @Test func editsKeepPositionsAndNewMembersGoLast() throws {
        let text = #"{"messages":[{"role":"user","content":"x"}],"temperature":0.70,"model":"m","max_tokens":5}"#
        var request = try ChatCompletionRequest(json: JSONReader().read(text))
        request.temperature = 0.3
        request.maxTokens = nil
        request.seed = 42
        #expect(
            request.json.description
                == #"{"messages":[{"role":"user","content":"x"}],"temperature":0.3,"model":"m","seed":42}"#)
    }

    @Test func unknownRolesPartTypesAndFinishReasonsAreData() throws {
        let text =
            #"{"model":"m","messages":[{"role":"critic","content":[{"type":"video_url","video_url":{"url":"https://e.x/v.mp4"}}]}]}"#
        let request = try ChatCompletionRequest(json: JSONReader().read(text))
        #expect(request.messages[0].role == Role(rawValue: "critic"))
        guard case .parts(let parts)? = request.messages[0].content else {
            Issue.record("content is not parts")
            return
        }
        #expect(parts[0].type == "video_url")
        #expect(parts[0].additionalFields["video_url"]?["url"] == "https://e.x/v.mp4")
        #expect(request.json.description == text)
        let choice = try ChatCompletionChoice(
            json: JSONReader().read(
                #"{"index":0,"message":{"role":"assistant","content":""},"finish_reason":"insufficient_system_resource"}"#
            ))
        #expect(choice.finishReason?.rawValue == "insufficient_system_resource")
    }

    @Test func toolChoiceForms() throws {
        for (text, expected) in [
            (#""auto""#, ToolChoice.mode(.auto)),
            (#"{"type":"function","function":{"name":"f"}}"#, .function(name: "f")),
            (
                #"{"type":"allowed_tools","allowed_tools":{"mode":"auto","tools":[]}}"#,
                .object(["type": "allowed_tools", "allowed_tools": ["mode": "auto", "tools": []]])
            ),
        ] {
            let request = try ChatCompletionRequest(
                json: JSONReader().read(#"{"model":"m","messages":[],"tool_choice":"# + text + "}"))
            #expect(request.toolChoice == expected)
            #expect(
                request.toolChoice.map {
                    ChatCompletionRequest(model: "m", messages: [], toolChoice: $0).json["tool_choice"]
                } == (try JSONReader().read(text)))
        }
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var input: String
        var code: TranslationError.Code
        var path: String
        var testDescription: String { "\(code) at \(path)" }
    }

    static let badRequests: [BadCase] = [
        BadCase(input: #"[]"#, code: .typeMismatch, path: ""),
        BadCase(input: #"{"messages":[]}"#, code: .missingField, path: ""),
        BadCase(input: #"{"model":"m"}"#, code: .missingField, path: ""),
        BadCase(input: #"{"model":5,"messages":[]}"#, code: .typeMismatch, path: "model"),
        BadCase(input: #"{"model":"m","messages":{}}"#, code: .typeMismatch, path: "messages"),
        BadCase(
            input: #"{"model":"m","messages":[{"role":"user","content":"a"},{"role":7}]}"#, code: .typeMismatch,
            path: "messages[1].role"),
        BadCase(input: #"{"model":"m","messages":[{"content":"a"}]}"#, code: .missingField, path: "messages[0]"),
        BadCase(
            input: #"{"model":"m","messages":[{"role":"user","content":12}]}"#, code: .typeMismatch,
            path: "messages[0].content"),
        BadCase(
            input:
                #"{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"detail":"low"}}]}]}"#,
            code: .missingField, path: "messages[0].content[1].image_url"),
        BadCase(
            input:
                #"{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":"https://x"}]}]}"#,
            code: .typeMismatch, path: "messages[0].content[0].image_url"),
        BadCase(input: #"{"model":"m","messages":[],"max_tokens":1.5}"#, code: .invalidValue, path: "max_tokens"),
        BadCase(input: #"{"model":"m","messages":[],"max_tokens":"100"}"#, code: .typeMismatch, path: "max_tokens"),
        BadCase(input: #"{"model":"m","messages":[],"n":99999999999999999999}"#, code: .invalidValue, path: "n"),
        BadCase(input: #"{"model":"m","messages":[],"stop":[1]}"#, code: .typeMismatch, path: "stop[0]"),
        BadCase(
            input: #"{"model":"m","messages":[],"tools":[{"type":"function","function":{"description":"no name"}}]}"#,
            code: .missingField, path: "tools[0].function"),
        BadCase(
            input: #"{"model":"m","messages":[],"response_format":{"type":"json_schema","json_schema":{"schema":{}}}}"#,
            code: .missingField, path: "response_format.json_schema"),
        BadCase(
            input:
                #"{"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":{}}}]}]}"#,
            code: .typeMismatch, path: "messages[0].tool_calls[0].function.arguments"),
    ]

    @Test(arguments: badRequests)
    func badRequestsNameTheirPath(_ bad: BadCase) throws {
        let error = try #require(throws: TranslationError.self) {
            try ChatCompletionRequest(jsonBytes: Array(bad.input.utf8))
        }
        #expect(error.code == bad.code)
        #expect(error.path.description == bad.path)
        #expect(error.provider == .openAI)
        #expect(!error.description.contains("\n"))
    }

    @Test func malformedBytesReportPosition() throws {
        let error = try #require(throws: TranslationError.self) {
            try ChatCompletionRequest(jsonBytes: Array("{\"model\":\"m\",\n\"messages\":[{\"role\":\"user\",}]}".utf8))
        }
        #expect(error.code == .malformedJSON)
        #expect(error.jsonError?.line == 2)
        #expect(error.jsonError?.column == 28)
        #expect(error.path.description == "messages[0]")
        #expect(error.description.hasPrefix("openai: invalid JSON at line 2, column 28"))
    }
}
