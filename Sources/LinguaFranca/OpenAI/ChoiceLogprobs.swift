/// Log probabilities of a choice's content and refusal tokens; both are written (`null` when absent), as OpenAI's
/// schema requires.
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
        try self.init(tree: json)
    }

    static let objectName = "logprobs object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var content: [TokenLogprob]?
        var refusal: [TokenLogprob]?
        while let key = try members.nextKey() {
            switch key {
            case "content": content = try members.decode()
            case "refusal": refusal = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.content = content
        self.refusal = refusal
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// Log probabilities as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encodeNullable("content", content)
        members.encodeNullable("refusal", refusal)
    }
}

extension ChoiceLogprobs: ObjectModel {}
