/// One token with its log probability, and the most likely alternatives at its position.
public struct TokenLogprob: JSONModel {
    /// The token's text.
    public var token: String
    /// Its log probability, literal kept.
    public var logprob: JSONNumber
    /// Its UTF-8 bytes (a token may hold part of a character).
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
        let object = try json.requireObject("token logprob object")
        var members = MemberDecoder()
        var token: String?
        var logprob: JSONNumber?
        var bytes: [Int]?
        var topLogprobs: [TokenLogprob]?
        for member in object {
            switch member.key {
            case "token": token = try members.decode(member)
            case "logprob": logprob = try members.decode(member)
            case "bytes": bytes = try members.decode(member)
            case "top_logprobs": topLogprobs = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            token: try required(token, "token"), logprob: try required(logprob, "logprob"), bytes: bytes,
            topLogprobs: topLogprobs, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// A token log probability as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("token", token)
        members.encode("logprob", logprob)
        members.encode("bytes", bytes)
        members.encode("top_logprobs", topLogprobs)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension TokenLogprob: JSONField {}
