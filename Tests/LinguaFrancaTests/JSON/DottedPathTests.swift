import Testing

@testable import LinguaFranca

/// Dotted member paths (`generationConfig.temperature`) as tables and dialects name them, and endpoint path
/// templates (`/v1beta/models/{model}:generateContent`): both are walked as bytes, so keys and values that are not
/// ASCII, and nested objects that are shared with a copy, must come out exactly as named.
@Suite("Dotted paths and endpoint templates")
struct DottedPathTests {
    @Test func settingADottedPathChangesOnlyThatMemberOfTheNestedObject() {
        var body: JSONObject = ["model": "m", "generationConfig": ["topK": 40, "temperature": 1]]
        let before = body
        body.setValue(0.5, atDottedPath: "generationConfig.temperature")
        body.setValue(["ru"], atDottedPath: "generationConfig.languages")
        #expect(body == ["model": "m", "generationConfig": ["topK": 40, "temperature": 0.5, "languages": ["ru"]]])
        // The copy taken before shares nothing that the writes changed.
        #expect(before == ["model": "m", "generationConfig": ["topK": 40, "temperature": 1]])
    }

    @Test func settingADottedPathCreatesOrReplacesWhatIsInTheWay() {
        var body: JSONObject = ["options": "not an object"]
        body.setValue(7, atDottedPath: "options.limits.maxTokens")
        body.setValue(true, atDottedPath: "настройки.поток")
        body.setValue("plain", atDottedPath: "plain")
        #expect(body == ["options": ["limits": ["maxTokens": 7]], "настройки": ["поток": true], "plain": "plain"])
    }

    @Test func readingADottedPathFindsOnlyWhatIsThere() {
        let body: JSONObject = ["reply": ["text": "Привет 👋", "meta": ["id": 12_345_678_901_234_567]], "flat": 1]
        #expect(body.value(atDottedPath: "reply.text") == "Привет 👋")
        #expect(body.value(atDottedPath: "reply.meta.id") == .number(JSONNumber(12_345_678_901_234_567)))
        #expect(body.value(atDottedPath: "flat") == 1)
        #expect(body.value(atDottedPath: "flat.deeper") == nil)
        #expect(body.value(atDottedPath: "reply.missing") == nil)
        #expect(body.value(atDottedPath: "reply.tex") == nil)
        #expect(body.value(atDottedPath: "repl.text") == nil)
    }

    @Test func endpointTemplatesAreFilledFromTheModelAndTheSettings() throws {
        let endpoint = Endpoint(
            method: "POST", path: "/v1beta/models/{model}:generateContent",
            stream: .init(framing: .sse, path: "/v1beta/models/{model}:streamGenerateContent?alt=sse"))
        #expect(
            try endpoint.resolvedPath(model: "gemini-2.5-flash", settings: [:])
                == "/v1beta/models/gemini-2.5-flash:generateContent")
        #expect(
            try endpoint.resolvedPath(model: "модель-😀", settings: [:], streaming: true)
                == "/v1beta/models/модель-😀:streamGenerateContent?alt=sse")
        let folder = Endpoint(method: "POST", path: "/foundationModels/v1/{folder}/{model}")
        #expect(
            try folder.resolvedPath(model: "yandexgpt", settings: ["folder": "b1g"])
                == "/foundationModels/v1/b1g/yandexgpt")
        #expect(
            try Endpoint(method: "POST", path: "/v1/messages").resolvedPath(model: "x", settings: [:]) == "/v1/messages"
        )
    }

    @Test func aPlaceholderWithNoValueNamesTheSettingItNeeds() {
        let endpoint = Endpoint(method: "POST", path: "/api/v1/agents/{agent_id}/call")
        #expect {
            try endpoint.resolvedPath(model: "m", settings: [:])
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .missingField && error.message.contains("'agent_id'")
                && error.message.contains("/api/v1/agents/{agent_id}/call")
        }
    }
}
