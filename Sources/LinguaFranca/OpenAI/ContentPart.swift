/// One part of a message's `content` array: text, an image, audio, a file or a refusal.
///
/// The payload member that matches ``type`` is set (`text` for `.text`, `imageURL` for `.imageURL`, …);
/// parts of types this model does not name keep their members in ``additionalFields``.
public struct ContentPart: JSONModel {
    /// The part's kind.
    public var type: ContentPartType
    /// The text of a `text` part.
    public var text: String?
    /// The image of an `image_url` part.
    public var imageURL: ImageURL?
    /// The audio of an `input_audio` part.
    public var inputAudio: InputAudio?
    /// The file of a `file` part.
    public var file: FileInput?
    /// The refusal text of a `refusal` part.
    public var refusal: String?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a part.
    public init(
        type: ContentPartType, text: String? = nil, imageURL: ImageURL? = nil, inputAudio: InputAudio? = nil,
        file: FileInput? = nil, refusal: String? = nil, additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.text = text
        self.imageURL = imageURL
        self.inputAudio = inputAudio
        self.file = file
        self.refusal = refusal
        self.additionalFields = additionalFields
    }

    /// A `text` part.
    public static func text(_ text: String) -> ContentPart { ContentPart(type: .text, text: text) }

    /// An `image_url` part.
    public static func image(url: String, detail: ImageDetail? = nil) -> ContentPart {
        ContentPart(type: .imageURL, imageURL: ImageURL(url: url, detail: detail))
    }

    /// Decodes a part.
    ///
    /// - Throws: ``TranslationError`` when `type` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject("content part object")
        var members = MemberDecoder()
        var type: ContentPartType?
        var text: String?
        var imageURL: ImageURL?
        var inputAudio: InputAudio?
        var file: FileInput?
        var refusal: String?
        for member in object {
            switch member.key {
            case "type": type = try members.decode(member)
            case "text": text = try members.decode(member)
            case "image_url": imageURL = try members.decode(member)
            case "input_audio": inputAudio = try members.decode(member)
            case "file": file = try members.decode(member)
            case "refusal": refusal = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            type: try required(type, "type"), text: text, imageURL: imageURL, inputAudio: inputAudio, file: file,
            refusal: refusal, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The part as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("type", type)
        members.encode("text", text)
        members.encode("image_url", imageURL)
        members.encode("input_audio", inputAudio)
        members.encode("file", file)
        members.encode("refusal", refusal)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ContentPart: JSONField {}

/// The image of an `image_url` content part.
public struct ImageURL: JSONModel {
    /// An `http(s)` URL or a `data:` URL with base64 image bytes.
    public var url: String
    /// The requested fidelity.
    public var detail: ImageDetail?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates an image reference.
    public init(url: String, detail: ImageDetail? = nil, additionalFields: JSONObject = [:]) {
        self.url = url
        self.detail = detail
        self.additionalFields = additionalFields
    }

    /// Decodes an image reference.
    ///
    /// - Throws: ``TranslationError`` when `url` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject()
        var members = MemberDecoder()
        var url: String?
        var detail: ImageDetail?
        for member in object {
            switch member.key {
            case "url": url = try members.decode(member)
            case "detail": detail = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(url: try required(url, "url"), detail: detail, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The image reference as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("url", url)
        members.encode("detail", detail)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ImageURL: JSONField {}

/// The audio of an `input_audio` content part.
public struct InputAudio: JSONModel {
    /// Base64-encoded audio bytes.
    public var data: String
    /// The audio format (`wav`, `mp3`, …).
    public var format: String
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates audio input.
    public init(data: String, format: String, additionalFields: JSONObject = [:]) {
        self.data = data
        self.format = format
        self.additionalFields = additionalFields
    }

    /// Decodes audio input.
    ///
    /// - Throws: ``TranslationError`` when `data` or `format` is missing or has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject()
        var members = MemberDecoder()
        var data: String?
        var format: String?
        for member in object {
            switch member.key {
            case "data": data = try members.decode(member)
            case "format": format = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            data: try required(data, "data"), format: try required(format, "format"),
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The audio input as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 2)
        members.encode("data", data)
        members.encode("format", format)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension InputAudio: JSONField {}

/// The file of a `file` content part: an uploaded file's id, or inline data with a file name.
public struct FileInput: JSONModel {
    /// The id of an uploaded file.
    public var fileID: String?
    /// Inline file content, as a `data:` URL or base64.
    public var fileData: String?
    /// The file's name, for inline data.
    public var filename: String?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a file reference.
    public init(
        fileID: String? = nil, fileData: String? = nil, filename: String? = nil, additionalFields: JSONObject = [:]
    ) {
        self.fileID = fileID
        self.fileData = fileData
        self.filename = filename
        self.additionalFields = additionalFields
    }

    /// Decodes a file reference.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        let object = try json.requireObject()
        var members = MemberDecoder()
        var fileID: String?
        var fileData: String?
        var filename: String?
        for member in object {
            switch member.key {
            case "file_id": fileID = try members.decode(member)
            case "file_data": fileData = try members.decode(member)
            case "filename": filename = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(fileID: fileID, fileData: fileData, filename: filename, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The file reference as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 3)
        members.encode("file_id", fileID)
        members.encode("file_data", fileData)
        members.encode("filename", filename)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension FileInput: JSONField {}
