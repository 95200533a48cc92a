/// The author of a chat message (`role`).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct Role: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Instructions from the application (older models).
    public static let system: Role = "system"

    /// Instructions from the application (newer models).
    public static let developer: Role = "developer"

    /// The end user.
    public static let user: Role = "user"

    /// The model.
    public static let assistant: Role = "assistant"

    /// A tool's result, answering an assistant tool call.
    public static let tool: Role = "tool"

    /// A legacy function result (deprecated in favour of `tool`).
    public static let function: Role = "function"
}

extension Role: JSONField {}
