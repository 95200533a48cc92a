/// Decodes a Gemini stream — `?alt=sse` data-only events, or the JSON array sent without `alt=sse` — into OpenAI
/// chat completion chunks, incrementally (`Mappings/gemini.md`, "Streams").
///
/// Each element is a `GenerateContentResponse` fragment: text and thought parts are deltas, function calls arrive
/// whole, `finishReason` ends a candidate, and `usageMetadata` is cumulative, so the last one becomes the usage
/// chunk when the stream ends. A stream that ends before any candidate finished is truncated.
public struct GeminiStreamDecoder: ChatStreamDecoder {
    /// How the elements are framed.
    public enum Framing: Sendable, Hashable {
        /// `?alt=sse`: one `data:` event per element.
        case serverSentEvents
        /// No `alt=sse`: one JSON array, arriving in pieces.
        case jsonArray
    }

    /// What is known of one candidate while it streams.
    private struct CandidateState {
        var toolCalls = 0
        var thought: String?
        var thoughtSignature: String?
        var textSignature: String?
        var finished = false
    }

    private var context: TranslationContext
    private let vocabulary: TableVocabulary
    private let created: Int
    private let framing: Framing
    private var events = ServerSentEventParser()
    private var pending: [RawServerSentEvent] = []
    private var eventReader = CachingJSONReader()
    private var array = JSONArrayStreamReader()
    private var id: String?
    private var model = ""
    private var candidates: [Int: CandidateState] = [:]
    private var usage: Usage?

    init(context: TranslationContext, vocabulary: TableVocabulary, framing: Framing) {
        var context = context
        context.direction = TranslationDirection(.decode, .stream)
        self.context = context
        self.vocabulary = vocabulary
        created = context.options.createdTimestamp
        self.framing = framing
        array.recordsPositions = true
    }

    /// What the stream lost on the way: parts with no OpenAI chunk, unmapped finish reasons.
    public var report: TranslationReport { context.report }

    /// Consumes stream bytes, appending every chunk they complete.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` (with the OpenAI error body) for an
    ///   error element; ``TranslationError/Code/malformedJSON`` for an element that is not JSON; decoding errors
    ///   for elements of the wrong shape; ``TranslationError/Code/limitExceeded`` for an oversized event;
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`. Each is placed at the element.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        switch framing {
        case .serverSentEvents:
            var raw = pending
            pending = []
            raw.removeAll(keepingCapacity: true)
            defer { pending = raw }
            try events.parse(bytes, into: &raw)
            for event in raw { try handle(event, into: &output) }
        case .jsonArray:
            var values: [JSONValue] = []
            do {
                try array.feed(bytes, into: &values)
            } catch {
                throw error.attributed(to: context.provider, context.direction)
            }
            for (value, position) in zip(values, array.takePositions()) {
                try handle(value, position: position, into: &output)
            }
        }
    }

    /// Ends the stream: the usage chunk, after the last element.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when no candidate finished, and the errors of
    ///   ``feed(_:into:)`` for a last element still open.
    public mutating func finish(into output: inout [ChatCompletionChunk]) throws(TranslationError) {
        switch framing {
        case .serverSentEvents:
            var raw: [RawServerSentEvent] = []
            try events.finish(into: &raw)
            for event in raw { try handle(event, into: &output) }
        case .jsonArray:
            var values: [JSONValue] = []
            do {
                try array.finish(into: &values)
            } catch {
                throw error.attributed(to: context.provider, context.direction)
            }
            for (value, position) in zip(values, array.takePositions()) {
                try handle(value, position: position, into: &output)
            }
        }
        guard candidates.values.contains(where: \.finished) else {
            throw context.error(.truncatedStream, at: .root, "the stream ended before any candidate finished")
        }
        if context.options.streamUsage, let usage {
            output.append(ChatCompletionChunk(id: id ?? "", created: created, model: model, choices: [], usage: usage))
        }
    }

    private mutating func handle(_ event: RawServerSentEvent, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        let value: JSONValue
        do {
            value = try eventReader.read(event.data)
        } catch {
            throw TranslationError(error, provider: context.provider, direction: context.direction).at(event.position)
        }
        try handle(value, position: event.position, into: &output)
    }

    private mutating func handle(
        _ value: JSONValue, position: TranslationError.StreamPosition, into output: inout [ChatCompletionChunk]
    ) throws(TranslationError) {
        do {
            try handle(value, into: &output)
        } catch {
            throw error.attributed(to: context.provider, context.direction).at(position)
        }
    }

    private mutating func handle(_ value: JSONValue, into output: inout [ChatCompletionChunk]) throws(TranslationError)
    {
        let element = try NativeObject(value, at: .root, expected: "GenerateContentResponse object")
        if element["error"] != nil, element["candidates"] == nil {
            throw try GeminiErrorCodec(vocabulary: vocabulary).providerError(value, context: context)
        }
        if id == nil {
            id = try element.decode("responseId") ?? "gemini-\(created)"
            model = try element.decode("modelVersion") ?? context.capabilities.model ?? ""
        }
        if let counts = try element.nested("usageMetadata") { usage = try GeminiUsage.decode(counts) }
        if element["candidates"] == nil, let reason = element["promptFeedback"]?["blockReason"]?.stringValue,
            candidates[0] == nil
        {
            try context.record(
                .approximated, at: ["promptFeedback"],
                "the prompt was blocked (\(reason)); sent as an empty answer with finish_reason content_filter")
            output.append(chunk(0, ChatCompletionDelta(role: .assistant)))
            var choice = ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta())
            choice.finishReason = .contentFilter
            output.append(chunk(choices: [choice]))
            var state = CandidateState()
            state.finished = true
            candidates[0] = state
        }
        for (position, (candidateValue, path)) in (try element.elements("candidates") ?? []).enumerated() {
            try handleCandidate(candidateValue, position: position, at: path, into: &output)
        }
    }

    private mutating func handleCandidate(
        _ value: JSONValue, position: Int, at path: JSONPath, into output: inout [ChatCompletionChunk]
    ) throws(TranslationError) {
        let candidate = try NativeObject(value, at: path, expected: "candidate object")
        let index = try candidate.decode("index", as: Int.self) ?? position
        let known = candidates[index] != nil
        var state = candidates.removeValue(forKey: index) ?? CandidateState()
        defer { candidates[index] = state }
        guard !state.finished else {
            throw context.error(.invalidValue, at: path, "candidate \(index) continues after its finish reason")
        }
        if !known {
            output.append(chunk(index, ChatCompletionDelta(role: .assistant)))
        }
        for (partValue, partPath) in try candidate.nested("content")?.elements("parts") ?? [] {
            let part = try NativeObject(partValue, at: partPath, expected: "part object")
            let signature: String? = try part.decode("thoughtSignature")
            if let text: String = try part.decode("text") {
                if try part.decode("thought", as: Bool.self) == true {
                    state.thought = (state.thought ?? "") + text
                    state.thoughtSignature = signature ?? state.thoughtSignature
                    if !text.isEmpty {
                        output.append(
                            chunk(index, ChatCompletionDelta(additionalFields: ["reasoning_content": .string(text)])))
                    }
                } else {
                    state.textSignature = signature ?? state.textSignature
                    if !text.isEmpty { output.append(chunk(index, ChatCompletionDelta(content: text))) }
                }
            } else if let call = try part.nested("functionCall") {
                var piece = ToolCallDelta(
                    index: state.toolCalls,
                    id: try call.decode("id")
                        ?? GeminiModelContent.synthesizedIDPrefix + "\(index)-\(state.toolCalls)",
                    type: .function,
                    function: FunctionCallDelta(
                        name: try call.require("name"), arguments: ToolArguments.text(from: call["args"] ?? [:])))
                if let signature { piece.additionalFields.append(.string(signature), forKey: "thought_signature") }
                state.toolCalls += 1
                output.append(chunk(index, ChatCompletionDelta(toolCalls: [piece])))
            } else {
                try context.record(.dropped, at: partPath, "OpenAI chunks have no such part")
            }
        }
        if let reason: String = try candidate.decode("finishReason") {
            var closing = JSONObject()
            if let thought = state.thought {
                closing.append(
                    [GeminiModelAssembly.thinkingBlock(thought, signature: state.thoughtSignature)],
                    forKey: "thinking_blocks")
            }
            if let signature = state.textSignature { closing.append(.string(signature), forKey: "thought_signature") }
            if !closing.isEmpty { output.append(chunk(index, ChatCompletionDelta(additionalFields: closing))) }
            var choice = ChatCompletionChunkChoice(index: index, delta: ChatCompletionDelta())
            choice.finishReason = try GeminiCandidate.finishReason(
                reason, hasToolCalls: state.toolCalls > 0, at: candidate.path("finishReason"), vocabulary: vocabulary,
                context: &context)
            choice.additionalFields = GeminiCandidate.extensionMembers(of: candidate)
            output.append(chunk(choices: [choice]))
            state.finished = true
        }
    }

    private func chunk(_ index: Int, _ delta: ChatCompletionDelta) -> ChatCompletionChunk {
        chunk(choices: [ChatCompletionChunkChoice(index: index, delta: delta)])
    }

    private func chunk(choices: [ChatCompletionChunkChoice]) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id ?? "", created: created, model: model, choices: choices)
    }
}
