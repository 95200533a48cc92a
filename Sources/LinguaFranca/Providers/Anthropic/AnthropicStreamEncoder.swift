/// Encodes OpenAI chat completion chunks as an Anthropic Messages stream: named Server-Sent Events, with the
/// content block bookkeeping Anthropic clients expect (`Mappings/anthropic.md`, "Streams").
///
/// The first chunk writes `message_start`. Content opens a text block and reasoning a thinking block, streamed as
/// they come; opening a block closes the one before. Anthropic blocks do not interleave while OpenAI tool call
/// pieces may, so tool calls are held and each is written whole (`content_block_start`, one `input_json_delta`,
/// `content_block_stop`) when the finish reason comes or text resumes. The blocks of Anthropic-run tools
/// (`server_tool_blocks`) are written where they come, a `server_tool_use` with its input as one `input_json_delta`.
/// A finish reason, the choice's extension members (`stop_reason`, `stop_details`, `container`, …) and the usage
/// chunk are held until ``finish(into:)``, which writes them in `message_delta`, then `message_stop`.
public struct AnthropicStreamEncoder: ChatStreamEncoder {
    /// The encoder consumes OpenAI chunks.
    public typealias Input = ChatCompletionChunk

    private enum OpenBlock {
        case none
        case text
        case thinking
    }

    /// A tool call being assembled from its pieces.
    private struct PendingCall {
        var index: Int
        var id: String?
        var name: String?
        var arguments = ""
    }

    private let vocabulary: TableVocabulary
    private let writer = JSONWriter()
    private let direction = TranslationDirection(.encode, .stream)
    private let provider: ProviderID
    private var started = false
    private var finished = false
    private var open = OpenBlock.none
    private var nextBlock = 0
    private var pendingCalls: [PendingCall] = []
    private var writtenCalls: Set<Int> = []
    private var thinkingBlocks = 0
    /// The text streamed into the open thinking block, and the texts of the thinking blocks already closed.
    private var streamedThinking = ""
    private var closedThinking: [String] = []
    private var stopReason: String?
    private var stopSequence: String?
    /// The choices' other extension members, the later value winning: the message's end state.
    private var endMembers = JSONObject()
    private var usage: Usage?
    private var losses: StreamLossRecorder

    init(context: TranslationContext, vocabulary: TableVocabulary) {
        provider = context.provider
        self.vocabulary = vocabulary
        losses = StreamLossRecorder(context: context)
    }

    /// What the stream could not carry: log probabilities, a kept `stop_reason` that does not fit the finish reason,
    /// usage counts Anthropic has no member for.
    public var report: TranslationReport { losses.report }

    /// Appends the events for one chunk.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/unsupported`` for a second choice (`n` > 1) or for
    ///   a piece of a tool call already written (text came in between); ``TranslationError/Code/missingField`` for
    ///   a tool call written without `id` or name; ``TranslationError/Code/typeMismatch`` for `server_tool_blocks`
    ///   that are not an array of objects; ``TranslationError/Code/invalidValue`` after ``finish(into:)``.
    public mutating func encode(_ chunk: ChatCompletionChunk, into bytes: inout [UInt8]) throws(TranslationError) {
        guard !finished else { throw error(.invalidValue, "a chunk after the end of the stream") }
        if !started {
            started = true
            write(
                "message_start",
                [
                    "type": "message_start",
                    "message": [
                        "id": .string(chunk.id), "type": "message", "role": "assistant", "model": .string(chunk.model),
                        "content": [], "stop_reason": nil, "stop_sequence": nil,
                        "usage": ["input_tokens": 0, "output_tokens": 0],
                    ],
                ], into: &bytes)
        }
        if let usage = chunk.usage { self.usage = usage }
        for choice in chunk.choices {
            try losses.recordUnsentMembers(of: choice)
            guard choice.index == 0 else {
                throw error(
                    .unsupported, "an Anthropic stream carries one answer; choice \(choice.index) cannot be sent")
            }
            try encodeChoice(choice, into: &bytes)
        }
    }

    /// Appends `message_delta` (stop reason and usage) and `message_stop`.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` when no chunk came (there is no message to end) or the
    ///   stream was already finished; ``TranslationError/Code/unsupported`` for a usage count left out under
    ///   `.strict`.
    public mutating func finish(into bytes: inout [UInt8]) throws(TranslationError) {
        guard started, !finished else {
            throw error(.invalidValue, started ? "the stream already ended" : "no chunk came, so there is no message")
        }
        finished = true
        try writePendingCalls(into: &bytes)
        closeBlock(into: &bytes)
        let counts: JSONObject = usage.map(AnthropicUsage.encode) ?? ["output_tokens": 0]
        for path in usage.map(AnthropicUsage.unsentCounts) ?? [] {
            try losses.record(.dropped, at: path, "Anthropic usage has no such count")
        }
        var delta: JSONObject = [
            "stop_reason": stopReason.map(JSONValue.string) ?? .null,
            "stop_sequence": stopSequence.map(JSONValue.string) ?? .null,
        ]
        for member in endMembers { delta.append(member.value, forKey: member.key) }
        write(
            "message_delta", ["type": "message_delta", "delta": .object(delta), "usage": .object(counts)],
            into: &bytes)
        write("message_stop", ["type": "message_stop"], into: &bytes)
    }

    private mutating func encodeChoice(_ choice: ChatCompletionChunkChoice, into bytes: inout [UInt8])
        throws(TranslationError)
    {
        let delta = choice.delta
        let serverToolBlocks = delta.additionalFields["server_tool_blocks"]
        let replays = serverToolBlocks.map { !$0.isNull } ?? false
        let resumes =
            replays
            || [delta.content, delta.refusal, delta.additionalFields["reasoning_content"]?.stringValue]
                .contains { !($0 ?? "").isEmpty }
        if resumes { try writePendingCalls(into: &bytes) }
        if replays, let serverToolBlocks { try writeServerToolBlocks(serverToolBlocks, into: &bytes) }
        if let fragment = delta.additionalFields["reasoning_content"]?.stringValue, !fragment.isEmpty {
            writeReasoning(fragment, into: &bytes)
        }
        if case .array(let finishedBlocks)? = delta.additionalFields["thinking_blocks"] {
            for block in finishedBlocks { writeFinished(block, into: &bytes) }
        }
        for text in [delta.content, delta.refusal] {
            guard let text, !text.isEmpty else { continue }
            if case .text = open {} else { openBlock(.text, ["type": "text", "text": ""], into: &bytes) }
            writeDelta(["type": "text_delta", "text": .string(text)], into: &bytes)
        }
        for piece in delta.toolCalls ?? [] {
            try hold(piece)
        }
        for member in choice.additionalFields
        where !AnthropicStopReason.choiceMembers.contains(member.key) && !member.value.isNull {
            endMembers[member.key] = member.value
        }
        if let reason = choice.finishReason {
            try writePendingCalls(into: &bytes)
            closeBlock(into: &bytes)
            stopSequence = choice.additionalFields["stop_sequence"]?.stringValue
            let stop = AnthropicStopReason(vocabulary: vocabulary).encode(
                reason, stopSequence: stopSequence, kept: choice.additionalFields["stop_reason"])
            stopReason = stop.stopReason
            if stop.unused != nil {
                try losses.record(
                    .dropped, at: [.key("choices"), .index(choice.index), .key("stop_reason")],
                    "not an Anthropic stop reason for the finish reason \(reason)")
            }
        }
    }

    /// Blocks of Anthropic-run tools, each whole: one with an `input` object (`server_tool_use`) starts with an
    /// empty input that one `input_json_delta` fills, as Anthropic streams it; any other starts complete.
    private mutating func writeServerToolBlocks(_ value: JSONValue, into bytes: inout [UInt8])
        throws(TranslationError)
    {
        guard case .array(let blocks) = value, blocks.allSatisfy({ $0.objectValue != nil }) else {
            throw error(.typeMismatch, "server_tool_blocks must be an array of Anthropic content blocks")
        }
        closeBlock(into: &bytes)
        for case .object(var block) in blocks {
            let input = block["input"]
            if input?.objectValue != nil { block["input"] = .object(JSONObject()) }
            write(
                "content_block_start",
                [
                    "type": "content_block_start", "index": .number(JSONNumber(nextBlock)),
                    "content_block": .object(block),
                ],
                into: &bytes)
            if let input, input.objectValue?.isEmpty == false {
                writeDelta(
                    ["type": "input_json_delta", "partial_json": .string(ToolArguments.text(from: input))], into: &bytes
                )
            }
            write(
                "content_block_stop", ["type": "content_block_stop", "index": .number(JSONNumber(nextBlock))],
                into: &bytes)
            nextBlock += 1
        }
    }

    /// Thinking text; the separator the decoder puts before a later thinking block opens no block of its own.
    private mutating func writeReasoning(_ fragment: String, into bytes: inout [UInt8]) {
        if case .thinking = open {
        } else {
            if thinkingBlocks > 0, fragment == AnthropicAssistantAssembly.reasoningSeparator { return }
            openBlock(.thinking, ["type": "thinking", "thinking": ""], into: &bytes)
            thinkingBlocks += 1
        }
        streamedThinking += fragment
        writeDelta(["type": "thinking_delta", "thinking": .string(fragment)], into: &bytes)
    }

    /// A whole thinking block from `thinking_blocks`: the open thinking block gets its signature and closes;
    /// without one, the block is written whole — unless its text was already streamed in a block that closed (a
    /// source that sends the signature only at the end of the turn): that block cannot take a signature any more,
    /// and writing the text twice would be wrong.
    private mutating func writeFinished(_ block: JSONValue, into bytes: inout [UInt8]) {
        guard block["type"] == "thinking" else {
            closeBlock(into: &bytes)
            write(
                "content_block_start",
                ["type": "content_block_start", "index": .number(JSONNumber(nextBlock)), "content_block": block],
                into: &bytes)
            open = .thinking
            nextBlock += 1
            closeBlock(into: &bytes)
            return
        }
        if case .thinking = open {
        } else {
            if let text = block["thinking"]?.stringValue, closedThinking.contains(text) { return }
            openBlock(.thinking, ["type": "thinking", "thinking": ""], into: &bytes)
            thinkingBlocks += 1
            if let text = block["thinking"]?.stringValue, !text.isEmpty {
                writeDelta(["type": "thinking_delta", "thinking": .string(text)], into: &bytes)
            }
        }
        if let signature = block["signature"]?.stringValue {
            writeDelta(["type": "signature_delta", "signature": .string(signature)], into: &bytes)
        }
        closeBlock(into: &bytes)
    }

    private mutating func hold(_ piece: ToolCallDelta) throws(TranslationError) {
        guard !writtenCalls.contains(piece.index) else {
            throw error(
                .unsupported,
                "a piece of tool call \(piece.index) arrived after text that followed it; Anthropic blocks do not interleave"
            )
        }
        let position =
            pendingCalls.firstIndex { $0.index == piece.index }
            ?? {
                pendingCalls.append(PendingCall(index: piece.index))
                return pendingCalls.count - 1
            }()
        pendingCalls[position].id = pendingCalls[position].id ?? piece.id
        pendingCalls[position].name = pendingCalls[position].name ?? piece.function?.name
        pendingCalls[position].arguments += piece.function?.arguments ?? ""
    }

    /// Writes each held tool call as a whole `tool_use` block, in the order the calls began.
    private mutating func writePendingCalls(into bytes: inout [UInt8]) throws(TranslationError) {
        for call in pendingCalls {
            guard let id = call.id, let name = call.name else {
                throw error(.missingField, "tool call \(call.index) never received its id and function name")
            }
            closeBlock(into: &bytes)
            write(
                "content_block_start",
                [
                    "type": "content_block_start", "index": .number(JSONNumber(nextBlock)),
                    "content_block": ["type": "tool_use", "id": .string(id), "name": .string(name), "input": [:]],
                ], into: &bytes)
            if !call.arguments.isEmpty {
                writeDelta(["type": "input_json_delta", "partial_json": .string(call.arguments)], into: &bytes)
            }
            write(
                "content_block_stop", ["type": "content_block_stop", "index": .number(JSONNumber(nextBlock))],
                into: &bytes)
            nextBlock += 1
            writtenCalls.insert(call.index)
        }
        pendingCalls.removeAll()
    }

    private mutating func openBlock(_ block: OpenBlock, _ contentBlock: JSONValue, into bytes: inout [UInt8]) {
        closeBlock(into: &bytes)
        write(
            "content_block_start",
            ["type": "content_block_start", "index": .number(JSONNumber(nextBlock)), "content_block": contentBlock],
            into: &bytes)
        open = block
    }

    private mutating func closeBlock(into bytes: inout [UInt8]) {
        if case .none = open { return }
        if case .thinking = open {
            closedThinking.append(streamedThinking)
            streamedThinking = ""
        }
        write(
            "content_block_stop", ["type": "content_block_stop", "index": .number(JSONNumber(nextBlock))], into: &bytes)
        open = .none
        nextBlock += 1
    }

    private func writeDelta(_ delta: JSONValue, into bytes: inout [UInt8]) {
        write(
            "content_block_delta",
            ["type": "content_block_delta", "index": .number(JSONNumber(nextBlock)), "delta": delta], into: &bytes)
    }

    /// `event: <name>`, one compact `data:` line (compact JSON holds no line break), and the blank line.
    private func write(_ name: StaticString, _ data: JSONValue, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: "event: ".utf8)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: "\ndata: ".utf8)
        writer.write(data, into: &bytes)
        bytes.append(contentsOf: "\n\n".utf8)
    }

    private func error(_ code: TranslationError.Code, _ message: String) -> TranslationError {
        TranslationError(code: code, message: message, provider: provider, direction: direction)
    }
}
