/// A chat completions response (`chat.completion`).
public struct ChatCompletion: JSONModel {
    /// The completion's id.
    public var id: String
    /// The object type, `chat.completion` (assumed when a sender omits it).
    public var object: String
    /// Creation time, in Unix seconds.
    public var created: Int
    /// The model that answered.
    public var model: String
    /// The generated choices.
    public var choices: [ChatCompletionChoice]
    /// Token usage.
    public var usage: Usage?
    /// The processing tier used.
    public var serviceTier: String?
    /// The backend configuration fingerprint.
    public var systemFingerprint: String?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        id: String, object: String = "chat.completion", created: Int, model: String, choices: [ChatCompletionChoice],
        usage: Usage? = nil, serviceTier: String? = nil, systemFingerprint: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.serviceTier = serviceTier
        self.systemFingerprint = systemFingerprint
        self.additionalFields = additionalFields
    }

    /// Decodes a response.
    ///
    /// - Throws: ``TranslationError`` when `id`, `object`, `created`, `model`, `choices` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "response object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var id: String?
        var object: String?
        var created: Int?
        var model: String?
        var choices: [ChatCompletionChoice]?
        var usage: Usage?
        var serviceTier: String?
        var systemFingerprint: String?
        while let key = try members.nextKey() {
            switch key {
            case "id": id = try members.decode()
            case "object": object = try members.decode()
            case "created": created = try members.decode()
            case "model": model = try members.decode()
            case "choices": choices = try members.decode()
            case "usage": usage = try members.decode()
            case "service_tier": serviceTier = try members.decode()
            case "system_fingerprint": systemFingerprint = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.id = try members.required(id, "id")
        self.object = object ?? "chat.completion"
        self.created = try members.required(created, "created")
        self.model = try members.required(model, "model")
        self.choices = try members.required(choices, "choices")
        self.usage = usage
        self.serviceTier = serviceTier
        self.systemFingerprint = systemFingerprint
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A response as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("id", id)
        members.encode("object", object)
        members.encode("created", created)
        members.encode("model", model)
        members.encode("choices", choices)
        members.encode("usage", usage)
        members.encode("service_tier", serviceTier)
        members.encode("system_fingerprint", systemFingerprint)
    }
}

extension ChatCompletion: ObjectModel {}
