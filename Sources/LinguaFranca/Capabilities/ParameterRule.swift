/// What a provider does with one OpenAI parameter: pass it, rename it, drop it or reject it, with optional value
/// map, clamp, type conversion, default and requirement (see `Mappings/SCHEMA.md`).
public struct ParameterRule: Sendable, Hashable {
    /// The rule's main effect.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// Send the parameter (after the modifiers).
        case pass
        /// Send it under another name, possibly nested (`completionOptions.maxTokens`).
        case rename
        /// Do not send it; the provider has no equivalent. A loss: reported, or an error under `.strict`.
        case drop
        /// Do not send it; the provider refuses it. A loss: reported, or an error under `.strict`.
        case reject
    }

    /// A change of JSON type on the way to the provider.
    public enum Conversion: String, Sendable, Hashable, CaseIterable {
        /// `500` → `"500"`.
        case numberToString = "number-to-string"
        /// `"500"` → `500`.
        case stringToNumber = "string-to-number"
        /// `"stop"` → `["stop"]`.
        case stringToArray = "string-to-array"
        /// `["stop"]` → `"stop"` (several elements cannot be carried: a loss).
        case arrayToString = "array-to-string"
        /// `1.5` → `1500`.
        case secondsToMilliseconds = "seconds-to-milliseconds"
        /// `1500` → `1.5`.
        case millisecondsToSeconds = "milliseconds-to-seconds"
    }

    /// Bounds for numeric values; either may be absent.
    public struct Clamp: Sendable, Hashable {
        /// The smallest value sent.
        public var min: JSONNumber?
        /// The largest value sent.
        public var max: JSONNumber?

        /// Creates bounds.
        public init(min: JSONNumber? = nil, max: JSONNumber? = nil) {
            self.min = min
            self.max = max
        }
    }

    /// The main effect.
    public var action: Action
    /// The native name for `.rename`, dotted for nesting.
    public var target: String?
    /// Why the parameter is dropped or rejected, for reports and errors.
    public var reason: String?
    /// Values that escape a drop or reject and pass unchanged (such as a default the provider accepts).
    public var keep: [JSONValue]
    /// Bounds for numeric values.
    public var clamp: Clamp?
    /// A type conversion.
    public var conversion: Conversion?
    /// A map from OpenAI string values to native values; an unmapped value counts as rejected.
    public var values: [String: JSONValue]?
    /// The value sent when the request has none.
    public var defaultValue: JSONValue?
    /// Whether the parameter must be present (after the default).
    public var isRequired: Bool

    /// Creates a rule.
    public init(
        action: Action = .pass, target: String? = nil, reason: String? = nil, keep: [JSONValue] = [],
        clamp: Clamp? = nil, conversion: Conversion? = nil, values: [String: JSONValue]? = nil,
        defaultValue: JSONValue? = nil, isRequired: Bool = false
    ) {
        self.action = action
        self.target = target
        self.reason = reason
        self.keep = keep
        self.clamp = clamp
        self.conversion = conversion
        self.values = values
        self.defaultValue = defaultValue
        self.isRequired = isRequired
    }

    /// A short human summary: `rename → max_completion_tokens, clamp [0, 1]`.
    public var summary: String {
        var parts: [String] = [action == .rename ? "rename → \(target ?? "?")" : action.rawValue]
        if let reason { parts[0] += " (\(reason))" }
        if !keep.isEmpty { parts.append("except \(keep.map(\.description).joined(separator: ", "))") }
        if let values { parts.append("values \(values.keys.sorted().joined(separator: "/"))") }
        if let clamp { parts.append("clamp [\(clamp.min?.literal ?? "-∞"), \(clamp.max?.literal ?? "∞")]") }
        if let conversion { parts.append(conversion.rawValue) }
        if let defaultValue { parts.append("default \(defaultValue)") }
        if isRequired { parts.append("required") }
        return parts.joined(separator: ", ")
    }
}
