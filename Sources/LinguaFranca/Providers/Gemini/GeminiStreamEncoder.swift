/// Encodes OpenAI chat completion chunks as a Gemini stream: `?alt=sse` data-only events or one JSON array
/// (`Mappings/gemini.md`, "Streams").
///
/// Content and reasoning deltas go out as they come, one element each. Gemini sends function calls whole, so tool
/// call pieces are held per choice until its finish reason; the finish elements are held until the end, so that
/// the last carries the usage chunk's counts.
public struct GeminiStreamEncoder: ChatStreamEncoder {
    /// The encoder consumes OpenAI chunks.
    public typealias Input = ChatCompletionChunk

    /// A tool call being assembled from its pieces.
    private struct PendingCall {
        var id: String?
        var name: String?
        var arguments = ""
        var signature: String?
    }

    private let vocabulary: TableVocabulary
    private let framing: GeminiStreamDecoder.Framing
    private let provider: ProviderID
    private let writer = JSONWriter()
    private var responseID = ""
    private var model = ""
    private var started = false
    private var wroteElement = false
    private var finished = false
    private var calls: [Int: [Int: PendingCall]] = [:]
    private var finishes: [JSONObject] = []
    private var usage: Usage?
    private var losses: StreamLossRecorder

    init(context: TranslationContext, vocabulary: TableVocabulary, framing: GeminiStreamDecoder.Framing) {
        provider = context.provider
        self.vocabulary = vocabulary
        self.framing = framing
        losses = StreamLossRecorder(context: context)
    }

    /// What the stream could not carry: log probabilities, another provider's usage members.
    public var report: TranslationReport { losses.report }

    /// Appends the elements for one chunk.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` after ``finish(into:)``, and
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    public mutating func encode(_ chunk: ChatCompletionChunk, into bytes: inout [UInt8]) throws(TranslationError) {
        guard !finished else { throw error(.invalidValue, "a chunk after the end of the stream") }
        if !started {
            started = true
            responseID = chunk.id
            model = chunk.model
        }
        if let usage = chunk.usage {
            self.usage = usage
            for key in GeminiUsage.unsentMembers(of: usage) {
                try losses.record(.dropped, at: ["usage", .key(key)], "Gemini's usageMetadata has no such member")
            }
        }
        for choice in chunk.choices {
            try losses.recordUnsentMembers(of: choice)
            let delta = choice.delta
            var parts: [JSONValue] = []
            if let thought = delta.additionalFields["reasoning_content"]?.stringValue, !thought.isEmpty {
                parts.append(["text": .string(thought), "thought": true])
            }
            if case .array(let blocks)? = delta.additionalFields["thinking_blocks"] {
                for block in blocks {
                    if let signature = block["signature"]?.stringValue {
                        parts.append(["text": "", "thought": true, "thoughtSignature": .string(signature)])
                    }
                }
            }
            for text in [delta.content, delta.refusal] {
                if let text, !text.isEmpty { parts.append(["text": .string(text)]) }
            }
            if let signature = delta.additionalFields["thought_signature"]?.stringValue {
                parts.append(["text": "", "thoughtSignature": .string(signature)])
            }
            for piece in delta.toolCalls ?? [] {
                var call = calls[choice.index]?[piece.index] ?? PendingCall()
                call.id = call.id ?? piece.id
                call.name = call.name ?? piece.function?.name
                call.arguments += piece.function?.arguments ?? ""
                call.signature = call.signature ?? piece.additionalFields["thought_signature"]?.stringValue
                calls[choice.index, default: [:]][piece.index] = call
            }
            if !parts.isEmpty { write(candidate(choice.index, parts: parts), into: &bytes) }
            if choice.finishReason != nil {
                var finishing = candidate(choice.index, parts: try callParts(of: choice.index))
                finishing["finishReason"] = GeminiCandidate.nativeFinishReason(
                    choice.finishReason, extensions: choice.additionalFields, vocabulary: vocabulary)
                for (native, openAI) in GeminiCandidate.extensions {
                    if let value = choice.additionalFields[openAI] { finishing[native] = value }
                }
                finishes.append(finishing)
            }
        }
    }

    /// Appends the held finish elements (the last with the usage counts) and, for the JSON array, the closing
    /// bracket.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` when no chunk came or the stream already ended.
    public mutating func finish(into bytes: inout [UInt8]) throws(TranslationError) {
        guard started, !finished else {
            throw error(.invalidValue, started ? "the stream already ended" : "no chunk came, so there is no answer")
        }
        finished = true
        for (index, finishing) in finishes.enumerated() {
            write(finishing, usage: index == finishes.count - 1 ? usage : nil, into: &bytes)
        }
        if finishes.isEmpty, let usage { write(JSONObject(), usage: usage, into: &bytes) }
        if framing == .jsonArray { bytes.append(contentsOf: wroteElement ? "\r\n]".utf8 : "[]".utf8) }
    }

    private mutating func callParts(of choice: Int) throws(TranslationError) -> [JSONValue] {
        defer { calls[choice] = nil }
        var parts: [JSONValue] = []
        for (index, call) in (calls[choice] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let name = call.name else {
                throw error(.missingField, "tool call \(index) of choice \(choice) never received its function name")
            }
            var functionCall = JSONObject(minimumCapacity: 3)
            if let id = call.id, GeminiModelContent.sendsID(id) { functionCall.append(.string(id), forKey: "id") }
            functionCall.append(.string(name), forKey: "name")
            let args = (try? JSONReader().read(call.arguments))?.objectValue
            functionCall.append(
                .object(
                    args ?? (call.arguments.isEmpty ? [:] : [ToolArguments.rawArgumentsKey: .string(call.arguments)])),
                forKey: "args")
            var part: JSONObject = ["functionCall": .object(functionCall)]
            if let signature = call.signature { part.append(.string(signature), forKey: "thoughtSignature") }
            parts.append(.object(part))
        }
        return parts
    }

    private func candidate(_ index: Int, parts: [JSONValue]) -> JSONObject {
        ["content": ["role": "model", "parts": .array(parts)], "index": .number(JSONNumber(index))]
    }

    private mutating func write(_ candidate: JSONObject, usage: Usage? = nil, into bytes: inout [UInt8]) {
        var element = JSONObject(minimumCapacity: 4)
        if !candidate.isEmpty { element.append([.object(candidate)], forKey: "candidates") }
        if let usage { element.append(.object(GeminiUsage.encode(usage)), forKey: "usageMetadata") }
        element.append(.string(model), forKey: "modelVersion")
        element.append(.string(responseID), forKey: "responseId")
        switch framing {
        case .serverSentEvents:
            bytes.append(contentsOf: "data: ".utf8)
            writer.write(.object(element), into: &bytes)
            bytes.append(contentsOf: "\r\n\r\n".utf8)
        case .jsonArray:
            bytes.append(contentsOf: wroteElement ? "\r\n,\r\n".utf8 : "[".utf8)
            writer.write(.object(element), into: &bytes)
        }
        wroteElement = true
    }

    private func error(_ code: TranslationError.Code, _ message: String) -> TranslationError {
        TranslationError(
            code: code, message: message, provider: provider, direction: TranslationDirection(.encode, .stream))
    }
}
