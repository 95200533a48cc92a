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
        let object = try json.requireObject("embeddings response object")
        var members = MemberDecoder()
        var objectType: String?
        var data: [Embedding]?
        var model: String?
        var usage: EmbeddingsUsage?
        for member in object {
            switch member.key {
            case "object": objectType = try members.decode(member)
            case "data": data = try members.decode(member)
            case "model": model = try members.decode(member)
            case "usage": usage = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            object: objectType ?? "list", data: try required(data, "data"), model: try required(model, "model"),
            usage: usage, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The response as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("object", object)
        members.encode("data", data)
        members.encode("model", model)
        members.encode("usage", usage)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension EmbeddingsResponse: JSONField {}
