/// An OpenAI error response body: `{"error": {"message": …, "type": …, "param": …, "code": …}}`.
public struct OpenAIErrorBody: JSONModel {
    /// The error.
    public var error: OpenAIError
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates an error body.
    public init(error: OpenAIError, additionalFields: JSONObject = [:]) {
        self.error = error
        self.additionalFields = additionalFields
    }

    /// Decodes an error body.
    ///
    /// - Throws: ``TranslationError`` when `error` is missing or is not a valid error object.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "error body object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var error: OpenAIError?
        while let key = try members.nextKey() {
            switch key {
            case "error": error = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.error = try members.required(error, "error")
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The error body as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("error", error)
    }
}

extension OpenAIErrorBody: ObjectModel {}
