/// A response body of `POST /v1/embeddings`.
public struct EmbeddingsResponse: JSONModel {
    /// The object type, `list`.
    public var object: String
    /// The vectors, one per input.
    public var data: [Embedding]
    /// The model that produced them.
    public var model: String
    /// The token counts.
    public var usage: EmbeddingsUsage?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a response.
    public init(
        object: String = "list", data: [Embedding], model: String, usage: EmbeddingsUsage? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.object = object
        self.data = data
        self.model = model
        self.usage = usage
        self.additionalFields = additionalFields
    }

    /// Decodes a response; an absent `object` is taken as `list`.
    ///
    /// - Throws: ``TranslationError`` when `data` or `model` is missing, a member has the wrong type, or an
    ///   embedding is invalid (see ``Embedding/init(json:)``).
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "embeddings response object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var objectType: String?
        var data: [Embedding]?
        var model: String?
        var usage: EmbeddingsUsage?
        while let key = try members.nextKey() {
            switch key {
            case "object": objectType = try members.decode()
            case "data": data = try members.decode()
            case "model": model = try members.decode()
            case "usage": usage = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.object = objectType ?? "list"
        self.data = try members.required(data, "data")
        self.model = try members.required(model, "model")
        self.usage = usage
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The response as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("object", object)
        members.encode("data", data)
        members.encode("model", model)
        members.encode("usage", usage)
    }
}

extension EmbeddingsResponse: ObjectModel {}
