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
        let object = try json.requireObject("completion choice object")
        var members = MemberDecoder()
        var text: String?
        var index: Int?
        var logprobs: JSONObject?
        var finishReason: FinishReason?
        for member in object {
            switch member.key {
            case "text": text = try members.decode(member)
            case "index": index = try members.decode(member)
            case "logprobs": logprobs = try members.decode(member)
            case "finish_reason": finishReason = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            text: try required(text, "text"), index: try required(index, "index"), logprobs: logprobs,
            finishReason: finishReason, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The choice as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("text", text)
        members.encode("index", index)
        members.encode("logprobs", logprobs)
        members.encode("finish_reason", finishReason)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension CompletionChoice: JSONField {}
