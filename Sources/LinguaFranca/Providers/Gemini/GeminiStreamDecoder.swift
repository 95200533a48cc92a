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
    /// The scanner's storage for the elements read without a tree (``GeminiTextElement``).
    private var textWorkspace = JSONScanner.Workspace(cachingStrings: true)
    /// The last text element read in full, for the next that changes only its text and counts.
    private var textTemplate = RepeatedElementTemplate(for: GeminiTextElement.self)
    /// The usage details the elements read without a tree last held (they repeat in every element).
    private var usageDetails = GeminiUsage.RememberedDetails()
    private var array = JSONArrayStreamReader()
    private var id: String?
    private var model = ""
    private var candidates: [Int: CandidateState] = [:]
    /// The last element's `usageMetadata` (cumulative), made OpenAI usage at the end.
    private var usage: GeminiUsage.Counts?

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
            output.append(
                ChatCompletionChunk(id: id ?? "", created: created, model: model, choices: [], usage: usage.usage))
        }
    }

    private mutating func handle(_ event: RawServerSentEvent, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        if let element = textElement(event.data), apply(element, into: &output) {
            return
        }
        let value: JSONValue
        do {
            value = try eventReader.read(event.data)
        } catch {
            throw TranslationError(error, provider: context.provider, direction: context.direction).at(event.position)
        }
        try handle(value, position: event.position, into: &output)
    }

    /// The text element in `data` read without a tree: made from the previous one when only its text and counts
    /// changed, else scanned (and remembered for the next); `nil` when it is not a text element.
    private mutating func textElement(_ data: [UInt8]) -> GeminiTextElement? {
        data.withUnsafeBufferPointer { bytes in
            if let element = textTemplate.element(in: bytes, reader: eventReader.reader) { return element }
            guard
                let element = GeminiTextElement.scan(
                    data, reader: eventReader.reader, workspace: &textWorkspace, details: &usageDetails)
            else { return nil }
            textTemplate.remember(element, readFrom: bytes, reader: eventReader.reader)
            return element
        }
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
            start(responseID: try element.decode("responseId"), modelVersion: try element.decode("modelVersion"))
        }
        if let counts = try element.nested("usageMetadata") { usage = try GeminiUsage.counts(of: counts) }
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
        for (position, (candidateValue, path)) in (try element.elements("candidates") ?? .empty).enumerated() {
            try handleCandidate(candidateValue, position: position, at: path, into: &output)
        }
    }

    private mutating func handleCandidate(
        _ value: JSONValue, position: Int, at path: JSONPath, into output: inout [ChatCompletionChunk]
    ) throws(TranslationError) {
        let candidate = try NativeObject(value, at: path, expected: "candidate object")
        let index = try candidate.decode("index", as: Int.self) ?? position
        var state = try openCandidate(index, at: path, into: &output)
        defer { candidates[index] = state }
        for (partValue, partPath) in try candidate.nested("content")?.elements("parts") ?? .empty {
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
                    appendText(text, signature: signature, candidate: index, state: &state, into: &output)
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
            choice.additionalFields = GeminiCandidate.extensionMembers(of: candidate)
            choice.finishReason = try GeminiCandidate.finishReason(
                reason, hasToolCalls: state.toolCalls > 0, at: candidate.path("finishReason"), vocabulary: vocabulary,
                keepingIn: &choice.additionalFields, context: &context)
            output.append(chunk(choices: [choice]))
            state.finished = true
        }
    }

    /// Applies an element read without a tree, in the order the tree path applies its members; `false`, with
    /// nothing applied, when its candidate already finished (the tree path reports that). Its text parts carry no
    /// signature, so the candidate's state changes only when the element opens it.
    private mutating func apply(_ element: consuming GeminiTextElement, into output: inout [ChatCompletionChunk])
        -> Bool
    {
        let index = element.candidateIndex ?? 0
        let finished = candidates[index]?.finished
        if finished == true { return false }
        if id == nil { start(responseID: element.responseID, modelVersion: element.modelVersion) }
        if let elementUsage = element.usage.take() { usage = elementUsage }
        if finished == nil {
            output.append(chunk(index, ChatCompletionDelta(role: .assistant)))
            candidates[index] = CandidateState()
        }
        for text in element.texts where !text.isEmpty {
            output.append(chunk(index, ChatCompletionDelta(content: text)))
        }
        return true
    }

    /// Takes the first element's id and model (or the defaults).
    private mutating func start(responseID: String?, modelVersion: String?) {
        id = responseID ?? "gemini-\(created)"
        model = modelVersion ?? context.capabilities.model ?? ""
    }

    /// The state of candidate `index`, taken out of `candidates` (the caller puts it back); a new candidate's role
    /// chunk first.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` at `path` for a candidate that already finished.
    private mutating func openCandidate(
        _ index: Int, at path: JSONPath, into output: inout [ChatCompletionChunk]
    ) throws(TranslationError) -> CandidateState {
        guard let state = candidates.removeValue(forKey: index) else {
            output.append(chunk(index, ChatCompletionDelta(role: .assistant)))
            return CandidateState()
        }
        guard !state.finished else {
            candidates[index] = state
            throw context.error(.invalidValue, at: path, "candidate \(index) continues after its finish reason")
        }
        return state
    }

    /// A text part that is not a thought: its content chunk (none for empty text), and its signature kept.
    private func appendText(
        _ text: String, signature: String?, candidate index: Int, state: inout CandidateState,
        into output: inout [ChatCompletionChunk]
    ) {
        state.textSignature = signature ?? state.textSignature
        if !text.isEmpty { output.append(chunk(index, ChatCompletionDelta(content: text))) }
    }

    private func chunk(_ index: Int, _ delta: consuming ChatCompletionDelta) -> ChatCompletionChunk {
        chunk(choices: [ChatCompletionChunkChoice(index: index, delta: delta)])
    }

    private func chunk(choices: consuming [ChatCompletionChunkChoice]) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id ?? "", created: created, model: model, choices: choices)
    }
}
