import LinguaFranca
import Testing

/// The legacy text completions models: fixture round trips, decoded fields and decoding errors.
@Suite struct CompletionsModelTests {
    static let requests = [
        "completions.request.json", "completions.request.prompts.json", "completions.request.tokens.json",
    ]
    static let responses = ["completions.response.json", "completions.chunk.json"]

    // MARK: Round trips

    @Test(arguments: requests)
    func requestRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(CompletionRequest.self, name)
    }

    @Test(arguments: responses)
    func responseRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(Completion.self, name)
    }

    @Test func everyCompletionsFixtureIsCovered() {
        let listed = Set(Self.requests + Self.responses)
        #expect(Set(Fixtures.names(in: "openai", prefix: "completions.")) == listed)
    }

    // MARK: Request fields

    @Test func fullRequest() throws {
        let request = try CompletionRequest(jsonBytes: Fixtures.bytes("openai/completions.request.json"))
        #expect(request.model == "gpt-3.5-turbo-instruct")
        #expect(request.prompt == .text("Переведи на английский: «Доброе утро»\nПеревод:"))
        #expect(request.suffix == "\n\n-- конец --")
        #expect(request.maxTokens == 16)
        #expect(request.temperature?.literal == "0.70")
        #expect(request.topP?.literal == "1.0")
        #expect(request.n == 1)
        #expect(request.stream == false)
        #expect(request.logprobs == 2)
        #expect(request.echo == false)
        #expect(request.stop == .single("\n"))
        #expect(request.presencePenalty?.literal == "-0.5")
        #expect(request.frequencyPenalty?.literal == "0")
        #expect(request.bestOf == 3)
        #expect(request.logitBias == ["50256": -100, "7": 2])
        #expect(request.user == "user-4f1c2a9e")
        #expect(request.seed == 42)
        #expect(request.streamOptions == nil)
        #expect(request.additionalFields.isEmpty)
    }

    @Test func promptArray() throws {
        let request = try CompletionRequest(jsonBytes: Fixtures.bytes("openai/completions.request.prompts.json"))
        guard case .texts(let prompts) = request.prompt else {
            Issue.record("expected .texts, got \(String(describing: request.prompt))")
            return
        }
        #expect(prompts.count == 4)
        #expect(prompts[1] == "Скажи, что это тест")
        #expect(prompts[3] == "Quote: \"to be\\not to be\"\t—")
        #expect(request.maxTokens == 7)
        #expect(request.temperature == 0)
    }

    @Test func tokenPrompt() throws {
        let request = try CompletionRequest(jsonBytes: Fixtures.bytes("openai/completions.request.tokens.json"))
        #expect(request.prompt == .tokens([1374, 374, 264, 1296, 13]))
        #expect(request.model == "davinci-002")
        #expect(request.logprobs == 0)
    }

    @Test func tokenArrayPromptAndStreamOptions() throws {
        let text = #"{"model":"m","prompt":[[1,2],[3]],"stop":["a","b"],"stream_options":{"include_usage":true}}"#
        let request = try CompletionRequest(jsonBytes: Array(text.utf8))
        #expect(request.prompt == .tokenArrays([[1, 2], [3]]))
        #expect(request.stop == .multiple(["a", "b"]))
        #expect(request.streamOptions == StreamOptions(includeUsage: true))
        #expect(request.json == (try JSONReader().read(text)))
    }

    @Test func emptyPromptArrayIsEmptyTexts() throws {
        let request = try CompletionRequest(jsonBytes: Array(#"{"model":"m","prompt":[]}"#.utf8))
        #expect(request.prompt == .texts([]))
    }

    @Test func freshRequestUsesCanonicalOrder() {
        let request = CompletionRequest(
            model: "m", prompt: .text("p"), bestOf: 2, echo: true, frequencyPenalty: 0.5, logitBias: ["1": 1],
            logprobs: 1, maxTokens: 3, n: 1, presencePenalty: 0, seed: 7, stop: .single("."), stream: true,
            streamOptions: StreamOptions(includeUsage: true), suffix: "s", temperature: 1, topP: 0.9, user: "u")
        #expect(
            request.json.objectValue?.keys == [
                "model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs", "max_tokens", "n",
                "presence_penalty", "seed", "stop", "stream", "stream_options", "suffix", "temperature", "top_p",
                "user",
            ])
        #expect(request.json["stream_options"] == ["include_usage": true])
    }

    // MARK: Response fields

    @Test func response() throws {
        let completion = try Completion(jsonBytes: Fixtures.bytes("openai/completions.response.json"))
        #expect(completion.id == "cmpl-9Hq2vXkTzR4mWcB8nLp0sYd6JfA3uE")
        #expect(completion.object == "text_completion")
        #expect(completion.created == 1_741_427_400)
        #expect(completion.model == "gpt-3.5-turbo-instruct")
        #expect(completion.systemFingerprint == nil)
        #expect(completion.usage == Usage(promptTokens: 19, completionTokens: 3, totalTokens: 22))
        #expect(completion.choices.count == 1)
        let choice = try #require(completion.choices.first)
        #expect(choice.text == " Good morning!")
        #expect(choice.index == 0)
        #expect(choice.finishReason == .stop)
        let logprobs = try #require(choice.logprobs)
        #expect(logprobs.keys == ["tokens", "token_logprobs", "top_logprobs", "text_offset"])
        #expect(logprobs["tokens"] == [" Good", " morning", "!"])
        #expect(logprobs["text_offset"] == [46, 51, 59])
        #expect(logprobs["top_logprobs"]?[2]?["!"] == .number(try #require(JSONNumber(literal: "-0.97935915"))))
        #expect(completion.json["system_fingerprint"] == .null)
    }

    @Test func chunk() throws {
        let chunk = try Completion(jsonBytes: Fixtures.bytes("openai/completions.chunk.json"))
        #expect(chunk.created == 1_741_427_455)
        #expect(chunk.usage == nil)
        let choice = try #require(chunk.choices.first)
        #expect(choice.text == " доброе \"утро\"\n")
        #expect(choice.logprobs == nil)
        #expect(choice.finishReason == nil)
        #expect(chunk.json.objectValue?.keys == ["id", "object", "created", "choices", "model"])
    }

    @Test func freshCompletionUsesCanonicalOrder() {
        let completion = Completion(
            id: "c", created: 1, model: "m",
            choices: [CompletionChoice(text: "t", index: 0, logprobs: ["tokens": ["t"]], finishReason: .length)],
            usage: Usage(promptTokens: 1, completionTokens: 1, totalTokens: 2), systemFingerprint: "fp")
        #expect(
            completion.json.objectValue?.keys == [
                "id", "object", "created", "model", "choices", "usage", "system_fingerprint",
            ])
        #expect(completion.json["object"] == "text_completion")
        #expect(completion.json["choices"]?[0]?.objectValue?.keys == ["text", "index", "logprobs", "finish_reason"])
    }

    // MARK: Errors

    @Test func missingModelIsMissingField() throws {
        let error = try #require(decodingError(CompletionRequest.self, #"{"prompt":"p"}"#))
        #expect(error.code == .missingField)
        #expect(error.message.contains("'model'"))
        #expect(error.provider == .openAI)
    }

    @Test func promptOfWrongTypeIsTypeMismatch() throws {
        let error = try #require(decodingError(CompletionRequest.self, #"{"model":"m","prompt":{"text":"p"}}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "prompt")
    }

    @Test(arguments: [
        (#"["a", 1]"#, "prompt[1]"), (#"[1, "a"]"#, "prompt[1]"), (#"[[1], ["a"]]"#, "prompt[1][0]"),
        (#"[{}]"#, "prompt[0]"),
    ])
    func mixedPromptArrayIsTypeMismatch(_ prompt: String, _ path: String) throws {
        let error = try #require(decodingError(CompletionRequest.self, #"{"model":"m","prompt":\#(prompt)}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == path)
    }

    @Test func stopOfWrongTypeIsTypeMismatch() throws {
        let error = try #require(decodingError(CompletionRequest.self, #"{"model":"m","stop":["a",1]}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "stop[1]")
    }

    @Test func choiceWithoutTextIsMissingField() throws {
        let text = #"{"id":"c","object":"text_completion","created":1,"model":"m","choices":[{"index":0}]}"#
        let error = try #require(decodingError(Completion.self, text))
        #expect(error.code == .missingField)
        #expect(error.path.description == "choices[0]")
        #expect(error.message.contains("'text'"))
    }

    @Test func fractionalCreatedIsInvalidValue() throws {
        let text = #"{"id":"c","created":1.5,"model":"m","choices":[]}"#
        let error = try #require(decodingError(Completion.self, text))
        #expect(error.code == .invalidValue)
        #expect(error.path.description == "created")
    }

}
