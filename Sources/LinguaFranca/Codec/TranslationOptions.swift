/// How a translation treats losses, and the provider settings it needs.
public struct TranslationOptions: Sendable, Hashable {
    /// What a loss (a dropped, rejected, clamped or approximated value) does.
    public enum Policy: String, Sendable, Hashable, CaseIterable {
        /// Any loss throws ``TranslationError/Code/unsupported`` naming the parameter, provider and model.
        case strict
        /// Losses are applied as the capability table says and recorded in the report.
        case lenient
    }

    /// The loss policy; `.lenient` by default.
    public var policy: Policy
    /// Provider settings by name: `folder_id`, `agent_id`, … (endpoint paths and model URIs use them).
    public var providerSettings: [String: String]
    /// The Unix time written as `created` into OpenAI responses and chunks whose native format has no timestamp;
    /// `nil` means the current time. Set it for reproducible output (tests, log conversion).
    public var created: Int?
    /// The `id` written into OpenAI responses and chunks whose native format has none; `nil` means a fresh random
    /// `chatcmpl-…` id. Set it for reproducible output.
    public var responseID: String?
    /// Whether decoded native streams end with OpenAI's usage-only chunk (`stream_options.include_usage`); on by
    /// default, so that no count is lost. A gateway sets it from its client's request.
    public var streamUsage: Bool

    /// Creates options.
    public init(
        policy: Policy = .lenient, providerSettings: [String: String] = [:], created: Int? = nil,
        responseID: String? = nil, streamUsage: Bool = true
    ) {
        self.policy = policy
        self.providerSettings = providerSettings
        self.created = created
        self.responseID = responseID
        self.streamUsage = streamUsage
    }

    /// ``created``, or the current Unix time when it is `nil`.
    public var createdTimestamp: Int { created ?? UnixTime.now }

    /// ``responseID``, or a fresh `chatcmpl-` id of 24 random letters and digits when it is `nil`.
    public var responseIDValue: String {
        if let responseID { return responseID }
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        let suffix = (0..<24).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] }
        return "chatcmpl-" + String(decoding: suffix, as: UTF8.self)
    }
}
