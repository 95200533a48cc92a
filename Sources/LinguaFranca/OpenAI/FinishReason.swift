/// Why the model stopped generating (`finish_reason`).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct FinishReason: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A natural stop or a stop sequence.
    public static let stop: FinishReason = "stop"

    /// The token limit was reached.
    public static let length: FinishReason = "length"

    /// The model called tools.
    public static let toolCalls: FinishReason = "tool_calls"

    /// Content was withheld by a filter.
    public static let contentFilter: FinishReason = "content_filter"

    /// The model called a legacy function (deprecated).
    public static let functionCall: FinishReason = "function_call"
}

extension FinishReason: JSONField {}
