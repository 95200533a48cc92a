/// One vector of an embeddings response (`data[]`).
public struct Embedding: JSONModel {
    /// The object type, `embedding`.
    public var object: String
    /// The position of the input this vector belongs to.
    public var index: Int
    /// The vector, as numbers or as base64.
    public var embedding: EmbeddingVector
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates an embedding.
    public init(
        object: String = "embedding", index: Int, embedding: EmbeddingVector, additionalFields: JSONObject = [:]
    ) {
        self.object = object
        self.index = index
        self.embedding = embedding
        self.additionalFields = additionalFields
    }

    /// Decodes an embedding; an absent `object` is taken as `embedding`.
    ///
    /// - Throws: ``TranslationError`` when `index` or `embedding` is missing or a member has the wrong type, an
    ///   element of a numeric vector is not a number (with its index in the path), or a number lies outside the
    ///   `Double` range.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "embedding object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var objectType: String?
        var index: Int?
        var embedding: EmbeddingVector?
        while let key = try members.nextKey() {
            switch key {
            case "object": objectType = try members.decode()
            case "index": index = try members.decode()
            case "embedding": embedding = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.object = objectType ?? "embedding"
        self.index = try members.required(index, "index")
        self.embedding = try members.required(embedding, "embedding")
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The embedding as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("object", object)
        members.encode("index", index)
        members.encode("embedding", embedding)
    }
}

extension Embedding: ObjectModel {}
