/// The name of a provider, as `Mappings/<id>.json` and the CLI spell it (`openai`, `anthropic`, …).
public struct ProviderID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The identifier.
    public var rawValue: String

    /// Creates an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from a literal.
    public init(stringLiteral value: String) { rawValue = value }

    /// The identifier.
    public var description: String { rawValue }

    /// The OpenAI API, the hub every translation goes through.
    public static let openAI: ProviderID = "openai"
}
