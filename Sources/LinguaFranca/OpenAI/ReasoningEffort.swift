/// How much a reasoning model should think (`reasoning_effort`).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct ReasoningEffort: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// No reasoning, on models that allow it.
    public static let none: ReasoningEffort = "none"

    /// As little reasoning as possible.
    public static let minimal: ReasoningEffort = "minimal"

    /// Little reasoning.
    public static let low: ReasoningEffort = "low"

    /// The default on most reasoning models.
    public static let medium: ReasoningEffort = "medium"

    /// More reasoning.
    public static let high: ReasoningEffort = "high"

    /// The most reasoning, on models that allow it.
    public static let xhigh: ReasoningEffort = "xhigh"
}

extension ReasoningEffort: JSONField {}
