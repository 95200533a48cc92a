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
        try self.init(tree: json)
    }

    static let objectName = "embeddings request object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var input: EmbeddingsInput?
        var model: String?
        var encodingFormat: EmbeddingEncodingFormat?
        var dimensions: Int?
        var user: String?
        while let key = try members.nextKey() {
            switch key {
            case "input": input = try members.decode()
            case "model": model = try members.decode()
            case "encoding_format": encodingFormat = try members.decode()
            case "dimensions": dimensions = try members.decode()
            case "user": user = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.input = try members.required(input, "input")
        self.model = try members.required(model, "model")
        self.encodingFormat = encodingFormat
        self.dimensions = dimensions
        self.user = user
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The request as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("input", input)
        members.encode("model", model)
        members.encode("dimensions", dimensions)
        members.encode("encoding_format", encodingFormat)
        members.encode("user", user)
    }
}

extension EmbeddingsRequest: ObjectModel {}
