/// Which way a translation runs and which kind of document it handles, as errors and reports name it
/// ("decode chat request").
public struct TranslationDirection: Hashable, Sendable, CustomStringConvertible {
    /// The way a translation runs, in Codable's words.
    public enum Operation: String, Hashable, Sendable {
        /// Native wire format → OpenAI model.
        case decode
        /// OpenAI model → native wire format.
        case encode
    }

    /// Decode or encode.
    public var operation: Operation
    /// The document being translated.
    public var document: DocumentKind

    /// Creates a direction.
    public init(_ operation: Operation, _ document: DocumentKind) {
        self.operation = operation
        self.document = document
    }

    /// "decode chat request", "encode stream", …
    public var description: String { "\(operation.rawValue) \(document.rawValue)" }
}

/// A kind of API document. Open: codecs may name more kinds.
public struct DocumentKind: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The kind's name, in words.
    public var rawValue: String

    /// Creates a kind.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from a literal.
    public init(stringLiteral value: String) { rawValue = value }

    /// A chat completions request.
    public static let chatRequest: DocumentKind = "chat request"
    /// A chat completions response.
    public static let chatResponse: DocumentKind = "chat response"
    /// One streamed chat completions chunk.
    public static let chatChunk: DocumentKind = "chat chunk"
    /// A whole stream.
    public static let stream: DocumentKind = "stream"
    /// An embeddings request.
    public static let embeddingsRequest: DocumentKind = "embeddings request"
    /// An embeddings response.
    public static let embeddingsResponse: DocumentKind = "embeddings response"
    /// A legacy text completions request.
    public static let completionRequest: DocumentKind = "completion request"
    /// A legacy text completions response or stream chunk.
    public static let completionResponse: DocumentKind = "completion response"
    /// An error body.
    public static let error: DocumentKind = "error"
}
