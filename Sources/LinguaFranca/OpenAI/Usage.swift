/// Token usage of a chat or text completion.
public struct Usage: JSONModel {
    /// Tokens in the prompt.
    public var promptTokens: Int
    /// Tokens generated, reasoning included.
    public var completionTokens: Int
    /// Prompt plus completion tokens.
    public var totalTokens: Int
    /// A breakdown of the prompt tokens.
    public var promptTokensDetails: PromptTokensDetails?
    /// A breakdown of the completion tokens.
    public var completionTokensDetails: CompletionTokensDetails?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        promptTokens: Int, completionTokens: Int, totalTokens: Int, promptTokensDetails: PromptTokensDetails? = nil,
        completionTokensDetails: CompletionTokensDetails? = nil, additionalFields: JSONObject = [:]
    ) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens
        self.promptTokensDetails = promptTokensDetails
        self.completionTokensDetails = completionTokensDetails
        self.additionalFields = additionalFields
    }

    /// Decodes usage.
    ///
    /// - Throws: ``TranslationError`` when `prompt_tokens`, `completion_tokens`, `total_tokens` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("usage object")
        var members = MemberDecoder()
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?
        var promptTokensDetails: PromptTokensDetails?
        var completionTokensDetails: CompletionTokensDetails?
        for member in object {
            switch member.key {
            case "prompt_tokens": promptTokens = try members.decode(member)
            case "completion_tokens": completionTokens = try members.decode(member)
            case "total_tokens": totalTokens = try members.decode(member)
            case "prompt_tokens_details": promptTokensDetails = try members.decode(member)
            case "completion_tokens_details": completionTokensDetails = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            promptTokens: try required(promptTokens, "prompt_tokens"),
            completionTokens: try required(completionTokens, "completion_tokens"),
            totalTokens: try required(totalTokens, "total_tokens"), promptTokensDetails: promptTokensDetails,
            completionTokensDetails: completionTokensDetails, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// Usage as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 5)
        members.encode("prompt_tokens", promptTokens)
        members.encode("completion_tokens", completionTokens)
        members.encode("total_tokens", totalTokens)
        members.encode("prompt_tokens_details", promptTokensDetails)
        members.encode("completion_tokens_details", completionTokensDetails)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension Usage: JSONField {}
