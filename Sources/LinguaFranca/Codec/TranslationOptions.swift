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

    /// Creates options.
    public init(policy: Policy = .lenient, providerSettings: [String: String] = [:]) {
        self.policy = policy
        self.providerSettings = providerSettings
    }
}
