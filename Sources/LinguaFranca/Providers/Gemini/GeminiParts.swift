/// OpenAI content ⇄ Gemini `parts` for the user side of a conversation: text, inline data (images, audio, files)
/// and file URIs (`Mappings/gemini.md`, "Requests").
enum GeminiParts {
    /// The members a text part may have besides `text`, which pass as part extensions.
    static let partMembers: Set<String> = [
        "thought", "thoughtSignature", "videoMetadata", "mediaResolution", "partMetadata",
    ]

    /// Image mime types by file extension, for URLs Gemini takes as `fileData`.
    private static let imageTypes: [(suffix: String, type: String)] = [
        (".png", "image/png"), (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".gif", "image/gif"),
        (".webp", "image/webp"), (".heic", "image/heic"),
    ]
    /// Audio formats OpenAI's `input_audio` names, by mime type.
    private static let audioFormats: [String: String] = ["audio/wav": "wav", "audio/mp3": "mp3", "audio/mpeg": "mp3"]

    /// A text part, with extension members after `text`.
    static func text(_ text: String, extra: JSONObject = JSONObject()) -> JSONValue {
        var part = JSONObject(minimumCapacity: 1 + extra.count)
        part.append(.string(text), forKey: "text")
        for member in extra where part[member.key] == nil { part.append(member.value, forKey: member.key) }
        return .object(part)
    }

    /// Appends OpenAI content, of the message at `messagePath`, to `encoded` as parts.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for a URL Gemini cannot take, a malformed data URL;
    ///   ``TranslationError/Code/missingField`` for a part without its payload; ``TranslationError/Code/unsupported``
    ///   for a loss under `.strict`.
    static func encode(
        _ content: MessageContent?, ofMessageAt messagePath: @autoclosure () -> JSONPath,
        into encoded: inout [JSONValue], context: inout TranslationContext
    ) throws(TranslationError) {
        switch content {
        case nil: return
        case .text(let value)?: encoded.append(text(value))
        case .parts(let parts)?:
            let path = messagePath().appending("content")
            for (index, part) in parts.enumerated() {
                if let part = try encode(part, at: path.appending(.index(index)), context: &context) {
                    encoded.append(part)
                }
            }
        }
    }

    private static func encode(_ part: ContentPart, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue?
    {
        switch part.type {
        case .text:
            guard let value = part.text else { throw context.error(.missingField, at: path, "a text part needs text") }
            return text(
                value, extra: try context.nativeExtensions(of: part.additionalFields, allowed: partMembers, at: path))
        case .imageURL:
            guard let image = part.imageURL else {
                throw context.error(.missingField, at: path, "an image_url part needs image_url")
            }
            let imagePath = path.appending("image_url")
            if image.detail != nil {
                try context.record(.dropped, at: imagePath.appending("detail"), "Gemini images have no detail level")
            }
            if let data = DataURL(image.url) { return inline(data) }
            let url = image.url
            let isWeb = url.utf8.starts(with: "https://".utf8) || url.utf8.starts(with: "http://".utf8)
            guard isWeb || url.utf8.starts(with: "gs://".utf8) else {
                throw context.error(
                    .invalidValue, at: imagePath.appending("url"),
                    "Gemini takes base64 data URLs, http(s) and gs:// URLs for images")
            }
            let lowered = url.lowercased()
            let type = imageTypes.first { lowered.hasSuffix($0.suffix) }?.type ?? "image/jpeg"
            if isWeb {
                try context.record(
                    .approximated, at: imagePath.appending("url"),
                    "sent as fileData (\(type)): Gemini fetches only the web URLs it supports; the library fetches none"
                )
            }
            return ["fileData": ["mimeType": .string(type), "fileUri": .string(url)]]
        case .inputAudio:
            guard let audio = part.inputAudio else {
                throw context.error(.missingField, at: path, "an input_audio part needs input_audio")
            }
            return inline(DataURL(mediaType: "audio/" + audio.format, base64: audio.data))
        case .file:
            guard let file = part.file else { throw context.error(.missingField, at: path, "a file part needs file") }
            let filePath = path.appending("file")
            if file.filename != nil {
                try context.record(.dropped, at: filePath.appending("filename"), "Gemini parts carry no file name")
            }
            if let data = file.fileData {
                guard let url = DataURL(data) else {
                    throw context.error(
                        .invalidValue, at: filePath.appending("file_data"),
                        "expected a base64 data URL (data:…;base64,…)")
                }
                return inline(url)
            }
            guard let id = file.fileID else {
                throw context.error(.missingField, at: filePath, "a file part needs file_data or file_id")
            }
            return ["fileData": ["fileUri": .string(id)]]
        case .refusal:
            try context.record(.approximated, at: path, "Gemini has no refusal part; sent as text")
            return text(part.refusal ?? "")
        default:
            try context.record(.dropped, at: path, "Gemini has no '\(part.type)' content; part not sent")
            return nil
        }
    }

    private static func inline(_ data: DataURL) -> JSONValue {
        ["inlineData": ["mimeType": .string(data.mediaType), "data": .string(data.base64)]]
    }

    /// One user-side part as an OpenAI content part; `nil` (reported) for parts OpenAI cannot carry.
    ///
    /// - Throws: ``TranslationError`` for a part of the wrong shape.
    static func decode(_ part: NativeObject, context: inout TranslationContext) throws(TranslationError)
        -> ContentPart?
    {
        if let value: String = try part.decode("text") {
            return ContentPart(type: .text, text: value, additionalFields: part.members(except: ["text"]))
        }
        if let inline = try part.nested("inlineData") {
            let data = DataURL(mediaType: try inline.require("mimeType"), base64: try inline.require("data"))
            if data.mediaType.hasPrefix("image/") {
                return ContentPart(type: .imageURL, imageURL: ImageURL(url: data.url))
            }
            if let format = audioFormats[data.mediaType] {
                return ContentPart(type: .inputAudio, inputAudio: InputAudio(data: data.base64, format: format))
            }
            return ContentPart(type: .file, file: FileInput(fileData: data.url))
        }
        if let file = try part.nested("fileData") {
            let uri: String = try file.require("fileUri")
            if let type: String = try file.decode("mimeType"), type.hasPrefix("image/") {
                return ContentPart(type: .imageURL, imageURL: ImageURL(url: uri))
            }
            try context.record(
                .approximated, at: file.path, "a file URI sent as an OpenAI file id (OpenAI has no file URLs)")
            return ContentPart(type: .file, file: FileInput(fileID: uri))
        }
        try context.record(.dropped, at: part.path, "OpenAI messages have no such part")
        return nil
    }
}
