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
        try self.init(tree: json)
    }

    static let objectName = "object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var includeUsage: Bool?
        var includeObfuscation: Bool?
        while let key = try members.nextKey() {
            switch key {
            case "include_usage": includeUsage = try members.decode()
            case "include_obfuscation": includeObfuscation = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.includeUsage = includeUsage
        self.includeObfuscation = includeObfuscation
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The options as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("include_usage", includeUsage)
        members.encode("include_obfuscation", includeObfuscation)
    }
}

extension StreamOptions: ObjectModel {}
