/// Decodes an Anthropic Messages stream (Server-Sent Events with event names) into OpenAI chat completion chunks,
/// incrementally, as `Mappings/anthropic.md` ("Streams") describes.
///
/// An explicit state machine: before `message_start`, inside the message (each content block tracked by its
/// Anthropic index: text, tool use with its OpenAI tool call index, thinking with its text and signature, a block of
/// an Anthropic-run tool with its input so far, or stopped), and after `message_stop`. Events that break the sequence are errors placed at the event number and
/// byte offset; event and block types it does not know are skipped and recorded in ``report``.
public struct AnthropicStreamDecoder: ChatStreamDecoder {
    private enum Phase {
        case awaitingMessage
        case inMessage
        case finished
    }

    private enum Block {
        case text
        case toolUse(index: Int)
        case thinking(signature: String?)
        case redactedThinking
        /// A block of an Anthropic-run tool, kept verbatim for `server_tool_blocks`: the block as it started and the
        /// `input_json_delta` fragments of its input.
        case serverTool(start: JSONObject, input: String)
        case skipped
        case stopped
    }

    private struct Message {
        var id: String
        var model: String
    }

    private var context: TranslationContext
    private let vocabulary: TableVocabulary
    private let created: Int
    private var events = ServerSentEventParser()
    private var pending: [RawServerSentEvent] = []
    private var eventReader = CachingJSONReader()
    /// The scanner's storage for the events read without a tree (``AnthropicContentDelta``).
    private var deltaWorkspace = JSONScanner.Workspace(cachingStrings: true)
    private var phase = Phase.awaitingMessage
    private var message = Message(id: "", model: "")
    private var blocks: [Int: Block] = [:]
    private var toolCalls = 0
    private var thinkingBlocks = 0
    private var usage = JSONObject()
    /// The text of each thinking block so far, grown in place.
    private var thinkingTexts: [Int: String] = [:]
    /// The finished blocks of Anthropic-run tools, in order, sent together on the finish chunk.
    private var serverToolBlocks: [JSONValue] = []

    init(context: TranslationContext, vocabulary: TableVocabulary) {
        var context = context
        context.direction = TranslationDirection(.decode, .stream)
        self.context = context
        self.vocabulary = vocabulary
        created = context.options.createdTimestamp
    }

    /// What the stream changed on the way: skipped block, delta and event types, and what it kept as extension
    /// members (server tool blocks, stop reasons OpenAI has no name for, undocumented `message_delta` members).
    public var report: TranslationReport { context.report }

    /// Consumes stream bytes, appending every chunk they complete.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/providerError`` (with the OpenAI error body) for an
    ///   `error` event; ``TranslationError/Code/malformedJSON`` for an event that is not JSON;
    ///   ``TranslationError/Code/invalidValue`` for an event out of sequence (a delta for a block never started, a
    ///   second `message_start`, data after `message_stop`); decoding errors for events of the wrong shape;
    ///   ``TranslationError/Code/limitExceeded`` for an oversized line or event; ``TranslationError/Code/unsupported``
    ///   for a skipped type under `.strict`. Each is placed at the event's number and byte offset.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        var raw = pending
        pending = []
        raw.removeAll(keepingCapacity: true)
        defer { pending = raw }
        try events.parse(bytes, into: &raw)
        for event in raw {
            do {
                try handle(event, into: &output)
            } catch {
                throw error.attributed(to: context.provider, context.direction).at(event.position)
            }
        }
    }

    /// Ends the stream.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when `message_stop` never came, and the errors of
    ///   ``feed(_:into:)`` for a last event without a blank line.
    public mutating func finish(into output: inout [ChatCompletionChunk]) throws(TranslationError) {
        var raw: [RawServerSentEvent] = []
        try events.finish(into: &raw)
        for event in raw {
            do {
                try handle(event, into: &output)
            } catch {
                throw error.attributed(to: context.provider, context.direction).at(event.position)
            }
        }
        guard phase == .finished else {
            throw context.error(.truncatedStream, at: .root, "the stream ended before message_stop")
        }
    }

    private mutating func handle(_ event: RawServerSentEvent, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        if phase == .inMessage, !event.typeEquals("error"),
            let delta = AnthropicContentDelta.scan(event.data, reader: eventReader.reader, workspace: &deltaWorkspace),
            appendChunk(for: delta, into: &output)
        {
            return
        }
        let value: JSONValue
        do {
            value = try eventReader.read(event.data)
        } catch {
            throw TranslationError(error, provider: context.provider, direction: context.direction)
        }
        let data = try NativeObject(value, at: .root, expected: "event object")
        if event.typeEquals("error") || data["type"] == "error" {
            throw try AnthropicErrorCodec(vocabulary: vocabulary).providerError(value, context: context)
        }
        let type: String = try data.require("type")
        if type == "ping" { return }
        guard phase != .finished else {
            throw context.error(.invalidValue, at: ["type"], "'\(type)' after message_stop")
        }
        if type == "message_start" {
            try start(data, into: &output)
            return
        }
        guard phase == .inMessage else {
            throw context.error(.invalidValue, at: ["type"], "'\(type)' before message_start")
        }
        switch type {
        case "content_block_start": try startBlock(data, into: &output)
        case "content_block_delta": try applyDelta(data, into: &output)
        case "content_block_stop": try stopBlock(data, into: &output)
        case "message_delta": try finishMessage(data, into: &output)
        case "message_stop":
            phase = .finished
            if !serverToolBlocks.isEmpty {
                output.append(chunk(ChatCompletionDelta(additionalFields: takeServerToolBlocks())))
            }
            if context.options.streamUsage {
                let totals = try AnthropicUsage.decode(NativeObject(.object(usage), at: ["usage"]))
                output.append(chunk(choices: [], usage: totals))
            }
        default:
            try context.record(.dropped, at: ["type"], "the event type '\(type)' has no OpenAI chunk; skipped")
        }
    }

    private mutating func start(_ data: NativeObject, into output: inout [ChatCompletionChunk]) throws(TranslationError)
    {
        guard phase == .awaitingMessage else {
            throw context.error(.invalidValue, at: ["type"], "a second message_start")
        }
        guard let started = try data.nested("message") else { throw .missingField("message") }
        message = Message(id: try started.require("id"), model: try started.require("model"))
        if let counts = try started.nested("usage") { merge(counts) }
        phase = .inMessage
        output.append(chunk(ChatCompletionDelta(role: .assistant)))
    }

    private mutating func startBlock(_ data: NativeObject, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        let index: Int = try data.require("index")
        guard blocks[index] == nil else {
            throw context.error(.invalidValue, at: ["index"], "the content block \(index) was already started")
        }
        guard let block = try data.nested("content_block") else { throw .missingField("content_block") }
        let type: String = try block.require("type")
        switch type {
        case "text":
            blocks[index] = .text
            if let text: String = try block.decode("text"), !text.isEmpty {
                output.append(chunk(ChatCompletionDelta(content: text)))
            }
        case "tool_use":
            let input = block["input"]
            let arguments =
                input?.objectValue?.isEmpty ?? true ? "" : ToolArguments.text(from: input ?? .null)
            blocks[index] = .toolUse(index: toolCalls)
            output.append(
                chunk(
                    ChatCompletionDelta(toolCalls: [
                        ToolCallDelta(
                            index: toolCalls, id: try block.require("id"), type: .function,
                            function: FunctionCallDelta(name: try block.require("name"), arguments: arguments))
                    ])))
            toolCalls += 1
        case "thinking":
            let text: String = try block.decode("thinking") ?? ""
            blocks[index] = .thinking(signature: try block.decode("signature"))
            thinkingTexts[index] = text
            thinkingBlocks += 1
            if thinkingBlocks > 1 { output.append(reasoning(AnthropicAssistantAssembly.reasoningSeparator)) }
            if !text.isEmpty { output.append(reasoning(text)) }
        case "redacted_thinking":
            blocks[index] = .redactedThinking
            output.append(chunk(ChatCompletionDelta(additionalFields: ["thinking_blocks": [.object(block.object)]])))
        case _ where AnthropicAssistantAssembly.isServerToolBlock(type):
            blocks[index] = .serverTool(start: block.object, input: "")
            try context.record(.converted, at: ["content_block"], AnthropicAssistantAssembly.serverToolNote(type))
        default:
            blocks[index] = .skipped
            try context.record(
                .dropped, at: ["content_block", "type"], "the block type '\(type)' has no OpenAI chunk; skipped")
        }
    }

    private mutating func applyDelta(_ data: NativeObject, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        let index: Int = try data.require("index")
        guard let block = blocks[index] else {
            throw context.error(.invalidValue, at: ["index"], "a delta for the content block \(index), never started")
        }
        guard let delta = try data.nested("delta") else { throw .missingField("delta") }
        let type: String = try delta.require("type")
        switch (type, block) {
        case ("text_delta", .text):
            let text: String = try delta.require("text")
            output.append(textChunk(text))
        case ("input_json_delta", .toolUse(let call)):
            let fragment: String = try delta.require("partial_json")
            output.append(argumentsChunk(call: call, fragment))
        case ("thinking_delta", .thinking):
            let fragment: String = try delta.require("thinking")
            thinkingTexts[index, default: ""] += fragment
            output.append(reasoning(fragment))
        case ("signature_delta", .thinking):
            blocks[index] = .thinking(signature: try delta.require("signature"))
        case ("input_json_delta", .serverTool(let start, let input)):
            let fragment: String = try delta.require("partial_json")
            blocks[index] = .serverTool(start: start, input: input + fragment)
        case (_, .skipped):
            break
        case (_, .stopped):
            throw context.error(.invalidValue, at: ["index"], "a delta for the content block \(index), already stopped")
        case ("text_delta", _), ("input_json_delta", _), ("thinking_delta", _), ("signature_delta", _):
            throw context.error(
                .invalidValue, at: ["delta", "type"], "a \(type) for the content block \(index), which takes none")
        default:
            try context.record(
                .dropped, at: ["delta", "type"], "the delta type '\(type)' has no OpenAI chunk; skipped")
        }
    }

    private mutating func stopBlock(_ data: NativeObject, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        let index: Int = try data.require("index")
        switch blocks[index] {
        case nil, .stopped?:
            throw context.error(.invalidValue, at: ["index"], "content_block_stop for the block \(index), not open")
        case .thinking(let signature)?:
            var finished: JSONObject = [
                "type": "thinking", "thinking": .string(thinkingTexts.removeValue(forKey: index) ?? ""),
            ]
            if let signature { finished.append(.string(signature), forKey: "signature") }
            output.append(chunk(ChatCompletionDelta(additionalFields: ["thinking_blocks": [.object(finished)]])))
        case .serverTool(let start, let input)?:
            try finishServerToolBlock(start, input: input)
        default:
            break
        }
        blocks[index] = .stopped
    }

    /// Adds a finished block of an Anthropic-run tool to ``serverToolBlocks``: the block as it started, with the
    /// input its fragments spell when it had any. Fragments that are not a JSON object lose the block, reported.
    private mutating func finishServerToolBlock(_ start: JSONObject, input: String) throws(TranslationError) {
        var block = start
        if !input.isEmpty {
            guard case .object(let parsed)? = try? eventReader.reader.read(input) else {
                try context.record(
                    .dropped, at: ["index"], "the input_json_delta fragments of this block are not a JSON object")
                return
            }
            block["input"] = .object(parsed)
        }
        serverToolBlocks.append(.object(block))
    }

    /// The finished server tool blocks as a delta's extension member, leaving none.
    private mutating func takeServerToolBlocks() -> JSONObject {
        defer { serverToolBlocks = [] }
        return ["server_tool_blocks": .array(serverToolBlocks)]
    }

    /// The finish chunk: `delta.stop_reason` as `finish_reason` (and as the choice extension `stop_reason` when it
    /// would not come back), `delta.stop_sequence` and the delta's other members as choice extensions of the same
    /// name, the event's own extra members as chunk extensions, and the finished server tool blocks.
    private mutating func finishMessage(_ data: NativeObject, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        if let counts = try data.nested("usage") { merge(counts) }
        var choice = ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta())
        if let delta = try data.nested("delta") {
            let sequence: String? = try delta.decode("stop_sequence")
            var kept: String?
            if let stopReason: String = try delta.decode("stop_reason") {
                let decoded = try AnthropicStopReason(vocabulary: vocabulary).decode(
                    stopReason, stopSequence: sequence, at: delta.path("stop_reason"), context: &context)
                choice.finishReason = decoded.finishReason
                kept = decoded.kept
            }
            if let sequence { choice.additionalFields.append(.string(sequence), forKey: "stop_sequence") }
            if let kept { choice.additionalFields.append(.string(kept), forKey: "stop_reason") }
            for member in delta.object
            where !AnthropicStopReason.choiceMembers.contains(member.key) && !member.value.isNull {
                if !AnthropicStopReason.endMembers.contains(member.key) {
                    try context.record(
                        .converted, at: delta.path(member.key),
                        "no OpenAI member; kept as the choice extension member \(member.key)")
                }
                choice.additionalFields.append(member.value, forKey: member.key)
            }
        }
        if !serverToolBlocks.isEmpty { choice.delta.additionalFields = takeServerToolBlocks() }
        var finish = chunk(choices: [choice])
        for member in data.object where !Self.messageDeltaMembers.contains(member.key) && !member.value.isNull {
            try context.record(
                .converted, at: data.path(member.key), "no OpenAI member; kept as the extension member \(member.key)")
            finish.additionalFields.append(member.value, forKey: member.key)
        }
        if choice.finishReason != nil || !choice.additionalFields.isEmpty || !choice.delta.additionalFields.isEmpty
            || !finish.additionalFields.isEmpty
        {
            output.append(finish)
        }
    }

    /// The members of a `message_delta` event that ``finishMessage(_:into:)`` reads.
    private static let messageDeltaMembers: MemberNames = ["type", "delta", "usage"]

    /// Appends the chunk of a delta read without a tree when its block takes that kind; `false`, with nothing
    /// appended, for any other combination, which the tree path reads, reports or rejects.
    private func appendChunk(for delta: AnthropicContentDelta, into output: inout [ChatCompletionChunk]) -> Bool {
        switch (delta.kind, blocks[delta.index]) {
        case (.text, .text?): output.append(textChunk(delta.fragment))
        case (.arguments, .toolUse(let call)?): output.append(argumentsChunk(call: call, delta.fragment))
        default: return false
        }
        return true
    }

    private func textChunk(_ text: String) -> ChatCompletionChunk {
        chunk(ChatCompletionDelta(content: text))
    }

    private func argumentsChunk(call: Int, _ fragment: String) -> ChatCompletionChunk {
        chunk(
            ChatCompletionDelta(toolCalls: [
                ToolCallDelta(index: call, function: FunctionCallDelta(arguments: fragment))
            ]))
    }

    /// Later counts replace earlier ones: `message_delta` usage is cumulative.
    private mutating func merge(_ counts: NativeObject) {
        for member in counts.object where !member.value.isNull { usage[member.key] = member.value }
    }

    private func reasoning(_ fragment: String) -> ChatCompletionChunk {
        chunk(ChatCompletionDelta(additionalFields: ["reasoning_content": .string(fragment)]))
    }

    private func chunk(_ delta: ChatCompletionDelta) -> ChatCompletionChunk {
        chunk(choices: [ChatCompletionChunkChoice(index: 0, delta: delta)])
    }

    private func chunk(choices: [ChatCompletionChunkChoice], usage: Usage? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(id: message.id, created: created, model: message.model, choices: choices, usage: usage)
    }
}
