/// Log probabilities of a choice's content and refusal tokens.
public struct ChoiceLogprobs: JSONModel {
    /// Per content token.
    public var content: [TokenLogprob]?
    /// Per refusal token.
    public var refusal: [TokenLogprob]?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        content: [TokenLogprob]? = nil, refusal: [TokenLogprob]? = nil, additionalFields: JSONObject = [:]
    ) {
        self.content = content
        self.refusal = refusal
        self.additionalFields = additionalFields
    }

    /// Decodes log probabilities.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("logprobs object")
        var members = MemberDecoder()
        var content: [TokenLogprob]?
        var refusal: [TokenLogprob]?
        for member in object {
            switch member.key {
            case "content": content = try members.decode(member)
            case "refusal": refusal = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            content: content, refusal: refusal, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// Log probabilities as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("content", content)
        members.encode("refusal", refusal)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ChoiceLogprobs: JSONField {}
