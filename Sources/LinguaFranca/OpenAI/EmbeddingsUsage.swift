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
        let object = try json.requireObject("usage object")
        var members = MemberDecoder()
        var promptTokens: Int?
        var totalTokens: Int?
        for member in object {
            switch member.key {
            case "prompt_tokens": promptTokens = try members.decode(member)
            case "total_tokens": totalTokens = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            promptTokens: try required(promptTokens, "prompt_tokens"),
            totalTokens: try required(totalTokens, "total_tokens"), additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The token counts as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("prompt_tokens", promptTokens)
        members.encode("total_tokens", totalTokens)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension EmbeddingsUsage: JSONField {}
