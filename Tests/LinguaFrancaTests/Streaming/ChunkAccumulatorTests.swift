import LinguaFranca
import Testing

/// Folding streamed chunks into a response, and cutting a response into chunks.
@Suite struct ChunkAccumulatorTests {
    static let responses = Fixtures.names(in: "openai", prefix: "chat.response.")
    static let streams = Fixtures.names(in: "openai-stream", prefix: "chat-").filter {
        $0.hasSuffix(".expected.json")
    }

    // MARK: Round trip through streamChunks

    @Test func responseFixturesArePresent() {
        #expect(Self.responses.count >= 6)
    }

    @Test(arguments: responses, [1, 3, 16])
    func accumulatingStreamedChunksGivesTheResponseBack(_ name: String, _ charactersPerChunk: Int) throws {
        let response = try ChatCompletion(jsonBytes: Fixtures.bytes("openai/" + name))
        let chunks = response.streamChunks(charactersPerChunk: charactersPerChunk)
        var accumulator = ChunkAccumulator()
        for chunk in chunks {
            // Through the wire, so that what rides in additional fields survives encoding too.
            try accumulator.add(ChatCompletionChunk(jsonBytes: chunk.jsonBytes()))
        }
        #expect(try accumulator.makeCompletion() == response)
        for chunk in chunks {
            #expect(chunk.object == "chat.completion.chunk")
            #expect(chunk.id == response.id && chunk.model == response.model)
            for choice in chunk.choices {
                #expect((choice.delta.content?.count ?? 0) <= charactersPerChunk)
                #expect((choice.delta.refusal?.count ?? 0) <= charactersPerChunk)
                for piece in choice.delta.toolCalls ?? [] {
                    #expect((piece.function?.arguments?.count ?? 0) <= charactersPerChunk)
                }
            }
        }
    }

    @Test func streamChunksShape() throws {
        var message = ChatMessage(role: .assistant, text: "héllo wörld")
        message.annotations = []
        message.additionalFields = ["reasoning_content": "thought"]
        let response = ChatCompletion(
            id: "c", created: 7, model: "m",
            choices: [ChatCompletionChoice(index: 0, message: message, finishReason: .stop)],
            usage: Usage(promptTokens: 1, completionTokens: 2, totalTokens: 3), systemFingerprint: "fp",
            additionalFields: ["x_vendor": true])
        let chunks = response.streamChunks(charactersPerChunk: 4)
        #expect(chunks.count == 6)
        #expect(chunks[0].choices[0].delta.role == .assistant)
        #expect(chunks[0].choices[0].delta.content == "")
        #expect(chunks[0].choices[0].delta.additionalFields["annotations"] == [])
        #expect(chunks[0].choices[0].delta.additionalFields["reasoning_content"] == "thought")
        #expect(chunks[1...3].map { $0.choices[0].delta.content } == ["héll", "o wö", "rld"])
        #expect(chunks[4].choices[0].finishReason == .stop)
        #expect(chunks[4].choices[0].delta == ChatCompletionDelta())
        #expect(chunks[5].choices.isEmpty && chunks[5].usage?.totalTokens == 3)
        #expect(chunks.allSatisfy { $0.systemFingerprint == "fp" && $0.additionalFields["x_vendor"] == true })
        #expect(response.streamChunks(charactersPerChunk: 4, includeUsage: false).count == 5)
    }

    @Test func streamChunksNeverSplitsACharacterAndTreatsSizesBelowOneAsOne() {
        let text = "a👩‍💻é"
        let response = ChatCompletion(
            id: "c", created: 7, model: "m",
            choices: [ChatCompletionChoice(index: 0, message: ChatMessage(role: .assistant, text: text))])
        for size in [0, -3, 1] {
            let pieces = response.streamChunks(charactersPerChunk: size).compactMap { chunk in
                chunk.choices.first?.delta.content.flatMap { $0.isEmpty ? nil : $0 }
            }
            #expect(pieces == ["a", "👩‍💻", "é"])
        }
    }

    @Test func partsContentStreamsAsItsJoinedText() throws {
        let message = ChatMessage(role: .assistant, content: .parts([.text("ab"), .text("cd")]))
        let response = ChatCompletion(
            id: "c", created: 7, model: "m", choices: [ChatCompletionChoice(index: 0, message: message)])
        let completion = try accumulate(response.streamChunks(charactersPerChunk: 3))
        #expect(completion.choices[0].message.content == .text("abcd"))
    }

    // MARK: Hand-written streams

    @Test func interleavedParallelToolCallArgumentsAreKeyedByIndex() throws {
        let completion = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":null},"finish_reason":null}"#),
            chunk(
                #"{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"f","arguments":""}}]}}"#
            ),
            chunk(
                #"{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"g","arguments":""}}]}}"#
            ),
            chunk(#"{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"x\":"}}]}}"#),
            chunk(#"{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\"y\":"}}]}}"#),
            chunk(#"{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}"#),
            chunk(#"{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"\"два\"}"}}]}}"#),
            chunk(#"{"index":0,"delta":{},"finish_reason":"tool_calls"}"#),
        ])
        let message = completion.choices[0].message
        #expect(message.content == nil)
        #expect(
            message.toolCalls == [
                ToolCall(id: "call_a", function: FunctionCall(name: "f", arguments: #"{"x":1}"#)),
                ToolCall(id: "call_b", function: FunctionCall(name: "g", arguments: #"{"y":"два"}"#)),
            ])
        #expect(completion.choices[0].finishReason == .toolCalls)
    }

    @Test func interleavedChoicesAreSortedByIndexWithTheirOwnFinishReasons() throws {
        let completion = try accumulate([
            chunk(#"{"index":1,"delta":{"role":"assistant","content":""}}"#),
            chunk(#"{"index":0,"delta":{"role":"assistant","content":""}}"#),
            chunk(#"{"index":1,"delta":{"content":"B1"}}"#),
            chunk(#"{"index":0,"delta":{"content":"A1"}}"#),
            chunk(#"{"index":0,"delta":{},"finish_reason":"stop"}"#),
            chunk(#"{"index":1,"delta":{"content":"B2"}}"#),
            chunk(#"{"index":1,"delta":{},"finish_reason":"length"}"#),
        ])
        #expect(completion.choices.map(\.index) == [0, 1])
        #expect(completion.choices.map(\.message.content) == [.text("A1"), .text("B1B2")])
        #expect(completion.choices.map(\.finishReason) == [.stop, .length])
    }

    @Test func refusalFragmentsAreConcatenated() throws {
        let completion = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":null,"refusal":""}}"#),
            chunk(#"{"index":0,"delta":{"refusal":"Извините,"}}"#),
            chunk(#"{"index":0,"delta":{"refusal":" нет 🙏"}}"#),
            chunk(#"{"index":0,"delta":{},"finish_reason":"stop"}"#),
        ])
        #expect(completion.choices[0].message.refusal == "Извините, нет 🙏")
        #expect(completion.choices[0].message.content == nil)
    }

    @Test func usageComesFromTheUsageOnlyFinalChunk() throws {
        let usage = #""usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}"#
        let completion = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":"hi"}}"#, extra: #","usage":null"#),
            chunk(#"{"index":0,"delta":{},"finish_reason":"stop"}"#),
            try ChatCompletionChunk(
                json: JSONReader().read(#"{"id":"c1","created":1,"model":"m","choices":[],"# + usage + "}")),
        ])
        #expect(completion.usage == Usage(promptTokens: 5, completionTokens: 2, totalTokens: 7))
        #expect(completion.choices.count == 1)
        #expect(completion.choices[0].message.content == .text("hi"))
    }

    @Test func reasoningContentFragmentsAreConcatenated() throws {
        let completion = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":"Снача"}}"#),
            chunk(#"{"index":0,"delta":{"content":null,"reasoning_content":"ла думаю"}}"#),
            chunk(#"{"index":0,"delta":{"reasoning_content":"."}}"#),
            chunk(#"{"index":0,"delta":{"content":"Ответ","reasoning_content":null}}"#),
        ])
        let message = completion.choices[0].message
        #expect(message.additionalFields["reasoning_content"] == "Сначала думаю.")
        #expect(message.content == .text("Ответ"))
    }

    @Test func obfuscationIsNotCarriedButOtherChunkMembersAre() throws {
        let completion = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":""}}"#, extra: #","obfuscation":"k3""#),
            chunk(#"{"index":0,"delta":{"content":"x"}}"#, extra: #","obfuscation":"Tz","x_region":"eu""#),
            chunk(#"{"index":0,"delta":{"content":"y"}}"#, extra: #","x_region":"us""#),
        ])
        #expect(completion.additionalFields == ["x_region": "eu"])
        #expect(completion.object == "chat.completion")
    }

    @Test func anEmptyFirstContentFragmentMakesContentPresent() throws {
        let started = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":""}}"#),
            chunk(#"{"index":0,"delta":{},"finish_reason":"stop"}"#),
        ])
        #expect(started.choices[0].message.content == .text(""))
        let continued = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","content":""}}"#),
            chunk(#"{"index":0,"delta":{"content":"Да"}}"#),
        ])
        #expect(continued.choices[0].message.content == .text("Да"))
        let absent = try accumulate([chunk(#"{"index":0,"delta":{"role":"assistant","content":null}}"#)])
        #expect(absent.choices[0].message.content == nil)
    }

    @Test func aToolCallWithoutAnIDIsAMissingField() throws {
        var accumulator = ChunkAccumulator()
        try accumulator.add(
            chunk(#"{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"name":"f","arguments":"{}"}}]}}"#))
        let error = #expect(throws: TranslationError.self) { try accumulator.makeCompletion() }
        #expect(error?.code == .missingField)
        #expect(error?.path.description == "choices[0].message.tool_calls[0]")
        #expect(error?.message.contains("'id'") == true)
    }

    @Test func anEmptyAccumulatorHasNoCompletion() throws {
        var accumulator = ChunkAccumulator()
        #expect(accumulator.isEmpty)
        let error = #expect(throws: TranslationError.self) { try accumulator.makeCompletion() }
        #expect(error?.code == .missingField)
        try accumulator.add(chunk(#"{"index":0,"delta":{"content":"x"}}"#))
        #expect(!accumulator.isEmpty)
        #expect(try accumulator.makeCompletion().choices[0].message.role == .assistant)
    }

    @Test func headerComesFromTheFirstChunkAndFingerprintFromTheLast() throws {
        let first = try ChatCompletionChunk(
            json: JSONReader().read(
                #"{"id":"first","created":1,"model":"m1","system_fingerprint":"fp1","service_tier":"default","choices":[]}"#
            ))
        let second = try ChatCompletionChunk(
            json: JSONReader().read(
                #"{"id":"second","created":2,"model":"m2","system_fingerprint":"fp2","service_tier":null,"choices":[]}"#
            ))
        let completion = try accumulate([first, second])
        #expect(completion.id == "first" && completion.created == 1 && completion.model == "m1")
        #expect(completion.systemFingerprint == "fp2")
        #expect(completion.serviceTier == "default")
    }

    @Test func typedDeltaMembersFillTheMessage() throws {
        let completion = try accumulate([
            chunk(
                #"{"index":0,"delta":{"role":"assistant","name":"bot","audio":{"id":"audio_1","transcript":"При"}}}"#),
            chunk(#"{"index":0,"delta":{"audio":{"transcript":"вет","data":"AAA"}}}"#),
            chunk(#"{"index":0,"delta":{"audio":{"data":"BBB"},"annotations":[{"type":"url_citation"}]}}"#),
            chunk(#"{"index":0,"delta":{"audio":{"expires_at":99},"annotations":[{"type":"other"}]}}"#),
        ])
        let message = completion.choices[0].message
        #expect(message.name == "bot")
        #expect(message.audio == ["id": "audio_1", "transcript": "Привет", "data": "AAABBB", "expires_at": 99])
        #expect(message.annotations == [["type": "url_citation"], ["type": "other"]])
        #expect(message.additionalFields.isEmpty)
    }

    @Test func logprobsAreAppendedAndChoiceMembersMerge() throws {
        let completion = try accumulate([
            chunk(
                #"{"index":0,"delta":{"content":"a"},"logprobs":{"content":[{"token":"a","logprob":-0.5}],"refusal":null},"stop_reason":null}"#
            ),
            chunk(#"{"index":0,"delta":{"content":"b"},"logprobs":null}"#),
            chunk(
                #"{"index":0,"delta":{"content":"c"},"logprobs":{"content":[{"token":"c","logprob":-1}]},"stop_reason":7}"#
            ),
        ])
        let choice = completion.choices[0]
        #expect(choice.logprobs?.content?.map(\.token) == ["a", "c"])
        #expect(choice.logprobs?.refusal == nil)
        #expect(choice.additionalFields == ["stop_reason": 7])
        let without = try accumulate([chunk(#"{"index":0,"delta":{"content":"a"},"logprobs":null}"#)])
        #expect(without.choices[0].logprobs == nil)
    }

    @Test func legacyFunctionCallIsAssembled() throws {
        let completion = try accumulate([
            chunk(#"{"index":0,"delta":{"role":"assistant","function_call":{"name":"lookup","arguments":""}}}"#),
            chunk(#"{"index":0,"delta":{"function_call":{"arguments":"{\"q\":"}}}"#),
            chunk(#"{"index":0,"delta":{"function_call":{"arguments":"1}"}}}"#),
        ])
        #expect(completion.choices[0].message.functionCall == FunctionCall(name: "lookup", arguments: #"{"q":1}"#))
    }

    @Test func contradictionsThrowAndLeaveTheAccumulatorUnchanged() throws {
        var accumulator = ChunkAccumulator()
        try accumulator.add(
            chunk(
                #"{"index":0,"delta":{"content":"ok","tool_calls":[{"index":0,"id":"call_a","function":{"name":"f"}}]}}"#
            ))
        let before = try accumulator.makeCompletion()

        let otherID = #expect(throws: TranslationError.self) {
            try accumulator.add(
                chunk(#"{"index":0,"delta":{"content":"!","tool_calls":[{"index":0,"id":"call_b"}]}}"#))
        }
        #expect(otherID?.code == .invalidValue)
        #expect(otherID?.path.description == "choices[0].delta.tool_calls[0].id")

        let badAudio = #expect(throws: TranslationError.self) {
            try accumulator.add(chunk(#"{"index":0,"delta":{"content":"!","audio":"nope"}}"#))
        }
        #expect(badAudio?.code == .typeMismatch)
        #expect(badAudio?.path.description == "choices[0].delta.audio")

        #expect(try accumulator.makeCompletion() == before)
        try accumulator.add(chunk(#"{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a"}]}}"#))
        #expect(try accumulator.makeCompletion().choices[0].message.toolCalls?.first?.id == "call_a")
    }

    // MARK: Captured streams

    @Test func capturedStreamFixturesArePresent() {
        #expect(!Self.streams.isEmpty)
    }

    @Test(arguments: streams)
    func capturedStreamFoldsToItsText(_ name: String) throws {
        let elements = try #require(Fixtures.json("openai-stream/" + name).arrayValue)
        let completion = try accumulate(elements.map { element in try ChatCompletionChunk(json: element) })
        #expect(completion.id == elements.first?["id"]?.stringValue)
        #expect(completion.additionalFields["obfuscation"] == nil)
        // An independent reading of the raw JSON: content and refusal text per choice index.
        var content: [Int: String] = [:]
        var refusal: [Int: String] = [:]
        for choice in elements.flatMap({ $0["choices"]?.arrayValue ?? [] }) {
            let index = try #require(choice["index"]?.numberValue?.int)
            if let text = choice["delta"]?["content"]?.stringValue { content[index, default: ""] += text }
            if let text = choice["delta"]?["refusal"]?.stringValue { refusal[index, default: ""] += text }
        }
        for choice in completion.choices {
            #expect(choice.message.content?.joinedText == content[choice.index])
            #expect(choice.message.refusal == refusal[choice.index])
        }
    }

    @Test(.enabled(if: streamExists("chat-tool-calls")))
    func capturedToolCallStream() throws {
        let completion = try accumulateStream("chat-tool-calls")
        let calls = try #require(completion.choices.first?.message.toolCalls)
        #expect(calls.count == 2)
        #expect(calls.map(\.function?.name) == ["get_weather", "get_local_time"])
        let arguments = try calls.map { call in try JSONReader().read(call.function?.arguments ?? "") }
        #expect(arguments[0] == ["city": "Москва", "unit": "celsius"])
        #expect(arguments[1] == ["timezone": "Asia/Shanghai", "label": "上海 🏙️"])
        #expect(completion.choices[0].finishReason == .toolCalls)
        #expect(completion.usage?.totalTokens == 275)
    }

    @Test(.enabled(if: streamExists("chat-n2")))
    func capturedTwoChoiceStream() throws {
        let completion = try accumulateStream("chat-n2")
        #expect(completion.choices.count == 2)
        #expect(completion.choices.map(\.finishReason) == [.stop, .length])
        #expect(completion.choices[1].message.content?.joinedText?.contains("👩‍💻") == true)
    }

    @Test(.enabled(if: streamExists("chat-refusal")))
    func capturedRefusalStream() throws {
        let completion = try accumulateStream("chat-refusal")
        #expect(completion.choices[0].message.content == nil)
        #expect(completion.choices[0].message.refusal?.hasPrefix("Извините") == true)
    }

    // MARK: Helpers

    private static func streamExists(_ stem: String) -> Bool {
        streams.contains(stem + ".expected.json")
    }

    /// A chunk holding one choice (its JSON text), with optional extra chunk members (`,"key":value`).
    private func chunk(_ choice: String, extra: String = "") throws -> ChatCompletionChunk {
        let text = #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":["#
        return try ChatCompletionChunk(json: JSONReader().read(text + choice + "]" + extra + "}"))
    }

    private func accumulate(_ chunks: [ChatCompletionChunk]) throws -> ChatCompletion {
        var accumulator = ChunkAccumulator()
        for chunk in chunks {
            try accumulator.add(chunk)
        }
        return try accumulator.makeCompletion()
    }

    private func accumulateStream(_ stem: String) throws -> ChatCompletion {
        let elements = try #require(Fixtures.json("openai-stream/\(stem).expected.json").arrayValue)
        return try accumulate(elements.map { element in try ChatCompletionChunk(json: element) })
    }
}
