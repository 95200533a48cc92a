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
        try self.init(tree: json)
    }

    static let objectName = "choice object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var index: Int?
        var message: ChatMessage?
        var logprobs: ChoiceLogprobs?
        var finishReason: FinishReason?
        while let key = try members.nextKey() {
            switch key {
            case "index": index = try members.decode()
            case "message": message = try members.decode()
            case "logprobs": logprobs = try members.decode()
            case "finish_reason": finishReason = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.index = try members.required(index, "index")
        self.message = try members.required(message, "message")
        self.logprobs = logprobs
        self.finishReason = finishReason
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A choice as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("index", index)
        members.encode("message", ResponseMessage(message: message))
        members.encodeNullable("logprobs", logprobs)
        members.encodeNullable("finish_reason", finishReason)
    }
}

extension ChatCompletionChoice: ObjectModel {}
