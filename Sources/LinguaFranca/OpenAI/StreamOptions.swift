/// Streaming options (`stream_options`).
public struct StreamOptions: JSONModel {
    /// Whether a final chunk carries the usage of the whole request.
    public var includeUsage: Bool?
    /// Whether chunks carry random `obfuscation` padding.
    public var includeObfuscation: Bool?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates streaming options.
    public init(includeUsage: Bool? = nil, includeObfuscation: Bool? = nil, additionalFields: JSONObject = [:]) {
        self.includeUsage = includeUsage
        self.includeObfuscation = includeObfuscation
        self.additionalFields = additionalFields
    }

    /// Decodes streaming options.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject()
        var members = MemberDecoder()
        var includeUsage: Bool?
        var includeObfuscation: Bool?
        for member in object {
            switch member.key {
            case "include_usage": includeUsage = try members.decode(member)
            case "include_obfuscation": includeObfuscation = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            includeUsage: includeUsage, includeObfuscation: includeObfuscation,
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The options as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("include_usage", includeUsage)
        members.encode("include_obfuscation", includeObfuscation)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension StreamOptions: JSONField {}
