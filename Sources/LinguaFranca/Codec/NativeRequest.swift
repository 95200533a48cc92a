/// A request ready for a provider: method, path (from the endpoint template), the headers the provider requires,
/// and the JSON body. Authentication is the caller's: ``CapabilityTable/auth`` names the header.
public struct NativeRequest: Sendable, Hashable {
    /// `GET` or `POST`.
    public var method: String
    /// The path, placeholders filled in.
    public var path: String
    /// The provider's required headers, in order (such as a version header).
    public var headers: [HTTPHeader]
    /// The body.
    public var body: JSONValue

    /// Creates a request.
    public init(method: String, path: String, headers: [HTTPHeader] = [], body: JSONValue) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The body as compact JSON bytes.
    public func bodyBytes(writer: JSONWriter = JSONWriter()) -> [UInt8] {
        writer.write(body)
    }
}
