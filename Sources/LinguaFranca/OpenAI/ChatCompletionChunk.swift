/// One streamed piece of a chat completions response (`chat.completion.chunk`).
public struct ChatCompletionChunk: JSONModel {
    /// The completion's id, the same in every chunk.
    public var id: String
    /// The object type, `chat.completion.chunk` (assumed when a sender omits it).
    public var object: String
    /// Creation time, in Unix seconds.
    public var created: Int
    /// The model that answers.
    public var model: String
    /// The backend configuration fingerprint.
    public var systemFingerprint: String?
    /// The processing tier used.
    public var serviceTier: String?
    /// The choices this chunk advances; empty in the final usage-only chunk.
    public var choices: [ChatCompletionChunkChoice]
    /// Usage of the whole request, in the final chunk when `stream_options.include_usage` is set.
    public var usage: Usage? {
        get { boxedUsage?.value }
        set { boxedUsage = newValue.map(Boxed.init) }
    }
    private var boxedUsage: Boxed<Usage>?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        id: String, object: String = "chat.completion.chunk", created: Int, model: String,
        systemFingerprint: String? = nil, serviceTier: String? = nil, choices: [ChatCompletionChunkChoice],
        usage: Usage? = nil, additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.systemFingerprint = systemFingerprint
        self.serviceTier = serviceTier
        self.choices = choices
        boxedUsage = usage.map(Boxed.init)
        self.additionalFields = additionalFields
    }

    /// Decodes a chunk.
    ///
    /// - Throws: ``TranslationError`` when `id`, `object`, `created`, `model`, `choices` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "chunk object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var id: String?
        var object: String?
        var created: Int?
        var model: String?
        var systemFingerprint: String?
        var serviceTier: String?
        var choices: [ChatCompletionChunkChoice]?
        var usage: Usage?
        while let key = try members.nextKey() {
            switch key {
            case "id": id = try members.decode()
            case "object": object = try members.decode()
            case "created": created = try members.decode()
            case "model": model = try members.decode()
            case "system_fingerprint": systemFingerprint = try members.decode()
            case "service_tier": serviceTier = try members.decode()
            case "choices": choices = try members.decode()
            case "usage": usage = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.id = try members.required(id, "id")
        self.object = object ?? "chat.completion.chunk"
        self.created = try members.required(created, "created")
        self.model = try members.required(model, "model")
        self.systemFingerprint = systemFingerprint
        self.serviceTier = serviceTier
        self.choices = try members.required(choices, "choices")
        boxedUsage = usage.map(Boxed.init)
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A chunk as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("id", id)
        members.encode("object", object)
        members.encode("created", created)
        members.encode("model", model)
        members.encode("service_tier", serviceTier)
        members.encode("system_fingerprint", systemFingerprint)
        members.encode("choices", choices)
        members.encode("usage", usage)
    }
}

extension ChatCompletionChunk: ObjectModel {}
