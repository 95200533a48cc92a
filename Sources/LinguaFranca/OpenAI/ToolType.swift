/// The kind of a tool or tool call (`type`).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct ToolType: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A function the model may call with JSON arguments.
    public static let function: ToolType = "function"

    /// A custom tool taking free-form text input.
    public static let custom: ToolType = "custom"
}

extension ToolType: JSONField {}
