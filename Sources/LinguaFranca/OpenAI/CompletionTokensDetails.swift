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
        let object = try json.requireObject("completion tokens details object")
        var members = MemberDecoder()
        var reasoningTokens: Int?
        var audioTokens: Int?
        var acceptedPredictionTokens: Int?
        var rejectedPredictionTokens: Int?
        for member in object {
            switch member.key {
            case "reasoning_tokens": reasoningTokens = try members.decode(member)
            case "audio_tokens": audioTokens = try members.decode(member)
            case "accepted_prediction_tokens": acceptedPredictionTokens = try members.decode(member)
            case "rejected_prediction_tokens": rejectedPredictionTokens = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            reasoningTokens: reasoningTokens, audioTokens: audioTokens,
            acceptedPredictionTokens: acceptedPredictionTokens, rejectedPredictionTokens: rejectedPredictionTokens,
            additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// Completion token details as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 4)
        members.encode("reasoning_tokens", reasoningTokens)
        members.encode("audio_tokens", audioTokens)
        members.encode("accepted_prediction_tokens", acceptedPredictionTokens)
        members.encode("rejected_prediction_tokens", rejectedPredictionTokens)
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension CompletionTokensDetails: JSONField {}
