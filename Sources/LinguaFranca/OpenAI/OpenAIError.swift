/// The `error` object of an OpenAI error body.
public struct OpenAIError: JSONModel {
    /// The human-readable explanation.
    public var message: String
    /// The error class, such as `invalid_request_error`; rate-limit bodies use the limited resource (`tokens`).
    public var type: String?
    /// The request parameter at fault, as an opaque string (`messages[1].content`); written as `null` when absent,
    /// as OpenAI's schema requires.
    public var param: String?
    /// The machine-readable code: a string such as `context_length_exceeded`, sometimes an integer; `nil` when
    /// absent or `null` (written as `null`, as OpenAI's schema requires).
    public var code: JSONValue?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates an error.
    public init(
        message: String, type: String? = nil, param: String? = nil, code: JSONValue? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.additionalFields = additionalFields
    }

    /// Decodes an error.
    ///
    /// - Throws: ``TranslationError`` when `message` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "error object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var message: String?
        var type: String?
        var param: String?
        var code: JSONValue?
        while let key = try members.nextKey() {
            switch key {
            case "message": message = try members.decode()
            case "type": type = try members.decode()
            case "param": param = try members.decode()
            case "code": code = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.message = try members.required(message, "message")
        self.type = type
        self.param = param
        self.code = code
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The error as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("message", message)
        members.encode("type", type)
        members.encodeNullable("param", param)
        members.encodeNullable("code", code)
    }
}

extension OpenAIError: ObjectModel {}
