/// One choice of a chat completions response.
public struct ChatCompletionChoice: JSONModel {
    /// The choice's position.
    public var index: Int
    /// The generated message.
    public var message: ChatMessage
    /// Log probabilities, when requested.
    public var logprobs: ChoiceLogprobs?
    /// Why generation stopped.
    public var finishReason: FinishReason?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        index: Int, message: ChatMessage, logprobs: ChoiceLogprobs? = nil, finishReason: FinishReason? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.index = index
        self.message = message
        self.logprobs = logprobs
        self.finishReason = finishReason
        self.additionalFields = additionalFields
    }

    /// Decodes a choice.
    ///
    /// - Throws: ``TranslationError`` when `index`, `message` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("choice object")
        var members = MemberDecoder()
        var index: Int?
        var message: ChatMessage?
        var logprobs: ChoiceLogprobs?
        var finishReason: FinishReason?
        for member in object {
            switch member.key {
            case "index": index = try members.decode(member)
            case "message": message = try members.decode(member)
            case "logprobs": logprobs = try members.decode(member)
            case "finish_reason": finishReason = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            index: try required(index, "index"), message: try required(message, "message"), logprobs: logprobs,
            finishReason: finishReason, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// A choice as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("index", index)
        members.encode("message", message)
        members.encode("logprobs", logprobs)
        members.encode("finish_reason", finishReason)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ChatCompletionChoice: JSONField {}
