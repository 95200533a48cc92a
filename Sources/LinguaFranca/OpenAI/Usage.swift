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
        try self.init(tree: json)
    }

    static let objectName = "usage object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?
        var promptTokensDetails: PromptTokensDetails?
        var completionTokensDetails: CompletionTokensDetails?
        while let key = try members.nextKey() {
            switch key {
            case "prompt_tokens": promptTokens = try members.decode()
            case "completion_tokens": completionTokens = try members.decode()
            case "total_tokens": totalTokens = try members.decode()
            case "prompt_tokens_details": promptTokensDetails = try members.decode()
            case "completion_tokens_details": completionTokensDetails = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.promptTokens = try members.required(promptTokens, "prompt_tokens")
        self.completionTokens = try members.required(completionTokens, "completion_tokens")
        self.totalTokens = try members.required(totalTokens, "total_tokens")
        self.promptTokensDetails = promptTokensDetails
        self.completionTokensDetails = completionTokensDetails
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// Usage as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("prompt_tokens", promptTokens)
        members.encode("completion_tokens", completionTokens)
        members.encode("total_tokens", totalTokens)
        members.encode("prompt_tokens_details", promptTokensDetails)
        members.encode("completion_tokens_details", completionTokensDetails)
    }
}

extension Usage: ObjectModel {}
