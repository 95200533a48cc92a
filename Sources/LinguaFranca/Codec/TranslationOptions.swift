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
    /// Whether decoded native streams end with OpenAI's usage-only chunk (`stream_options.include_usage`); on by
    /// default, so that no count is lost. A gateway sets it from its client's request.
    public var streamUsage: Bool

    /// Creates options.
    public init(
        policy: Policy = .lenient, providerSettings: [String: String] = [:], created: Int? = nil,
        streamUsage: Bool = true
    ) {
        self.policy = policy
        self.providerSettings = providerSettings
        self.created = created
        self.streamUsage = streamUsage
    }

    /// ``created``, or the current Unix time when it is `nil`.
    public var createdTimestamp: Int { created ?? UnixTime.now }
}
