/// One choice of a legacy text completion (`choices[]`), in a full response or a streamed chunk.
public struct CompletionChoice: JSONModel {
    /// The generated text; in a streamed chunk, the next fragment.
    public var text: String
    /// The choice's position among the choices.
    public var index: Int
    /// The legacy log-probability object (`tokens`, `token_logprobs`, `top_logprobs`, `text_offset`), kept as
    /// JSON.
    public var logprobs: JSONObject?
    /// Why generation stopped; `nil` in a streamed chunk before the last one.
    public var finishReason: FinishReason?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a choice.
    public init(
        text: String, index: Int, logprobs: JSONObject? = nil, finishReason: FinishReason? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.text = text
        self.index = index
        self.logprobs = logprobs
        self.finishReason = finishReason
        self.additionalFields = additionalFields
    }

    /// Decodes a choice.
    ///
    /// - Throws: ``TranslationError`` when `text` or `index` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "completion choice object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var text: String?
        var index: Int?
        var logprobs: JSONObject?
        var finishReason: FinishReason?
        while let key = try members.nextKey() {
            switch key {
            case "text": text = try members.decode()
            case "index": index = try members.decode()
            case "logprobs": logprobs = try members.decode()
            case "finish_reason": finishReason = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.text = try members.required(text, "text")
        self.index = try members.required(index, "index")
        self.logprobs = logprobs
        self.finishReason = finishReason
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The choice as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("text", text)
        members.encode("index", index)
        members.encodeNullable("logprobs", logprobs)
        members.encodeNullable("finish_reason", finishReason)
    }
}

extension CompletionChoice: ObjectModel {}
