/// One choice's progress in a streamed chunk.
public struct ChatCompletionChunkChoice: JSONModel {
    /// The choice's position.
    public var index: Int
    /// What this chunk adds.
    public var delta: ChatCompletionDelta
    /// Log probabilities of the added tokens.
    public var logprobs: ChoiceLogprobs?
    /// Why generation stopped, in the choice's last chunk.
    public var finishReason: FinishReason?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        index: Int, delta: ChatCompletionDelta, logprobs: ChoiceLogprobs? = nil, finishReason: FinishReason? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.index = index
        self.delta = delta
        self.logprobs = logprobs
        self.finishReason = finishReason
        self.additionalFields = additionalFields
    }

    /// Decodes a chunk choice.
    ///
    /// - Throws: ``TranslationError`` when `index`, `delta` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("chunk choice object")
        var members = MemberDecoder()
        var index: Int?
        var delta: ChatCompletionDelta?
        var logprobs: ChoiceLogprobs?
        var finishReason: FinishReason?
        for member in object {
            switch member.key {
            case "index": index = try members.decode(member)
            case "delta": delta = try members.decode(member)
            case "logprobs": logprobs = try members.decode(member)
            case "finish_reason": finishReason = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            index: try required(index, "index"), delta: try required(delta, "delta"), logprobs: logprobs,
            finishReason: finishReason, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// A chunk choice as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("index", index)
        members.encode("delta", delta)
        members.encode("logprobs", logprobs)
        members.encode("finish_reason", finishReason)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ChatCompletionChunkChoice: JSONField {}
