/// The token counts of an embeddings response (`usage`).
public struct EmbeddingsUsage: JSONModel {
    /// Tokens in the input.
    public var promptTokens: Int
    /// Tokens billed in total; equal to ``promptTokens`` for embeddings.
    public var totalTokens: Int
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates token counts.
    public init(promptTokens: Int, totalTokens: Int, additionalFields: JSONObject = [:]) {
        self.promptTokens = promptTokens
        self.totalTokens = totalTokens
        self.additionalFields = additionalFields
    }

    /// Decodes token counts.
    ///
    /// - Throws: ``TranslationError`` when `prompt_tokens` or `total_tokens` is missing or not an integer.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "usage object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var promptTokens: Int?
        var totalTokens: Int?
        while let key = try members.nextKey() {
            switch key {
            case "prompt_tokens": promptTokens = try members.decode()
            case "total_tokens": totalTokens = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.promptTokens = try members.required(promptTokens, "prompt_tokens")
        self.totalTokens = try members.required(totalTokens, "total_tokens")
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The token counts as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("prompt_tokens", promptTokens)
        members.encode("total_tokens", totalTokens)
    }
}

extension EmbeddingsUsage: ObjectModel {}
