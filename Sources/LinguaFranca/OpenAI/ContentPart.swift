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
        try self.init(tree: json)
    }

    static let objectName = "content part object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var type: ContentPartType?
        var text: String?
        var imageURL: ImageURL?
        var inputAudio: InputAudio?
        var file: FileInput?
        var refusal: String?
        while let key = try members.nextKey() {
            switch key {
            case "type": type = try members.decode()
            case "text": text = try members.decode()
            case "image_url": imageURL = try members.decode()
            case "input_audio": inputAudio = try members.decode()
            case "file": file = try members.decode()
            case "refusal": refusal = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.type = try members.required(type, "type")
        self.text = text
        self.imageURL = imageURL
        self.inputAudio = inputAudio
        self.file = file
        self.refusal = refusal
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The part as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("type", type)
        members.encode("text", text)
        members.encode("image_url", imageURL)
        members.encode("input_audio", inputAudio)
        members.encode("file", file)
        members.encode("refusal", refusal)
    }
}

extension ContentPart: ObjectModel {}

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
        try self.init(tree: json)
    }

    static let objectName = "object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var url: String?
        var detail: ImageDetail?
        while let key = try members.nextKey() {
            switch key {
            case "url": url = try members.decode()
            case "detail": detail = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.url = try members.required(url, "url")
        self.detail = detail
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The image reference as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("url", url)
        members.encode("detail", detail)
    }
}

extension ImageURL: ObjectModel {}

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
        try self.init(tree: json)
    }

    static let objectName = "object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var data: String?
        var format: String?
        while let key = try members.nextKey() {
            switch key {
            case "data": data = try members.decode()
            case "format": format = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.data = try members.required(data, "data")
        self.format = try members.required(format, "format")
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The audio input as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("data", data)
        members.encode("format", format)
    }
}

extension InputAudio: ObjectModel {}

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
        try self.init(tree: json)
    }

    static let objectName = "object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var fileID: String?
        var fileData: String?
        var filename: String?
        while let key = try members.nextKey() {
            switch key {
            case "file_id": fileID = try members.decode()
            case "file_data": fileData = try members.decode()
            case "filename": filename = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.fileID = fileID
        self.fileData = fileData
        self.filename = filename
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The file reference as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("file_id", fileID)
        members.encode("file_data", fileData)
        members.encode("filename", filename)
    }
}

extension FileInput: ObjectModel {}
