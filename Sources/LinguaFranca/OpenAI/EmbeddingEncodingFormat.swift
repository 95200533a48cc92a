/// How an embeddings response carries its vectors (`encoding_format`).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct EmbeddingEncodingFormat: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A JSON array of numbers (the default).
    public static let float: EmbeddingEncodingFormat = "float"

    /// A base64 string of little-endian float32 values.
    public static let base64: EmbeddingEncodingFormat = "base64"
}

extension EmbeddingEncodingFormat: JSONField {}
