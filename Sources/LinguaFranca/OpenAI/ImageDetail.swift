/// The fidelity requested for an image input (`detail`).
///
/// Open: any string decodes (see ``OpenWireString``).
public struct ImageDetail: OpenWireString {
    /// The value as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The model chooses.
    public static let auto: ImageDetail = "auto"

    /// A low-resolution pass.
    public static let low: ImageDetail = "low"

    /// A high-resolution pass.
    public static let high: ImageDetail = "high"
}

extension ImageDetail: JSONField {}
