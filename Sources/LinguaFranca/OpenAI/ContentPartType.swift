/// The kind of one content part (`type` inside a message's `content` array).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct ContentPartType: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Text (`text`).
    public static let text: ContentPartType = "text"

    /// An image by URL or data URL (`image_url`).
    public static let imageURL: ContentPartType = "image_url"

    /// Base64 audio input (`input_audio`).
    public static let inputAudio: ContentPartType = "input_audio"

    /// A file by id or inline data (`file`).
    public static let file: ContentPartType = "file"

    /// An assistant refusal (`refusal`).
    public static let refusal: ContentPartType = "refusal"
}

extension ContentPartType: JSONField {}
