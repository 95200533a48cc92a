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
        try self.init(tree: json)
    }

    static let objectName = "chunk choice object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var index: Int?
        var delta: ChatCompletionDelta?
        var logprobs: ChoiceLogprobs?
        var finishReason: FinishReason?
        while let key = try members.nextKey() {
            switch key {
            case "index": index = try members.decode()
            case "delta": delta = try members.decode()
            case "logprobs": logprobs = try members.decode()
            case "finish_reason": finishReason = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.index = try members.required(index, "index")
        self.delta = try members.required(delta, "delta")
        self.logprobs = logprobs
        self.finishReason = finishReason
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A chunk choice as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("index", index)
        members.encode("delta", delta)
        members.encode("logprobs", logprobs)
        members.encodeNullable("finish_reason", finishReason)
    }
}

extension ChatCompletionChunkChoice: ObjectModel {}
