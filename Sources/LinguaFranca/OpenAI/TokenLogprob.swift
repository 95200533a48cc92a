/// One token with its log probability, and the most likely alternatives at its position.
public struct TokenLogprob: JSONModel {
    /// The token's text.
    public var token: String
    /// Its log probability, literal kept.
    public var logprob: JSONNumber
    /// Its UTF-8 bytes (a token may hold part of a character); written as `null` when absent, as OpenAI's schema
    /// requires.
    public var bytes: [Int]?
    /// The most likely tokens at this position (absent on those entries themselves).
    public var topLogprobs: [TokenLogprob]?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        token: String, logprob: JSONNumber, bytes: [Int]? = nil, topLogprobs: [TokenLogprob]? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.token = token
        self.logprob = logprob
        self.bytes = bytes
        self.topLogprobs = topLogprobs
        self.additionalFields = additionalFields
    }

    /// Decodes a token log probability.
    ///
    /// - Throws: ``TranslationError`` when `token`, `logprob` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "token logprob object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var token: String?
        var logprob: JSONNumber?
        var bytes: [Int]?
        var topLogprobs: [TokenLogprob]?
        while let key = try members.nextKey() {
            switch key {
            case "token": token = try members.decode()
            case "logprob": logprob = try members.decode()
            case "bytes": bytes = try members.decode()
            case "top_logprobs": topLogprobs = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.token = try members.required(token, "token")
        self.logprob = try members.required(logprob, "logprob")
        self.bytes = bytes
        self.topLogprobs = topLogprobs
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A token log probability as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("token", token)
        members.encode("logprob", logprob)
        members.encodeNullable("bytes", bytes)
        members.encode("top_logprobs", topLogprobs)
    }
}

extension TokenLogprob: ObjectModel {}
