/// OpenAI content ⇄ Gemini `parts` for the user side of a conversation: text, inline data (images, audio, files)
/// and file URIs (`Mappings/gemini.md`, "Requests"). A part's members beside its payload (`videoMetadata`,
/// `mediaResolution`, …) travel as extension members of the OpenAI content part.
enum GeminiParts {
    /// The members a part may have besides its payload, which encoding sends from the content part's extension
    /// members (decoding keeps every such member).
    static let partMembers: Set<String> = [
        "thought", "thoughtSignature", "videoMetadata", "mediaResolution", "partMetadata",
    ]
    /// The extension member of an OpenAI `file` object that holds the `fileData.mimeType` of a file URI.
    private static let fileMimeType = "mime_type"

    /// Image mime types by file extension, for URLs Gemini takes as `fileData`.
    private static let imageTypes: [(suffix: String, type: String)] = [
        (".png", "image/png"), (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".gif", "image/gif"),
        (".webp", "image/webp"), (".heic", "image/heic"),
    ]
    /// Audio formats OpenAI's `input_audio` names, by mime type.
    private static let audioFormats: [String: String] = ["audio/wav": "wav", "audio/mp3": "mp3", "audio/mpeg": "mp3"]

    /// A text part.
    static func text(_ text: String) -> JSONValue { ["text": .string(text)] }

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

    /// The part for `part`, with its extension members as siblings of the payload.
    private static func encode(_ part: ContentPart, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue?
    {
        guard var encoded = try payload(of: part, at: path, context: &context) else { return nil }
        for member in try context.nativeExtensions(of: part.additionalFields, allowed: partMembers, at: path)
        where encoded[member.key] == nil {
            encoded.append(member.value, forKey: member.key)
        }
        return .object(encoded)
    }

    /// The part's payload member (`text`, `inlineData`, `fileData`); `nil`, reported, for a part Gemini cannot take.
    private static func payload(of part: ContentPart, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONObject?
    {
        switch part.type {
        case .text:
            guard let value = part.text else { throw context.error(.missingField, at: path, "a text part needs text") }
            return ["text": .string(value)]
        case .imageURL:
            guard let image = part.imageURL else {
                throw context.error(.missingField, at: path, "an image_url part needs image_url")
            }
            let imagePath = path.appending("image_url")
            if image.detail != nil {
                try context.record(.dropped, at: imagePath.appending("detail"), "Gemini images have no detail level")
            }
            try reportUnsent(image.additionalFields, at: imagePath, context: &context)
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
            try reportUnsent(audio.additionalFields, at: path.appending("input_audio"), context: &context)
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
                try reportUnsent(file.additionalFields, at: filePath, context: &context)
                return inline(url)
            }
            guard let id = file.fileID else {
                throw context.error(.missingField, at: filePath, "a file part needs file_data or file_id")
            }
            var fileData = JSONObject(minimumCapacity: 2)
            var rest = file.additionalFields
            if case .string? = rest[fileMimeType], let type = rest.removeValue(forKey: fileMimeType) {
                fileData.append(type, forKey: "mimeType")
            }
            try reportUnsent(rest, at: filePath, context: &context)
            fileData.append(.string(id), forKey: "fileUri")
            return ["fileData": .object(fileData)]
        case .refusal:
            try context.record(.approximated, at: path, "Gemini has no refusal part; sent as text")
            return ["text": .string(part.refusal ?? "")]
        default:
            try context.record(.dropped, at: path, "Gemini has no '\(part.type)' content; part not sent")
            return nil
        }
    }

    /// Reports the members of an OpenAI `image_url`, `input_audio` or `file` object, at `path`, that Gemini's part
    /// has no place for.
    private static func reportUnsent(_ fields: JSONObject, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError)
    {
        for member in fields where !member.value.isNull {
            try context.record(.dropped, at: path.appending(member.key), "Gemini's part has no such member")
        }
    }

    private static func inline(_ data: DataURL) -> JSONObject {
        ["inlineData": ["mimeType": .string(data.mediaType), "data": .string(data.base64)]]
    }

    /// One user-side part as an OpenAI content part, its members beside the payload kept as the part's extension
    /// members; `nil` (reported) for parts OpenAI cannot carry.
    ///
    /// - Throws: ``TranslationError`` for a part of the wrong shape, and ``TranslationError/Code/unsupported`` for
    ///   a loss under `.strict`.
    static func decode(_ part: GeminiObject, context: inout TranslationContext) throws(TranslationError)
        -> ContentPart?
    {
        if let value: String = try part.decode("text") {
            return ContentPart(type: .text, text: value, additionalFields: part.members(except: ["text"]))
        }
        if let inline = try part.nested("inlineData") {
            let data = DataURL(mediaType: try inline.require("mimeType"), base64: try inline.require("data"))
            try reportUnread(of: inline, besides: ["mimeType", "data"], context: &context)
            let siblings = part.members(except: ["inlineData"])
            if data.mediaType.hasPrefix("image/") {
                return ContentPart(type: .imageURL, imageURL: ImageURL(url: data.url), additionalFields: siblings)
            }
            if let format = audioFormats[data.mediaType] {
                return ContentPart(
                    type: .inputAudio, inputAudio: InputAudio(data: data.base64, format: format),
                    additionalFields: siblings)
            }
            return ContentPart(type: .file, file: FileInput(fileData: data.url), additionalFields: siblings)
        }
        if let file = try part.nested("fileData") {
            let uri: String = try file.require("fileUri")
            let type: String? = try file.decode("mimeType")
            try reportUnread(of: file, besides: ["mimeType", "fileUri"], context: &context)
            let siblings = part.members(except: ["fileData"])
            if let type, type.hasPrefix("image/") {
                return ContentPart(type: .imageURL, imageURL: ImageURL(url: uri), additionalFields: siblings)
            }
            try context.record(
                .approximated, at: file.path, "a file URI sent as an OpenAI file id (OpenAI has no file URLs)")
            let fields: JSONObject = type.map { [fileMimeType: .string($0)] } ?? [:]
            return ContentPart(
                type: .file, file: FileInput(fileID: uri, additionalFields: fields), additionalFields: siblings)
        }
        try context.record(.dropped, at: part.path, "OpenAI messages have no such part")
        return nil
    }

    /// Reports the members of `payload` (an `inlineData` or `fileData`) other than `read`, which OpenAI has no
    /// place for.
    private static func reportUnread(
        of payload: GeminiObject, besides read: MemberNames, context: inout TranslationContext
    ) throws(TranslationError) {
        for member in payload.object where !read.contains(member.key) && !member.value.isNull {
            try context.record(
                .dropped, at: payload.path(member.key), "OpenAI content parts have no such member")
        }
    }
}
