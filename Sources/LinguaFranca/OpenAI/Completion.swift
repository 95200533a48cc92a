/// A response body of the legacy text completions endpoint (`text_completion`); streamed chunks have the same
/// shape and decode to this type too.
public struct Completion: JSONModel {
    /// The completion's id; every chunk of one stream carries the same id.
    public var id: String
    /// The object type, `text_completion`.
    public var object: String
    /// The creation time, in Unix seconds.
    public var created: Int
    /// The model that answered.
    public var model: String
    /// The generated choices.
    public var choices: [CompletionChoice]
    /// The token counts; absent from most streamed chunks.
    public var usage: Usage?
    /// The backend configuration fingerprint.
    public var systemFingerprint: String?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a completion.
    public init(
        id: String, object: String = "text_completion", created: Int, model: String, choices: [CompletionChoice],
        usage: Usage? = nil, systemFingerprint: String? = nil, additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.systemFingerprint = systemFingerprint
        self.additionalFields = additionalFields
    }

    /// Decodes a completion or a streamed chunk; an absent `object` is taken as `text_completion`.
    ///
    /// - Throws: ``TranslationError`` when `id`, `created`, `model` or `choices` is missing or a member has the
    ///   wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "completion object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var id: String?
        var objectType: String?
        var created: Int?
        var model: String?
        var choices: [CompletionChoice]?
        var usage: Usage?
        var systemFingerprint: String?
        while let key = try members.nextKey() {
            switch key {
            case "id": id = try members.decode()
            case "object": objectType = try members.decode()
            case "created": created = try members.decode()
            case "model": model = try members.decode()
            case "choices": choices = try members.decode()
            case "usage": usage = try members.decode()
            case "system_fingerprint": systemFingerprint = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.id = try members.required(id, "id")
        self.object = objectType ?? "text_completion"
        self.created = try members.required(created, "created")
        self.model = try members.required(model, "model")
        self.choices = try members.required(choices, "choices")
        self.usage = usage
        self.systemFingerprint = systemFingerprint
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The completion as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("id", id)
        members.encode("object", object)
        members.encode("created", created)
        members.encode("model", model)
        members.encode("choices", choices)
        members.encode("usage", usage)
        members.encode("system_fingerprint", systemFingerprint)
    }
}

extension Completion: ObjectModel {}
