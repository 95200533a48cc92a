/// An API operation a provider may offer.
public enum APIOperation: String, Sendable, Hashable, CaseIterable {
    /// Chat completions.
    case chat
    /// Embeddings.
    case embeddings
    /// Legacy text completions.
    case completions
    /// The model list.
    case models
}

/// How to call one operation: method, path template, required headers and stream framing.
public struct Endpoint: Sendable, Hashable {
    /// How a provider frames a stream.
    public struct Stream: Sendable, Hashable {
        /// The framing of stream bytes.
        public enum Framing: String, Sendable, Hashable, CaseIterable {
            /// Server-Sent Events with data lines only.
            case sse
            /// Server-Sent Events with `event:` names.
            case sseNamed = "sse-named"
            /// One JSON document per line.
            case ndjson
            /// One JSON array arriving in pieces.
            case jsonArray = "json-array"
        }

        /// Whether each event carries new text or all the text so far.
        public enum Text: String, Sendable, Hashable, CaseIterable {
            /// New text only (OpenAI).
            case delta
            /// All text so far.
            case cumulative
        }

        /// The framing.
        public var framing: Framing
        /// Delta or cumulative text.
        public var text: Text
        /// The data of the end-of-stream event (`[DONE]`), if the provider sends one.
        public var end: String?
        /// The path template for streaming requests, when the provider streams at another path; `nil` when the
        /// endpoint's own path streams too.
        public var path: String?

        /// Creates a stream description.
        public init(framing: Framing, text: Text = .delta, end: String? = nil, path: String? = nil) {
            self.framing = framing
            self.text = text
            self.end = end
            self.path = path
        }
    }

    /// `GET` or `POST`.
    public var method: String
    /// The path template: `{model}` is the request's model, other `{name}`s are provider settings.
    public var path: String
    /// Headers the provider requires, in order.
    public var headers: [HTTPHeader]
    /// The stream framing, for operations that stream.
    public var stream: Stream?

    /// Creates an endpoint.
    public init(method: String, path: String, headers: [HTTPHeader] = [], stream: Stream? = nil) {
        self.method = method
        self.path = path
        self.headers = headers
        self.stream = stream
    }

    /// The path with `{model}` and `{setting}` placeholders filled in; `streaming` picks the stream path when the
    /// endpoint has one.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` naming a placeholder that has no value.
    public func resolvedPath(model: String, settings: [String: String], streaming: Bool = false)
        throws(TranslationError) -> String
    {
        let path = streaming ? stream?.path ?? self.path : self.path
        var template = path
        var missing = ""
        // Assembled as bytes: slicing and appending strings costs several times more.
        let resolved: String? = template.withUTF8 { template in
            guard template.contains(UInt8(ascii: "{")) else { return path }
            var result: [UInt8] = []
            result.reserveCapacity(template.count + model.utf8.count)
            var start = 0
            while let open = template[start...].firstIndex(of: UInt8(ascii: "{")),
                let close = template[open...].firstIndex(of: UInt8(ascii: "}"))
            {
                result.append(contentsOf: template[start..<open])
                let name = String(decoding: template[(open + 1)..<close], as: UTF8.self)
                guard let value = name == "model" ? model : settings[name] else {
                    missing = name
                    return nil
                }
                result.append(contentsOf: value.utf8)
                start = close + 1
            }
            result.append(contentsOf: template[start...])
            return String(decoding: result, as: UTF8.self)
        }
        guard let resolved else {
            throw TranslationError(
                code: .missingField,
                message:
                    "the endpoint path \(path) needs the provider setting '\(missing)' (for example --option "
                    + "\(missing)=…)")
        }
        return resolved
    }
}
