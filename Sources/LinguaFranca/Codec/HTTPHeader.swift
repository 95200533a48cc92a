/// One HTTP header: a provider's required header in a capability table, or one to send with a native request.
public struct HTTPHeader: Sendable, Hashable {
    /// The header name.
    public var name: String
    /// The header value.
    public var value: String

    /// Creates a header.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
