/// A breakdown of prompt tokens.
public struct PromptTokensDetails: JSONModel {
    /// Tokens read from the prompt cache.
    public var cachedTokens: Int?
    /// Audio input tokens.
    public var audioTokens: Int?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        cachedTokens: Int? = nil, audioTokens: Int? = nil, additionalFields: JSONObject = [:]
    ) {
        self.cachedTokens = cachedTokens
        self.audioTokens = audioTokens
        self.additionalFields = additionalFields
    }

    /// Decodes prompt token details.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("prompt tokens details object")
        var members = MemberDecoder()
        var cachedTokens: Int?
        var audioTokens: Int?
        for member in object {
            switch member.key {
            case "cached_tokens": cachedTokens = try members.decode(member)
            case "audio_tokens": audioTokens = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            cachedTokens: cachedTokens, audioTokens: audioTokens, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// Prompt token details as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("cached_tokens", cachedTokens)
        members.encode("audio_tokens", audioTokens)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension PromptTokensDetails: JSONField {}
