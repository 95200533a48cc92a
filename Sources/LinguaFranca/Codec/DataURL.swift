/// A `data:` URL carrying base64 content (`data:image/png;base64,iVBOR…`), as OpenAI puts inline images and files
/// into `image_url.url` and `file.file_data`.
struct DataURL: Hashable {
    /// The media type (`image/png`, `application/pdf`).
    var mediaType: String
    /// The base64 payload, as written in the URL.
    var base64: String

    /// Splits a base64 `data:` URL; `nil` for any other URL, or one without a media type or the base64 marker.
    init?(_ url: String) {
        let utf8 = url.utf8
        guard utf8.starts(with: "data:".utf8), let comma = utf8.firstIndex(of: UInt8(ascii: ",")) else { return nil }
        let header = url[utf8.index(utf8.startIndex, offsetBy: 5)..<comma]
        guard header.utf8.count > 7, header.hasSuffix(";base64") else { return nil }
        let type = header.dropLast(7)
        guard !type.isEmpty, !type.contains(";") else { return nil }
        mediaType = String(type)
        base64 = String(url[utf8.index(after: comma)...])
    }

    /// Creates a URL from its parts.
    init(mediaType: String, base64: String) {
        self.mediaType = mediaType
        self.base64 = base64
    }

    /// `data:<media type>;base64,<payload>`.
    var url: String { "data:" + mediaType + ";base64," + base64 }
}
