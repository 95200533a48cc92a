/// Folds streamed chat completion chunks into the response they describe.
///
/// `id`, `created` and `model` come from the first chunk; `system_fingerprint`, `service_tier` and `usage` from
/// the last chunk that has them (`usage` arrives in the final chunk, whose `choices` is empty). Chunk-level vendor
/// members come from the first chunk that has any, without OpenAI's per-chunk `obfuscation` padding.
///
/// Choices are keyed by `index` and may interleave (`n` > 1); the result lists them by index. For each choice:
/// the first `role` wins (`assistant` when none arrives); `content` and `refusal` fragments are concatenated and
/// stay `nil` unless some delta carried them; tool call pieces are keyed by their `index`, taking `id`, `type`
/// and the function's name from the first piece that has them and concatenating the `arguments` fragments; a
/// legacy `function_call` is assembled the same way. The delta members `name`, `annotations` (appended) and
/// `audio` (`data` and `transcript` concatenated) fill the message's typed members; other delta members fold
/// into the message's `additionalFields`, a string continuing a string under the same key (how vendors stream
/// `reasoning_content`), `thinking_blocks` arrays appended (this library's stream extension: one finished thinking
/// block at a time) and any other value replacing the one before. The last `finish_reason` wins, the
/// `content` and `refusal` log probabilities are appended in order, and choice-level vendor members merge with
/// the later value winning. Throughout, a `null` vendor member never replaces a value that arrived before it.
public struct ChunkAccumulator: Sendable {
    private var header: Header?
    private var systemFingerprint: String?
    private var serviceTier: String?
    private var usage: Usage?
    private var additionalFields = JSONObject()
    private var choices: [Int: ChoiceState] = [:]

    /// Creates an accumulator that has seen no chunk.
    public init() {}

    /// Whether no chunk has been added.
    public var isEmpty: Bool { header == nil }

    /// Adds one chunk. When it throws, the accumulator is unchanged.
    ///
    /// - Throws: ``TranslationError`` for contradictions that cannot be folded, with the path inside the chunk:
    ///   ``TranslationError/Code/typeMismatch`` when a delta's `name` is not a string, its `annotations` not an
    ///   array or its `audio` not an object (`choices[0].delta.audio`, as decoding the message would fail);
    ///   ``TranslationError/Code/invalidValue`` when a tool call piece names an `id` other than the one its
    ///   `index` already has (`choices[0].delta.tool_calls[1].id`), which would splice two calls into one.
    public mutating func add(_ chunk: ChatCompletionChunk) throws(TranslationError) {
        let updates = try checkedUpdates(for: chunk.choices)
        if header == nil { header = Header(id: chunk.id, created: chunk.created, model: chunk.model) }
        systemFingerprint = chunk.systemFingerprint ?? systemFingerprint
        serviceTier = chunk.serviceTier ?? serviceTier
        usage = chunk.usage ?? usage
        if additionalFields.isEmpty {
            additionalFields = chunk.additionalFields
            additionalFields.removeValue(forKey: "obfuscation")
        }
        for update in updates {
            choices[update.choice.index, default: ChoiceState()].apply(update)
        }
    }

    /// The response the chunks describe, with `object` `chat.completion`.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/missingField`` when no chunk was added,
    ///   when a tool call never received its `id` (at `choices[0].message.tool_calls[1]`), or when a tool call's
    ///   function or the legacy function call never received its `name` (at `….function` or
    ///   `choices[0].message.function_call`).
    public func makeCompletion() throws(TranslationError) -> ChatCompletion {
        guard let header else {
            throw TranslationError(
                code: .missingField, message: "no chunk was added, so the response has no id, created or model")
        }
        var completed: [ChatCompletionChoice] = []
        for (position, entry) in choices.sorted(by: { $0.key < $1.key }).enumerated() {
            let path: JSONPath = [.key("choices"), .index(position)]
            completed.append(try entry.value.makeChoice(index: entry.key, at: path))
        }
        return ChatCompletion(
            id: header.id, created: header.created, model: header.model, choices: completed, usage: usage,
            serviceTier: serviceTier, systemFingerprint: systemFingerprint, additionalFields: additionalFields)
    }

    /// Pairs each choice of a chunk with its typed delta members and checks its tool call ids against what is
    /// known, before anything is folded.
    private func checkedUpdates(
        for entries: [ChatCompletionChunkChoice]
    ) throws(TranslationError) -> [ChoiceUpdate] {
        var knownIDs: [Int: [Int: String]] = [:]
        var updates: [ChoiceUpdate] = []
        for (position, entry) in entries.enumerated() {
            var ids = knownIDs[entry.index] ?? choices[entry.index]?.toolCallIDs ?? [:]
            do {
                updates.append(ChoiceUpdate(choice: entry, members: try DeltaMembers(entry.delta.additionalFields)))
                try checkToolCallIDs(of: entry.delta.toolCalls ?? [], against: &ids)
            } catch {
                throw error.prefixed(by: .index(position)).prefixed(by: .key("choices"))
            }
            knownIDs[entry.index] = ids
        }
        return updates
    }

    /// Throws when a piece's `id` differs from the one its call already has; records the ids it sees.
    private func checkToolCallIDs(
        of pieces: [ToolCallDelta], against ids: inout [Int: String]
    ) throws(TranslationError) {
        for (position, piece) in pieces.enumerated() {
            guard let id = piece.id else { continue }
            if let known = ids[piece.index], !known.hasSameUTF8(as: id) {
                throw TranslationError(
                    code: .invalidValue,
                    message: "tool call \(piece.index) already has the id '\(known)', this piece names '\(id)'",
                    path: [.key("delta"), .key("tool_calls"), .index(position), .key("id")])
            }
            ids[piece.index] = id
        }
    }
}

/// The members every chunk repeats, taken from the first.
private struct Header: Sendable {
    var id: String
    var created: Int
    var model: String
}

/// One chunk choice, checked and ready to fold.
private struct ChoiceUpdate {
    var choice: ChatCompletionChunkChoice
    var members: DeltaMembers
}

/// A delta's vendor members, with those the message types (`name`, `annotations`, `audio`) taken out and typed.
private struct DeltaMembers {
    var name: String?
    var annotations: [JSONValue]?
    var audio: JSONObject?
    var others = JSONObject()

    /// Splits a delta's additional fields; `null` counts as absent, as in a decoded message.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/typeMismatch`` at `delta.<key>` when a
    ///   typed member has the wrong JSON type.
    init(_ fields: JSONObject) throws(TranslationError) {
        var members = TreeMembers(fields)
        do {
            while let key = members.nextKey() {
                switch key {
                case "name": name = try members.decode()
                case "annotations": annotations = try members.decode()
                case "audio": audio = try members.decode()
                default: members.keep()
                }
            }
            others = members.keptMembers
        } catch {
            throw error.prefixed(by: .key("delta"))
        }
    }
}

/// Everything known so far about one choice.
private struct ChoiceState: Sendable {
    var role: Role?
    var content: String?
    var refusal: String?
    var name: String?
    var annotations: [JSONValue]?
    var audio: FoldedMembers?
    var toolCalls: [Int: ToolCallState] = [:]
    var functionCall: FunctionCallState?
    var messageFields = FoldedMembers(fragments: .allKeys, arrays: ["thinking_blocks"])
    var finishReason: FinishReason?
    var logprobs: LogprobsState?
    var choiceFields = FoldedMembers(fragments: .noKeys)

    /// The ids the tool calls have received, by call index.
    var toolCallIDs: [Int: String] { toolCalls.compactMapValues(\.id) }

    mutating func apply(_ update: ChoiceUpdate) {
        foldText(of: update.choice.delta)
        foldTyped(update.members)
        foldCalls(of: update.choice.delta)
        messageFields.fold(update.members.others)
        finishReason = update.choice.finishReason ?? finishReason
        if let piece = update.choice.logprobs {
            if logprobs == nil { logprobs = LogprobsState() }
            logprobs?.add(piece)
        }
        choiceFields.fold(update.choice.additionalFields)
    }

    func makeChoice(index: Int, at path: JSONPath) throws(TranslationError) -> ChatCompletionChoice {
        let messagePath = path.appending("message")
        let message = ChatMessage(
            role: role ?? .assistant, content: content.map(MessageContent.text), name: name, refusal: refusal,
            toolCalls: try makeToolCalls(at: messagePath.appending("tool_calls")),
            functionCall: try functionCall?.makeCall(at: messagePath.appending("function_call")),
            audio: audio?.object, annotations: annotations, additionalFields: messageFields.object)
        return ChatCompletionChoice(
            index: index, message: message, logprobs: logprobs?.logprobs, finishReason: finishReason,
            additionalFields: choiceFields.object)
    }

    private mutating func foldText(of delta: ChatCompletionDelta) {
        if role == nil { role = delta.role }
        append(delta.content, to: &content)
        append(delta.refusal, to: &refusal)
    }

    private mutating func foldTyped(_ members: DeltaMembers) {
        if name == nil { name = members.name }
        append(members.annotations, to: &annotations)
        if let piece = members.audio {
            if audio == nil { audio = FoldedMembers(fragments: .keys(["data", "transcript"])) }
            audio?.fold(piece)
        }
    }

    private mutating func foldCalls(of delta: ChatCompletionDelta) {
        for piece in delta.toolCalls ?? [] {
            toolCalls[piece.index, default: ToolCallState()].add(piece)
        }
        if let piece = delta.functionCall {
            if functionCall == nil { functionCall = FunctionCallState() }
            functionCall?.add(piece)
        }
    }

    private func makeToolCalls(at path: JSONPath) throws(TranslationError) -> [ToolCall]? {
        guard !toolCalls.isEmpty else { return nil }
        var calls: [ToolCall] = []
        for (position, entry) in toolCalls.sorted(by: { $0.key < $1.key }).enumerated() {
            calls.append(try entry.value.makeCall(at: path.appending(.index(position))))
        }
        return calls
    }
}

/// One tool call assembled from its pieces.
private struct ToolCallState: Sendable {
    var id: String?
    var type: ToolType?
    var function: FunctionCallState?
    var fields = FoldedMembers(fragments: .noKeys)

    mutating func add(_ piece: ToolCallDelta) {
        if id == nil { id = piece.id }
        if type == nil { type = piece.type }
        if let functionPiece = piece.function {
            if function == nil { function = FunctionCallState() }
            function?.add(functionPiece)
        }
        fields.fold(piece.additionalFields)
    }

    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/missingField`` at `path` when no piece
    ///   carried the id, or at `path.function` when no piece carried the function's name.
    func makeCall(at path: JSONPath) throws(TranslationError) -> ToolCall {
        guard let id else { throw .missingField("id", at: path) }
        return ToolCall(
            id: id, type: type ?? .function, function: try function?.makeCall(at: path.appending("function")),
            additionalFields: fields.object)
    }
}

/// A function invocation assembled from its pieces.
private struct FunctionCallState: Sendable {
    var name: String?
    var arguments = ""
    var fields = FoldedMembers(fragments: .noKeys)

    mutating func add(_ piece: FunctionCallDelta) {
        if name == nil { name = piece.name }
        arguments += piece.arguments ?? ""
        fields.fold(piece.additionalFields)
    }

    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/missingField`` at `path` when no piece
    ///   carried the name.
    func makeCall(at path: JSONPath) throws(TranslationError) -> FunctionCall {
        guard let name else { throw .missingField("name", at: path) }
        return FunctionCall(name: name, arguments: arguments, additionalFields: fields.object)
    }
}

/// A choice's log probabilities, appended chunk by chunk.
private struct LogprobsState: Sendable {
    var content: [TokenLogprob]?
    var refusal: [TokenLogprob]?
    var fields = FoldedMembers(fragments: .noKeys)

    mutating func add(_ piece: ChoiceLogprobs) {
        append(piece.content, to: &content)
        append(piece.refusal, to: &refusal)
        fields.fold(piece.additionalFields)
    }

    var logprobs: ChoiceLogprobs {
        ChoiceLogprobs(content: content, refusal: refusal, additionalFields: fields.object)
    }
}

/// JSON members folded across pieces, in the order their keys first appeared: `null` never replaces a value; for
/// keys that hold fragments, a string continues the string under the same key, and for the array keys named, an
/// array continues the array; any other value replaces the one before.
private struct FoldedMembers: Sendable {
    /// Which keys hold string fragments to concatenate rather than values to replace.
    enum Fragments: Sendable {
        case noKeys
        case allKeys
        case keys(Set<String>)

        func contains(_ key: String) -> Bool {
            switch self {
            case .noKeys: false
            case .allKeys: true
            case .keys(let keys): keys.contains(key)
            }
        }
    }

    private struct Member: Sendable {
        var key: String
        /// The value while it is a string, kept apart so that fragments append in place.
        var text: String?
        /// The value when it is not a string.
        var value: JSONValue

        init(_ member: JSONObject.Member) {
            key = member.key
            text = member.value.stringValue
            value = text == nil ? member.value : .null
        }
    }

    private let fragments: Fragments
    /// The keys whose arrays are fragments too, continued by each later array.
    private let arrays: Set<String>
    private var members: [Member] = []

    init(fragments: Fragments, arrays: Set<String> = []) {
        self.fragments = fragments
        self.arrays = arrays
    }

    mutating func fold(_ object: JSONObject) {
        for member in object {
            fold(member)
        }
    }

    var object: JSONObject {
        JSONObject(
            uniqueMembers: members.map {
                JSONObject.Member(key: $0.key, value: $0.text.map(JSONValue.string) ?? $0.value)
            }
        )
    }

    private mutating func fold(_ member: JSONObject.Member) {
        guard let position = members.firstIndex(where: { $0.key.hasSameUTF8(as: member.key) }) else {
            members.append(Member(member))
            return
        }
        switch member.value {
        case .null:
            return
        case .string(let fragment) where members[position].text != nil && fragments.contains(member.key):
            members[position].text?.append(fragment)
        case .array(let more) where arrays.contains(member.key):
            guard case .array(var earlier) = members[position].value else {
                members[position] = Member(member)
                return
            }
            members[position].value = .null
            earlier.append(contentsOf: more)
            members[position].value = .array(earlier)
        default:
            members[position] = Member(member)
        }
    }
}

/// Appends `piece` to `value`, which becomes `piece` while still absent; an absent piece changes nothing.
private func append<Fragment: RangeReplaceableCollection>(_ piece: Fragment?, to value: inout Fragment?) {
    guard let piece else { return }
    if value == nil {
        value = piece
    } else {
        value?.append(contentsOf: piece)
    }
}
