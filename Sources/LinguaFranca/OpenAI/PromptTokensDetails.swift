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
        try self.init(tree: json)
    }

    static let objectName = "prompt tokens details object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var cachedTokens: Int?
        var audioTokens: Int?
        while let key = try members.nextKey() {
            switch key {
            case "cached_tokens": cachedTokens = try members.decode()
            case "audio_tokens": audioTokens = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.cachedTokens = cachedTokens
        self.audioTokens = audioTokens
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// Prompt token details as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("cached_tokens", cachedTokens)
        members.encode("audio_tokens", audioTokens)
    }
}

extension PromptTokensDetails: ObjectModel {}
