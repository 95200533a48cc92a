/// Encodes OpenAI chat completion chunks as a Yandex completion stream: newline-delimited `{"result": …}` objects,
/// each with the whole text so far (`Mappings/yandex.md`, "Streams").
///
/// Each content delta writes a `PARTIAL` line with the text so far; tool call pieces are held; a finish reason's
/// line (the text or the tool calls, and the final status) is written at the end with the usage chunk's counts.
public struct YandexStreamEncoder: ChatStreamEncoder {
    /// The encoder consumes OpenAI chunks.
    public typealias Input = ChatCompletionChunk

    private struct ChoiceState {
        var text = ""
        var calls: [Int: (id: String?, name: String?, arguments: String)] = [:]
        var finishReason: FinishReason?
    }

    private let vocabulary: TableVocabulary
    private let provider: ProviderID
    private let writer = JSONWriter()
    private var context: TranslationContext
    private var choices: [Int: ChoiceState] = [:]
    private var fingerprint: String?
    private var usage: Usage?
    private var started = false
    private var finished = false
    private var losses: StreamLossRecorder

    init(context: TranslationContext, vocabulary: TableVocabulary) {
        var context = context
        context.direction = TranslationDirection(.encode, .stream)
        context.report = TranslationReport()
        self.context = context
        self.vocabulary = vocabulary
        provider = context.provider
        losses = StreamLossRecorder(context: context)
    }

    /// What the stream could not carry: log probabilities, and what the final messages lost.
    public var report: TranslationReport { TranslationReport(entries: losses.report.entries + context.report.entries) }

    /// Appends the line for one chunk's content.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` after ``finish(into:)``.
    public mutating func encode(_ chunk: ChatCompletionChunk, into bytes: inout [UInt8]) throws(TranslationError) {
        guard !finished else { throw error(.invalidValue, "a chunk after the end of the stream") }
        started = true
        fingerprint = chunk.systemFingerprint ?? fingerprint
        if let usage = chunk.usage { self.usage = usage }
        for choice in chunk.choices {
            try losses.recordUnsentMembers(of: choice)
            var state = choices[choice.index] ?? ChoiceState()
            let fresh = (choice.delta.content ?? "") + (choice.delta.refusal ?? "")
            for piece in choice.delta.toolCalls ?? [] {
                var call = state.calls[piece.index] ?? (nil, nil, "")
                call.id = call.id ?? piece.id
                call.name = call.name ?? piece.function?.name
                call.arguments += piece.function?.arguments ?? ""
                state.calls[piece.index] = call
            }
            if !fresh.isEmpty {
                state.text += fresh
                write(
                    index: choice.index, message: ["role": "assistant", "text": .string(state.text)],
                    status: "ALTERNATIVE_STATUS_PARTIAL", into: &bytes)
            }
            if let reason = choice.finishReason { state.finishReason = reason }
            choices[choice.index] = state
        }
    }

    /// Appends the final line of every choice, the last with the usage counts.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` when no chunk came or the stream already ended; the
    ///   errors of ``ToolArguments/object(from:at:context:)`` for held tool calls.
    public mutating func finish(into bytes: inout [UInt8]) throws(TranslationError) {
        guard started, !finished else {
            throw error(.invalidValue, started ? "the stream already ended" : "no chunk came, so there is no answer")
        }
        finished = true
        let ordered = choices.sorted { $0.key < $1.key }
        for (position, (index, state)) in ordered.enumerated() {
            var message = ChatMessage(role: .assistant, content: .text(state.text))
            let calls = state.calls.sorted { $0.key < $1.key }.compactMap { call -> ToolCall? in
                guard let name = call.value.name else { return nil }
                return ToolCall(
                    id: call.value.id ?? "", function: FunctionCall(name: name, arguments: call.value.arguments))
            }
            if !calls.isEmpty { message.toolCalls = calls }
            let native = try YandexResponseEncoder.message(
                message, at: [.key("choices"), .index(index), .key("message")], context: &context)
            let status = state.finishReason.map(vocabulary.nativeFinishReason(for:)) ?? "ALTERNATIVE_STATUS_FINAL"
            write(
                index: index, message: native, status: status, usage: position == ordered.count - 1 ? usage : nil,
                into: &bytes)
        }
    }

    private func write(
        index: Int, message: JSONObject, status: String, usage: Usage? = nil, into bytes: inout [UInt8]
    ) {
        var result: JSONObject = [
            "alternatives": [["message": .object(message), "status": .string(status)]]
        ]
        if let usage { result.append(.object(YandexUsage.encode(usage)), forKey: "usage") }
        if let fingerprint { result.append(.string(fingerprint), forKey: "modelVersion") }
        writer.write(["result": .object(result)], into: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }

    private func error(_ code: TranslationError.Code, _ message: String) -> TranslationError {
        TranslationError(
            code: code, message: message, provider: provider, direction: TranslationDirection(.encode, .stream))
    }
}
