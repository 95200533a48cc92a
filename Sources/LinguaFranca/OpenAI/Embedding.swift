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
        let object = try json.requireObject("embedding object")
        var members = MemberDecoder()
        var objectType: String?
        var index: Int?
        var embedding: EmbeddingVector?
        for member in object {
            switch member.key {
            case "object": objectType = try members.decode(member)
            case "index": index = try members.decode(member)
            case "embedding": embedding = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            object: objectType ?? "embedding", index: try required(index, "index"),
            embedding: try required(embedding, "embedding"), additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The embedding as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 3)
        members.encode("object", object)
        members.encode("index", index)
        members.encode("embedding", embedding)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension Embedding: JSONField {}
