/// A request body for `POST /v1/embeddings`.
public struct EmbeddingsRequest: JSONModel {
    /// The text to embed.
    public var input: EmbeddingsInput
    /// The embedding model's id.
    public var model: String
    /// How the response should carry the vectors; `float` when absent.
    public var encodingFormat: EmbeddingEncodingFormat?
    /// The number of dimensions to return, for models that can shorten their vectors.
    public var dimensions: Int?
    /// A stable identifier for the end user.
    public var user: String?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a request.
    public init(
        input: EmbeddingsInput, model: String, encodingFormat: EmbeddingEncodingFormat? = nil, dimensions: Int? = nil,
        user: String? = nil, additionalFields: JSONObject = [:]
    ) {
        self.input = input
        self.model = model
        self.encodingFormat = encodingFormat
        self.dimensions = dimensions
        self.user = user
        self.additionalFields = additionalFields
    }

    /// Decodes a request.
    ///
    /// - Throws: ``TranslationError`` when `input` or `model` is missing, a member has the wrong type, or
    ///   `input` is an array whose elements do not share one shape.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("embeddings request object")
        var members = MemberDecoder()
        var input: EmbeddingsInput?
        var model: String?
        var encodingFormat: EmbeddingEncodingFormat?
        var dimensions: Int?
        var user: String?
        for member in object {
            switch member.key {
            case "input": input = try members.decode(member)
            case "model": model = try members.decode(member)
            case "encoding_format": encodingFormat = try members.decode(member)
            case "dimensions": dimensions = try members.decode(member)
            case "user": user = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            input: try required(input, "input"), model: try required(model, "model"), encodingFormat: encodingFormat,
            dimensions: dimensions, user: user, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The request as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("input", input)
        members.encode("model", model)
        members.encode("dimensions", dimensions)
        members.encode("encoding_format", encodingFormat)
        members.encode("user", user)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension EmbeddingsRequest: JSONField {}
