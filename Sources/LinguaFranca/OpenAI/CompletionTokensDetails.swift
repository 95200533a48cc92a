/// A breakdown of completion tokens.
public struct CompletionTokensDetails: JSONModel {
    /// Tokens spent on reasoning.
    public var reasoningTokens: Int?
    /// Audio output tokens.
    public var audioTokens: Int?
    /// Predicted tokens that appeared in the output.
    public var acceptedPredictionTokens: Int?
    /// Predicted tokens that did not (still billed).
    public var rejectedPredictionTokens: Int?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        reasoningTokens: Int? = nil, audioTokens: Int? = nil, acceptedPredictionTokens: Int? = nil,
        rejectedPredictionTokens: Int? = nil, additionalFields: JSONObject = [:]
    ) {
        self.reasoningTokens = reasoningTokens
        self.audioTokens = audioTokens
        self.acceptedPredictionTokens = acceptedPredictionTokens
        self.rejectedPredictionTokens = rejectedPredictionTokens
        self.additionalFields = additionalFields
    }

    /// Decodes completion token details.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "completion tokens details object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var reasoningTokens: Int?
        var audioTokens: Int?
        var acceptedPredictionTokens: Int?
        var rejectedPredictionTokens: Int?
        while let key = try members.nextKey() {
            switch key {
            case "reasoning_tokens": reasoningTokens = try members.decode()
            case "audio_tokens": audioTokens = try members.decode()
            case "accepted_prediction_tokens": acceptedPredictionTokens = try members.decode()
            case "rejected_prediction_tokens": rejectedPredictionTokens = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.reasoningTokens = reasoningTokens
        self.audioTokens = audioTokens
        self.acceptedPredictionTokens = acceptedPredictionTokens
        self.rejectedPredictionTokens = rejectedPredictionTokens
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// Completion token details as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("reasoning_tokens", reasoningTokens)
        members.encode("audio_tokens", audioTokens)
        members.encode("accepted_prediction_tokens", acceptedPredictionTokens)
        members.encode("rejected_prediction_tokens", rejectedPredictionTokens)
    }
}

extension CompletionTokensDetails: ObjectModel {}
