import LinguaFranca

/// A Yandex cumulative stream of `tokens` tokens: one line per token, each carrying the whole text so far, as
/// Yandex streams it (the input grows quadratically with the answer).
func yandexCumulativeStream(tokens: Int) -> [UInt8] {
    let words = [
        "Конечно", ", ", "вот", " план", " поездки", " в", " Берлин", ": ", "вылет", " в", " 07:45", ", ", "отель",
        " у", " офиса", ". ",
    ]
    var text = ""
    var bytes: [UInt8] = []
    let writer = JSONWriter()
    for index in 0..<tokens {
        text += words[index % words.count]
        let status = index == tokens - 1 ? "ALTERNATIVE_STATUS_FINAL" : "ALTERNATIVE_STATUS_PARTIAL"
        let line: JSONValue = [
            "result": [
                "alternatives": [
                    ["message": ["role": "assistant", "text": .string(text)], "status": .string(status)]
                ],
                "usage": [
                    "inputTextTokens": "41", "completionTokens": .string(String(index + 1)),
                    "totalTokens": .string(String(index + 42)),
                ],
                "modelVersion": "23.10.2024",
            ]
        ]
        writer.write(line, into: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
}

/// Decodes a Yandex stream, fed in 1 KiB pieces.
func decodeYandexStream(_ codec: YandexChatCodec, _ bytes: [UInt8]) throws -> Int {
    let context = codec.makeContext(
        .decode, .stream, model: "gpt://b1g/yandexgpt/latest", options: TranslationOptions(created: 1, responseID: "id")
    )
    var decoder = codec.makeStreamDecoder(context: context)
    var chunks: [ChatCompletionChunk] = []
    var start = 0
    while start < bytes.count {
        let end = min(start + 1024, bytes.count)
        try decoder.feed(bytes[start..<end], into: &chunks)
        start = end
    }
    try decoder.finish(into: &chunks)
    return chunks.count
}

/// A 50-turn conversation whose first 49 messages are already in `store`, as a gateway sees the 50th request.
func timewebConversation(turns: Int, store: InMemoryThreadStore) -> ChatCompletionRequest {
    var messages: [ChatMessage] = [ChatMessage(role: .system, text: "Ты помощник хостинга Timeweb.")]
    for turn in 0..<(turns - 1) {
        messages.append(
            ChatMessage(
                role: turn % 2 == 0 ? .user : .assistant,
                text: "Реплика \(turn): как настроить бэкапы и DNS для сервера? Нужны подробности 💾"))
    }
    store.record(Array(messages.dropFirst()), endingWith: "reply-\(turns - 1)")
    messages.append(ChatMessage(role: .user, text: "И последний вопрос: сколько это стоит?"))
    return ChatCompletionRequest(model: "agent", messages: messages)
}

/// Encodes the request with the store: finds the thread and writes the native body.
func encodeTimeweb(_ codec: TimewebChatCodec, _ request: ChatCompletionRequest, store: InMemoryThreadStore) throws
    -> [UInt8]
{
    var context = codec.makeContext(
        .encode, .chatRequest, model: request.model, options: TranslationOptions(providerSettings: ["agent_id": "a"]))
    context.threadStore = store
    return try codec.encodeRequest(request, context: &context).bodyBytes()
}
