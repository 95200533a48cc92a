import LinguaFranca
import Testing

/// OpenAI's published schema requires some members of a response even when they have no value (`null`): a
/// `chat.completion` choice's `index`, `message`, `logprobs` and `finish_reason`, its message's `role`, `content`
/// and `refusal`; a chunk choice's `index`, `delta` and `finish_reason`; a legacy completion choice's `text`,
/// `index`, `logprobs` and `finish_reason`; an error's `param` and `code`. Strict clients and schema validators reject a document without them, so
/// every OpenAI response this library writes carries them, whichever provider it came from; requests do not get
/// them.
@Suite("Members OpenAI's schema requires in a response")
struct OpenAISchemaRequiredMembersTests {
    static let choiceMembers = ["index", "message", "logprobs", "finish_reason"]
    static let messageMembers = ["role", "content", "refusal"]
    static let chunkChoiceMembers = ["index", "delta", "finish_reason"]

    /// The paths of the required members missing from `document`, a written `chat.completion` or chunk.
    static func missingMembers(of document: JSONValue) -> [String] {
        var missing: [String] = []
        let isChunk = document["object"]?.stringValue == "chat.completion.chunk"
        for key in ["id", "object", "created", "model", "choices"] where document[key] == nil {
            missing.append(key)
        }
        for (index, choice) in (document["choices"]?.arrayValue ?? []).enumerated() {
            for key in isChunk ? chunkChoiceMembers : choiceMembers where choice[key] == nil {
                missing.append("choices[\(index)].\(key)")
            }
            guard !isChunk, let message = choice["message"] else { continue }
            for key in messageMembers where message[key] == nil {
                missing.append("choices[\(index)].message.\(key)")
            }
        }
        return missing
    }

    /// The written bytes of `value` and of its tree, which must be the same document.
    static func expectComplete(_ bytes: [UInt8], tree: JSONValue, _ name: String) throws {
        let document = try JSONReader().read(bytes)
        #expect(document == tree, "\(name): the bytes and the tree differ")
        #expect(missingMembers(of: document).isEmpty, "\(name) lacks \(missingMembers(of: document))")
    }

    @Test("A response built in code, with no finish reason, logprobs, content or refusal")
    func responseBuiltInCode() throws {
        let response = ChatCompletion(
            id: "chatcmpl-1", created: 1_764_547_200, model: "gpt-4o-mini",
            choices: [
                ChatCompletionChoice(
                    index: 0,
                    message: ChatMessage(
                        role: .assistant,
                        toolCalls: [ToolCall(id: "call_1", function: FunctionCall(name: "f", arguments: "{}"))]))
            ])
        let bytes = response.jsonBytes()
        try Self.expectComplete(bytes, tree: response.json, "response")
        let document = try JSONReader().read(bytes)
        let choice = try #require(document["choices"]?[0])
        #expect(choice["logprobs"] == .null)
        #expect(choice["finish_reason"] == .null)
        #expect(choice["message"]?["content"] == .null)
        #expect(choice["message"]?["refusal"] == .null)
        #expect(try ChatCompletion(jsonBytes: bytes) == response, "the nulls read back as absent")
    }

    @Test("A response's values are written, not replaced by null")
    func responseWithValues() throws {
        let response = ChatCompletion(
            id: "chatcmpl-2", created: 1, model: "m",
            choices: [
                ChatCompletionChoice(
                    index: 0, message: ChatMessage(role: .assistant, text: "Привет 👋"), finishReason: .stop)
            ])
        let document = try JSONReader().read(response.jsonBytes())
        #expect(document["choices"]?[0]?["finish_reason"] == "stop")
        #expect(document["choices"]?[0]?["message"]?["content"] == "Привет 👋")
    }

    @Test("Request messages get no refusal or content nulls")
    func requestMessagesStayAsTheyAre() throws {
        let request = ChatCompletionRequest(
            model: "gpt-4o-mini",
            messages: [
                ChatMessage(role: .user, text: "Погода?"),
                ChatMessage(
                    role: .assistant,
                    toolCalls: [ToolCall(id: "call_1", function: FunctionCall(name: "weather", arguments: "{}"))]),
            ])
        let document = try JSONReader().read(request.jsonBytes())
        for message in document["messages"]?.arrayValue ?? [] {
            #expect(message["refusal"] == nil)
        }
        #expect(document["messages"]?[1]?["content"] == nil)
    }

    @Test("A chunk built in code has finish_reason null")
    func chunkBuiltInCode() throws {
        let chunk = ChatCompletionChunk(
            id: "chatcmpl-3", created: 1, model: "m",
            choices: [ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(content: "Жил"))])
        try Self.expectComplete(chunk.jsonBytes(), tree: chunk.json, "chunk")
    }

    @Test("A legacy completion choice has logprobs and finish_reason")
    func completionChoice() throws {
        let choice = CompletionChoice(text: "старик", index: 0)
        let document = try JSONReader().read(choice.jsonBytes())
        #expect(document == choice.json)
        #expect(document["logprobs"] == .null)
        #expect(document["finish_reason"] == .null)
    }

    @Test("An error body has param and code, null when absent")
    func errorBody() throws {
        let error = OpenAIError(message: "Rate limit reached for requests", type: "requests")
        let document = try JSONReader().read(error.jsonBytes())
        #expect(document == error.json)
        #expect(document["param"] == .null)
        #expect(document["code"] == .null)
        #expect(try OpenAIError(jsonBytes: error.jsonBytes()) == error)
    }

    /// Every native response fixture of `provider` whose file ends in `suffix`, decoded and written.
    static func expectDecodedResponsesComplete(_ codec: some ChatCodec, folder: String, suffix: String) throws {
        let names = Fixtures.names(in: folder, suffix: suffix)
        #expect(!names.isEmpty, "no fixtures in \(folder)")
        for name in names {
            var context = codec.makeContext(.decode, .chatResponse, model: "gemini-2.5-flash")
            let response = try codec.decodeResponse(try Fixtures.json("\(folder)/\(name)"), context: &context)
            try expectComplete(response.jsonBytes(), tree: response.json, "\(folder)/\(name)")
        }
    }

    @Test("Responses decoded from Anthropic, Gemini and Yandex")
    func decodedResponses() throws {
        try Self.expectDecodedResponsesComplete(
            AnthropicChatCodec(), folder: "anthropic/responses", suffix: ".anthropic.json")
        try Self.expectDecodedResponsesComplete(GeminiChatCodec(), folder: "gemini/responses", suffix: ".gemini.json")
        try Self.expectDecodedResponsesComplete(YandexChatCodec(), folder: "yandex/responses", suffix: ".yandex.json")
    }

    /// Every native stream fixture of `folder` (`.sse`), decoded chunk by chunk and each chunk written.
    static func expectDecodedChunksComplete(_ codec: some ChatCodec, folder: String) throws {
        let names = Fixtures.names(in: folder, suffix: ".sse")
        #expect(!names.isEmpty, "no streams in \(folder)")
        for name in names {
            let decoder = codec.makeStreamDecoder(
                context: codec.makeContext(.decode, .stream, model: "gemini-2.5-flash"))
            let (chunks, _) = decodeWhole(try Fixtures.bytes("\(folder)/\(name)"), with: decoder)
            #expect(!chunks.isEmpty, "\(folder)/\(name) gave no chunk")
            for (index, chunk) in chunks.enumerated() {
                try expectComplete(chunk.jsonBytes(), tree: chunk.json, "\(folder)/\(name) chunk \(index)")
            }
        }
    }

    @Test("Chunks decoded from Anthropic and Gemini streams")
    func decodedStreams() throws {
        try Self.expectDecodedChunksComplete(AnthropicChatCodec(), folder: "anthropic/streams")
        try Self.expectDecodedChunksComplete(GeminiChatCodec(), folder: "gemini/streams")
    }
}
