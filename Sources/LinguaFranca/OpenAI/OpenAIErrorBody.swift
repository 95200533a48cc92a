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
        let object = try json.requireObject("error body object")
        var members = MemberDecoder()
        var error: OpenAIError?
        for member in object {
            switch member.key {
            case "error": error = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(error: try required(error, "error"), additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// The error body as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 1)
        members.encode("error", error)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension OpenAIErrorBody: JSONField {}
