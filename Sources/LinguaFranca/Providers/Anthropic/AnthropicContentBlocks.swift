/// OpenAI message content ⇄ Anthropic content: a string stays a string; parts and blocks map one to one
/// (text, images by data URL or http(s) URL, PDF documents), with block members OpenAI has no name for kept as
/// part extensions.
enum AnthropicContentBlocks {
    /// The members a text block has besides `type` and `text`, which pass as part extensions.
    static let textMembers: Set<String> = ["cache_control", "citations"]

    /// A text block, with extension members (`cache_control`, `citations`) after `type` and `text`.
    static func textBlock(_ text: String, extra: JSONObject) -> JSONObject {
        var block: JSONObject = ["type": "text", "text": .string(text)]
        for member in extra where block[member.key] == nil { block.append(member.value, forKey: member.key) }
        return block
    }

    /// OpenAI content, of the message at `messagePath`, as Anthropic content; `nil` for no content.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for an image or file URL Anthropic cannot take,
    ///   ``TranslationError/Code/missingField`` for a part without its payload, and ``TranslationError/Code/unsupported``
    ///   for a dropped part under `.strict`.
    static func encode(
        _ content: MessageContent?, ofMessageAt messagePath: @autoclosure () -> JSONPath,
        context: inout TranslationContext
    ) throws(TranslationError) -> JSONValue? {
        switch content {
        case nil: return nil
        case .text(let text)?: return .string(text)
        case .parts(let parts)?:
            let path = messagePath().appending("content")
            var blocks: [JSONValue] = []
            blocks.reserveCapacity(parts.count)
            for (index, part) in parts.enumerated() {
                if let block = try encode(part, at: path.appending(.index(index)), context: &context) {
                    blocks.append(.object(block))
                }
            }
            return .array(blocks)
        }
    }

    private static func encode(_ part: ContentPart, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONObject?
    {
        switch part.type {
        case .text:
            guard let text = part.text else { throw context.error(.missingField, at: path, "a text part needs text") }
            return textBlock(
                text, extra: try context.nativeExtensions(of: part.additionalFields, allowed: textMembers, at: path))
        case .imageURL:
            guard let image = part.imageURL else {
                throw context.error(.missingField, at: path, "an image_url part needs image_url")
            }
            let imagePath = path.appending("image_url")
            if image.detail != nil {
                try context.record(.dropped, at: imagePath.appending("detail"), "Anthropic images have no detail level")
            }
            var block: JSONObject = [
                "type": "image",
                "source": .object(try source(image.url, at: imagePath.appending("url"), context: context)),
            ]
            for member in try context.nativeExtensions(of: part.additionalFields, allowed: ["cache_control"], at: path)
            where block[member.key] == nil {
                block.append(member.value, forKey: member.key)
            }
            return block
        case .file:
            guard let file = part.file else { throw context.error(.missingField, at: path, "a file part needs file") }
            let filePath = path.appending("file")
            let source: JSONObject
            if let data = file.fileData {
                guard let url = DataURL(data) else {
                    throw context.error(
                        .invalidValue, at: filePath.appending("file_data"),
                        "expected a base64 data URL (data:application/pdf;base64,…)")
                }
                source = ["type": "base64", "media_type": .string(url.mediaType), "data": .string(url.base64)]
            } else if let id = file.fileID {
                source = ["type": "file", "file_id": .string(id)]
            } else {
                throw context.error(.missingField, at: filePath, "a file part needs file_data or file_id")
            }
            var block: JSONObject = ["type": "document", "source": .object(source)]
            if let name = file.filename { block.append(.string(name), forKey: "title") }
            for member in try context.nativeExtensions(
                of: part.additionalFields, allowed: ["cache_control", "context", "citations"], at: path)
            where block[member.key] == nil {
                block.append(member.value, forKey: member.key)
            }
            return block
        case .refusal:
            try context.record(.approximated, at: path, "Anthropic has no refusal part; sent as text")
            return ["type": "text", "text": .string(part.refusal ?? "")]
        default:
            try context.record(.dropped, at: path, "Anthropic has no '\(part.type)' content; part not sent")
            return nil
        }
    }

    /// An image URL as an Anthropic image source.
    private static func source(_ url: String, at path: JSONPath, context: TranslationContext) throws(TranslationError)
        -> JSONObject
    {
        if let data = DataURL(url) {
            return ["type": "base64", "media_type": .string(data.mediaType), "data": .string(data.base64)]
        }
        if url.utf8.starts(with: "https://".utf8) || url.utf8.starts(with: "http://".utf8) {
            return ["type": "url", "url": .string(url)]
        }
        throw context.error(.invalidValue, at: path, "Anthropic takes base64 data URLs or http(s) URLs for images")
    }

    /// Anthropic content (a string or blocks) as OpenAI content, for user and tool messages; blocks of kinds OpenAI
    /// cannot carry are reported and left out.
    ///
    /// - Throws: ``TranslationError`` for a block of the wrong shape.
    static func decode(_ content: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> MessageContent
    {
        switch content {
        case .string(let text):
            return .text(text)
        case .array(let blocks):
            var parts: [ContentPart] = []
            for (index, block) in blocks.enumerated() {
                if let part = try decode(block: block, at: path.appending(.index(index)), context: &context) {
                    parts.append(part)
                }
            }
            return .parts(parts)
        default:
            throw .typeMismatch(expected: "string or array of content blocks", found: content, at: path)
        }
    }

    /// One content block as an OpenAI part; `nil` (reported) for blocks OpenAI cannot carry.
    ///
    /// - Throws: ``TranslationError`` for a block of the wrong shape.
    static func decode(block value: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> ContentPart?
    {
        let block = try NativeObject(value, at: path, expected: "content block object")
        let type: String = try block.require("type")
        switch type {
        case "text":
            return ContentPart(
                type: .text, text: try block.require("text"),
                additionalFields: block.members(except: ["type", "text"]))
        case "image":
            guard let source = try block.nested("source") else { throw .missingField("source", at: path) }
            let sourceType: String = try source.require("type")
            let url: String
            switch sourceType {
            case "base64":
                url = DataURL(mediaType: try source.require("media_type"), base64: try source.require("data")).url
            case "url":
                url = try source.require("url")
            default:
                try context.record(.dropped, at: source.path("type"), "OpenAI images have no '\(sourceType)' source")
                return nil
            }
            return ContentPart(
                type: .imageURL, imageURL: ImageURL(url: url),
                additionalFields: block.members(except: ["type", "source"]))
        case "document":
            guard let source = try block.nested("source") else { throw .missingField("source", at: path) }
            let sourceType: String = try source.require("type")
            let file: FileInput
            switch sourceType {
            case "base64":
                let data = DataURL(mediaType: try source.require("media_type"), base64: try source.require("data"))
                file = FileInput(fileData: data.url, filename: try block.decode("title"))
            case "file":
                file = FileInput(fileID: try source.require("file_id"), filename: try block.decode("title"))
            default:
                try context.record(
                    .dropped, at: source.path("type"), "OpenAI file parts have no '\(sourceType)' document source")
                return nil
            }
            return ContentPart(
                type: .file, file: file, additionalFields: block.members(except: ["type", "source", "title"]))
        default:
            try context.record(.dropped, at: path, "OpenAI messages have no '\(type)' content block")
            return nil
        }
    }
}
