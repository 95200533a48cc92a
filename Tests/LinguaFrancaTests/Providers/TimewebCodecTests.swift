import Foundation
import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Timeweb's native agent API both ways, with threads kept in a store: the first and second turns, a gateway
/// conversation whose `parent_message_id` chain must be exact, histories the store does not know, unknown parents,
/// replies served as streams, and error bodies.
@Suite struct TimewebCodecTests {
    let codec: TimewebChatCodec

    init() throws {
        codec = try TimewebChatCodec()
    }

    func context(
        _ operation: TranslationDirection.Operation, _ document: DocumentKind, store: (any ThreadStore)?,
        settings: [String: String] = [:], policy: TranslationOptions.Policy = .lenient
    ) -> TranslationContext {
        var settings = settings
        settings["agent_id"] = "5c1e0a7d-2b3f-4e8a-9d6c-7f1b2a3c4d5e"
        var context = codec.makeContext(
            operation, document, model: nil,
            options: TranslationOptions(policy: policy, providerSettings: settings, created: 1))
        context.threadStore = store
        return context
    }

    func fixture(_ name: String) throws -> JSONValue { try Fixtures.json("timeweb/" + name) }

    @Test func firstAndSecondTurnsDecodeIntoTheWholeConversation() throws {
        let store = InMemoryThreadStore()
        var first = context(.decode, .chatRequest, store: store)
        let request = try codec.decodeRequest(try fixture("requests/first-turn.timeweb.json"), context: &first)
        #expect(
            request.messages == [
                ChatMessage(
                    role: .user, text: "Здравствуйте! Подскажите, как подключить свой домен к облачному серверу? 🌐")
            ])
        #expect(request.model == "5c1e0a7d-2b3f-4e8a-9d6c-7f1b2a3c4d5e")
        let reply = try codec.decodeResponse(try fixture("responses/first-turn.timeweb.json"), context: &first)
        #expect(reply.id == "3f1c9a52-7e0b-4d6a-9c1e-5b2f8d4a6e07")
        #expect(reply.choices.first?.finishReason == .stop)
        #expect(reply.additionalFields["response_id"] == "b7e2d1c4-0a9f-4e3b-8d6c-1f5a2e9b7c30")
        #expect(reply.usage == nil)

        var second = context(.decode, .chatRequest, store: store)
        let next = try codec.decodeRequest(try fixture("requests/second-turn.timeweb.json"), context: &second)
        #expect(next.messages.map(\.role) == [.user, .assistant, .user])
        #expect(next.messages[1].content?.joinedText?.hasPrefix("Добавьте A-запись") == true)
        #expect(next.messages[2].content == .text("А если домен зарегистрирован у другого регистратора?"))
    }

    /// Five OpenAI requests of one conversation, each carrying the whole history, as a gateway receives them: each
    /// native call must continue exactly the reply before it.
    @Test func aGatewayConversationProducesTheExactParentChain() throws {
        let store = InMemoryThreadStore()
        var history: [ChatMessage] = [ChatMessage(role: .system, text: "Ты помощник хостинга.")]
        var previousReply: String?
        for turn in 1...5 {
            history.append(ChatMessage(role: .user, text: "Вопрос \(turn) — что насчёт бэкапов? 💾"))
            var exchange = context(.encode, .chatRequest, store: store)
            let native = try codec.encodeRequest(
                ChatCompletionRequest(model: "agent", messages: history), context: &exchange)
            #expect(native.path == "/api/v1/cloud-ai/agents/5c1e0a7d-2b3f-4e8a-9d6c-7f1b2a3c4d5e/call")
            #expect(native.body["message"] == .string("Вопрос \(turn) — что насчёт бэкапов? 💾"), "turn \(turn)")
            #expect(native.body["parent_message_id"]?.stringValue == previousReply, "turn \(turn)")
            #expect(ReportedChange.of(exchange.report) == [ReportedChange(kind: "rejected", path: "messages[0]")])
            let id = "reply-\(turn)"
            let reply = try codec.decodeResponse(
                ["message": .string("Ответ \(turn)"), "id": .string(id), "finish_reason": "stop"], context: &exchange)
            history.append(reply.choices[0].message)
            previousReply = id
        }
        #expect(store.count == 5)
    }

    @Test func historyTheStoreDoesNotKnowIsReplayedOrRefused() throws {
        let messages = [
            ChatMessage(role: .user, text: "Привет"), ChatMessage(role: .assistant, text: "Здравствуйте!"),
            ChatMessage(role: .user, text: "Сколько стоит сервер?"),
        ]
        var replay = context(.encode, .chatRequest, store: InMemoryThreadStore())
        let native = try codec.encodeRequest(
            ChatCompletionRequest(model: "agent", messages: messages), context: &replay)
        #expect(native.body["message"] == "user: Привет\n\nassistant: Здравствуйте!\n\nuser: Сколько стоит сервер?")
        #expect(native.body["parent_message_id"] == nil)
        #expect(ReportedChange.of(replay.report) == [ReportedChange(kind: "approximated", path: "messages")])

        var fail = context(.encode, .chatRequest, store: InMemoryThreadStore(), settings: ["history": "fail"])
        #expect {
            try codec.encodeRequest(ChatCompletionRequest(model: "agent", messages: messages), context: &fail)
        } throws: { error in
            (error as? TranslationError)?.code == .threadNotFound
        }

        let store = InMemoryThreadStore()
        store.record(Array(messages.prefix(2)), endingWith: "known-2")
        let longer =
            messages + [
                ChatMessage(role: .assistant, text: "От 150 ₽ в месяц."), ChatMessage(role: .user, text: "А с GPU?"),
            ]
        var partial = context(.encode, .chatRequest, store: store)
        let continued = try codec.encodeRequest(
            ChatCompletionRequest(model: "agent", messages: longer), context: &partial)
        #expect(continued.body["parent_message_id"] == "known-2")
        #expect(
            continued.body["message"] == "user: Сколько стоит сервер?\n\nassistant: От 150 ₽ в месяц.\n\nuser: А с GPU?"
        )
    }

    @Test func anUnknownParentIsAnErrorOrANewConversation() throws {
        let body = try fixture("requests/second-turn.timeweb.json")
        var strict = context(.decode, .chatRequest, store: InMemoryThreadStore())
        #expect {
            try codec.decodeRequest(body, context: &strict)
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .threadNotFound && error.path.description == "parent_message_id"
                && error.provider == "timeweb"
        }
        var start = context(.decode, .chatRequest, store: InMemoryThreadStore(), settings: ["unknown_parent": "start"])
        let request = try codec.decodeRequest(body, context: &start)
        #expect(request.messages.count == 1)
        #expect(ReportedChange.of(start.report) == [ReportedChange(kind: "approximated", path: "parent_message_id")])
    }

    @Test func agentSettingsAreRejectedAndStrictRefusesThem() throws {
        let request = ChatCompletionRequest(
            model: "agent", messages: [ChatMessage(role: .user, text: "Привет")], maxTokens: 100, stream: true,
            temperature: 0.2)
        var lenient = context(.encode, .chatRequest, store: nil)
        let native = try codec.encodeRequest(request, context: &lenient)
        #expect(native.body == ["message": "Привет"])
        #expect(
            ReportedChange.of(lenient.report) == [
                ReportedChange(kind: "rejected", path: "max_tokens"),
                ReportedChange(kind: "rejected", path: "temperature"),
                ReportedChange(kind: "converted", path: "stream"),
            ])
        var strict = context(.encode, .chatRequest, store: nil, policy: .strict)
        #expect(throws: TranslationError.self) { try codec.encodeRequest(request, context: &strict) }
        var notUser = context(.encode, .chatRequest, store: nil)
        #expect {
            try codec.encodeRequest(
                ChatCompletionRequest(model: "agent", messages: [ChatMessage(role: .assistant, text: "…")]),
                context: &notUser)
        } throws: { error in
            (error as? TranslationError)?.path.description == "messages[0].role"
        }
    }

    @Test func theReplyIsServedAsAStreamUnderAnySplit() throws {
        let bytes = try Fixtures.bytes("timeweb/responses/first-turn.timeweb.json")
        let decoding = context(.decode, .stream, store: nil)
        let chunks = try ChunkingVerifier(exhaustiveSplitLimit: 64, randomRuns: 8).verify(bytes) {
            codec.makeStreamDecoder(context: decoding)
        }
        let accumulated = try accumulate(chunks)
        var direct = context(.decode, .chatResponse, store: nil)
        #expect(
            accumulated
                == (try codec.decodeResponse(try fixture("responses/first-turn.timeweb.json"), context: &direct)))
        var encoder = codec.makeStreamEncoder(context: context(.encode, .stream, store: nil))
        var output: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &output) }
        try encoder.finish(into: &output)
        let reply = try JSONReader().read(output)
        #expect(reply["message"] == (try fixture("responses/first-turn.timeweb.json"))["message"])
        #expect(reply["id"] == "3f1c9a52-7e0b-4d6a-9c1e-5b2f8d4a6e07")
    }

    @Test(arguments: ["error.not-found.json", "error.unauthorized.json"])
    func errorBodiesBothWays(_ name: String) throws {
        let fixture = try fixture(name)
        var context = context(.decode, .error, store: nil)
        let decoded = try codec.decodeError(fixture["timeweb"] ?? .null, status: nil, context: &context)
        #expect(decoded.status == fixture["status"]?.numberValue?.int)
        #expect(decoded.body.json.canonical == fixture["openai"]?.canonical)
        let encoded = try codec.encodeError(decoded.body, status: decoded.status, context: &context)
        #expect(encoded.body.canonical == fixture["timeweb"]?.canonical)
    }
}
