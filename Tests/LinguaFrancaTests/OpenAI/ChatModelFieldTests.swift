import LinguaFranca
import Testing

/// What the typed model reads out of documented shapes, checked field by field.
@Suite struct ChatModelFieldTests {
    @Test func fullRequestCarriesEveryDocumentedParameter() throws {
        let request = try ChatCompletionRequest(jsonBytes: Fixtures.bytes("openai/chat.request.full.json"))
        #expect(request.model.isEmpty == false)
        #expect(request.messages.map(\.role).contains(.developer))
        #expect(request.temperature?.literal == "1.0")
        #expect(request.seed == 9_007_199_254_740_993)
        #expect(request.toolChoice == .function(name: "lookup_order"))
        guard case .jsonSchema(let format)? = request.responseFormat else {
            Issue.record("response_format is not json_schema: \(String(describing: request.responseFormat))")
            return
        }
        #expect(format.name == "order_summary")
        #expect(format.schema?["type"] == "object")
        #expect(request.stop?.sequences == ["\n\nUser:", "###", "</answer>", "КОНЕЦ"])
        #expect(request.reasoningEffort == .low)
        #expect(request.streamOptions?.includeUsage != nil)
        let present: [Any?] = [
            request.audio, request.frequencyPenalty, request.logitBias, request.logprobs,
            request.maxCompletionTokens, request.maxTokens, request.metadata, request.modalities, request.n,
            request.parallelToolCalls, request.prediction, request.presencePenalty, request.promptCacheKey,
            request.promptCacheRetention, request.safetyIdentifier, request.serviceTier, request.store,
            request.stream, request.tools, request.topLogprobs, request.topP, request.user, request.verbosity,
            request.webSearchOptions,
        ]
        #expect(present.allSatisfy { $0 != nil })
        #expect(request.additionalFields.isEmpty)
    }

    @Test func toolConversationKeepsCallsResultsAndExtensions() throws {
        let request = try ChatCompletionRequest(jsonBytes: Fixtures.bytes("openai/chat.request.tools.json"))
        #expect(request.additionalFields.keys == ["x_request_tag"])
        #expect(request.toolChoice == .mode(.required))
        let assistant = try #require(request.messages.first { $0.role == .assistant })
        #expect(assistant.content == nil)
        #expect(assistant.additionalFields.keys == ["reasoning_content"])
        let calls = try #require(assistant.toolCalls)
        #expect(calls.count == 2)
        for call in calls {
            let arguments = try #require(call.function?.arguments)
            #expect(throws: Never.self) { try JSONReader().read(arguments) }
        }
        let results = request.messages.filter { $0.role == .tool }
        #expect(results.map(\.toolCallID) == calls.map(\.id))
        #expect(request.tools?.contains { !$0.additionalFields.isEmpty } == true)
    }

    @Test func multimodalPartsDecodeByType() throws {
        let request = try ChatCompletionRequest(jsonBytes: Fixtures.bytes("openai/chat.request.multimodal.json"))
        guard case .parts(let parts)? = request.messages.first?.content else {
            Issue.record("the first message has no parts")
            return
        }
        #expect(parts.map(\.type) == [.text, .imageURL, .imageURL, .inputAudio, .file, .file])
        #expect(parts[1].imageURL?.url.hasPrefix("data:image/png;base64,") == true)
        #expect(parts[1].imageURL?.detail == .low)
        #expect(parts[2].imageURL?.url.hasPrefix("https://") == true)
        #expect(parts[2].imageURL?.detail == .high)
        #expect(parts[3].inputAudio?.format == "wav")
        #expect(parts[4].file?.fileID != nil)
        #expect(parts[5].file?.fileData?.hasPrefix("data:application/pdf;base64,") == true)
        #expect(parts[5].file?.filename != nil)
    }

    @Test func responseUsageDetailsAndNulls() throws {
        let response = try ChatCompletion(jsonBytes: Fixtures.bytes("openai/chat.response.basic.json"))
        let choice = try #require(response.choices.first)
        #expect(choice.finishReason == .stop)
        #expect(choice.message.refusal == nil)
        #expect(choice.message.annotations == [])
        #expect(choice.logprobs == nil)
        let usage = try #require(response.usage)
        #expect(usage.totalTokens == usage.promptTokens + usage.completionTokens)
        #expect(usage.promptTokensDetails?.cachedTokens != nil)
        #expect(usage.completionTokensDetails?.reasoningTokens != nil)
        #expect(usage.completionTokensDetails?.rejectedPredictionTokens != nil)
    }

    @Test func logprobsKeepBytesAndLiterals() throws {
        let response = try ChatCompletion(jsonBytes: Fixtures.bytes("openai/chat.response.logprobs.json"))
        let first = try #require(response.choices.first?.logprobs?.content?.first)
        #expect(first.token == "Привет")
        #expect(first.bytes == Array("Привет".utf8).map(Int.init))
        #expect(first.logprob.literal == "-0.00012701916")
        #expect(first.topLogprobs?.first?.topLogprobs == nil)
    }

    @Test func toolCallResponseAndSeveralChoices() throws {
        let tools = try ChatCompletion(jsonBytes: Fixtures.bytes("openai/chat.response.tool-calls.json"))
        #expect(tools.choices.first?.finishReason == .toolCalls)
        #expect(tools.choices.first?.message.content == nil)
        #expect(tools.choices.first?.message.toolCalls?.count == 2)
        let two = try ChatCompletion(jsonBytes: Fixtures.bytes("openai/chat.response.n2.json"))
        #expect(two.choices.map(\.index) == [0, 1])
        #expect(two.choices.contains { $0.finishReason == .length })
        let refusal = try ChatCompletion(jsonBytes: Fixtures.bytes("openai/chat.response.refusal.json"))
        #expect(refusal.choices.first?.message.content == nil)
        #expect(refusal.choices.first?.message.refusal?.isEmpty == false)
    }

    @Test func chunksCarryDeltasByIndexAndFinalUsage() throws {
        let first = try ChatCompletionChunk(jsonBytes: Fixtures.bytes("openai/chat.chunk.tool-call-first.json"))
        let call = try #require(first.choices.first?.delta.toolCalls?.first)
        #expect(call.index == 0)
        #expect(call.id == "call_bbYrEqmSM9wCZ7Uw9xfogoEm")
        #expect(call.function?.arguments == "")
        #expect(first.additionalFields.keys == ["obfuscation"])
        let fragment = try ChatCompletionChunk(jsonBytes: Fixtures.bytes("openai/chat.chunk.tool-call-args.json"))
        #expect(fragment.choices.first?.delta.toolCalls?.first?.id == nil)
        #expect(fragment.choices.first?.delta.toolCalls?.first?.function?.arguments?.isEmpty == false)
        let usage = try ChatCompletionChunk(jsonBytes: Fixtures.bytes("openai/chat.chunk.usage-only.json"))
        #expect(usage.choices.isEmpty)
        #expect(usage.usage?.totalTokens == 1230)
        #expect(usage.usage?.promptTokensDetails?.cachedTokens == 1024)
    }

    @Test func legacyFunctionsDecode() throws {
        let request = try ChatCompletionRequest(
            jsonBytes: Fixtures.bytes("openai/chat.request.legacy-functions.json"))
        #expect(request.functions?.isEmpty == false)
        guard case .function(let name)? = request.functionCall else {
            Issue.record("function_call is not a named function")
            return
        }
        #expect(request.functions?.contains { $0.name == name } == true)
        #expect(request.messages.contains { $0.role == .function && $0.name != nil })
        #expect(request.messages.contains { $0.functionCall != nil })
    }
}
