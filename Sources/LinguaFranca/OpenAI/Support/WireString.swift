/// A string that a wire format extends freely — a role, a finish reason, a part type: any value decodes, and
/// the known ones are static constants on the conforming type. An unknown value is data, not a decoding failure.
public protocol OpenWireString: RawRepresentable<String>, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// Creates a value from its wire spelling.
    init(rawValue: String)
}

extension OpenWireString {
    /// Creates a value from a literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The wire spelling.
    public var description: String { rawValue }

    init(json: JSONValue) throws(TranslationError) {
        guard case .string(let string) = json else { throw .typeMismatch(expected: "string", found: json) }
        self.init(rawValue: string)
    }

    var json: JSONValue { .string(rawValue) }
}

extension OpenWireString where Self: JSONField {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        self.init(rawValue: try scanner.readString())
    }

    func write(to output: inout JSONOutput) { output.write(rawValue) }
}
