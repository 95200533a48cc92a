/// Why a document could not be translated, and where: provider, direction and JSON path.
///
/// Every failure reachable from input is one of these; nothing in the library traps on input.
public struct TranslationError: Error, Hashable, Sendable {
    /// What kind of failure. Open: new codes may be added; switch with a `default`.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's stable name.
        public var rawValue: String

        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code's name.
        public var description: String { rawValue }

        /// The bytes are not acceptable JSON (see ``TranslationError/jsonError``).
        public static let malformedJSON = Code(rawValue: "malformed_json")
        /// A value has the wrong JSON type (a string where an object belongs).
        public static let typeMismatch = Code(rawValue: "type_mismatch")
        /// A required member is absent.
        public static let missingField = Code(rawValue: "missing_field")
        /// A value has the right type but an unacceptable content (an integer out of range, bad base64).
        public static let invalidValue = Code(rawValue: "invalid_value")
        /// The target cannot carry something the source holds, and the policy forbids losing it.
        public static let unsupported = Code(rawValue: "unsupported")
        /// A limit was exceeded (size, depth, count).
        public static let limitExceeded = Code(rawValue: "limit_exceeded")
        /// A stream ended before its end marker.
        public static let truncatedStream = Code(rawValue: "truncated_stream")
        /// The provider answered with an error body.
        public static let providerError = Code(rawValue: "provider_error")
        /// A parent message id names no conversation the thread store knows.
        public static let threadNotFound = Code(rawValue: "thread_not_found")
    }

    /// What went wrong.
    public var code: Code
    /// The provider whose document was being translated, when known.
    public var provider: ProviderID?
    /// The direction and document kind, when known.
    public var direction: TranslationDirection?
    /// Where in the document: `messages[3].content[0].image_url`; empty for the document itself.
    public var path: JSONPath
    /// A one-line human explanation.
    public var message: String
    /// The reader's error, with byte offset, line and column, when the bytes were not acceptable JSON.
    public var jsonError: JSONError?
    /// Where in a stream the failure happened, for stream and JSON Lines input.
    public var streamPosition: StreamPosition?
    /// The error body the provider sent, when the failure is the provider's own error (``Code/providerError``).
    public var providerErrorBody: JSONValue?

    /// A place in a byte stream: which event (or line) and the byte offset where it starts.
    public struct StreamPosition: Hashable, Sendable, CustomStringConvertible {
        /// The zero-based number of the event (SSE), line (JSON Lines) or element (JSON array stream).
        public var index: Int
        /// The zero-based offset in the stream of the event's, line's or element's first byte.
        public var byteOffset: Int
        /// What `index` counts: "event", "line" or "element".
        public var unit: String

        /// Creates a position.
        public init(index: Int, byteOffset: Int, unit: String) {
            self.index = index
            self.byteOffset = byteOffset
            self.unit = unit
        }

        /// "event 3 at byte 120"; lines are numbered from 1 in the text ("line 4 at byte 90").
        public var description: String {
            "\(unit) \(unit == "line" ? index + 1 : index) at byte \(byteOffset)"
        }
    }

    /// Creates an error.
    public init(
        code: Code, message: String, path: JSONPath = .root, provider: ProviderID? = nil,
        direction: TranslationDirection? = nil, jsonError: JSONError? = nil
    ) {
        self.code = code
        self.message = message
        self.path = path
        self.provider = provider
        self.direction = direction
        self.jsonError = jsonError
    }

    /// Wraps a reader error.
    public init(_ jsonError: JSONError, provider: ProviderID? = nil, direction: TranslationDirection? = nil) {
        self.init(
            code: jsonError.code == .depthLimitExceeded || jsonError.code == .documentTooLarge
                || jsonError.code == .stringTooLong ? .limitExceeded : .malformedJSON,
            message: jsonError.message, path: jsonError.path, provider: provider, direction: direction,
            jsonError: jsonError)
    }

    /// A value of the wrong JSON type.
    public static func typeMismatch(expected: String, found value: JSONValue, at path: JSONPath = .root) -> Self {
        TranslationError(code: .typeMismatch, message: "expected \(expected), found \(value.kindName)", path: path)
    }

    /// An absent required member.
    public static func missingField(_ key: String, at path: JSONPath = .root) -> Self {
        TranslationError(
            code: .missingField, message: "the required member '\(key)' is missing", path: path)
    }

    /// This error placed at `position` in a stream (kept when already placed).
    public func at(_ position: StreamPosition) -> Self {
        var copy = self
        if copy.streamPosition == nil { copy.streamPosition = position }
        return copy
    }

    /// This error with `component` put before its path, as it travels up through enclosing values.
    public func prefixed(by component: JSONPath.Component) -> Self {
        var copy = self
        copy.path = path.prefixed(by: component)
        return copy
    }

    /// This error with the provider and direction filled in where they are still unknown.
    public func attributed(to provider: ProviderID, _ direction: TranslationDirection) -> Self {
        var copy = self
        if copy.provider == nil { copy.provider = provider }
        if copy.direction == nil { copy.direction = direction }
        return copy
    }
}

extension TranslationError: CustomStringConvertible {
    /// One line: `openai decode chat request: at messages[3].content: expected array or string, found number`;
    /// JSON syntax errors add line, column and byte offset.
    public var description: String {
        var text = ""
        if let provider { text += provider.rawValue }
        if let direction { text += (text.isEmpty ? "" : " ") + direction.description }
        if let streamPosition { text += (text.isEmpty ? "" : ", ") + streamPosition.description }
        if !text.isEmpty { text += ": " }
        if let jsonError {
            text += "invalid JSON at " + jsonError.description
        } else {
            if !path.components.isEmpty { text += "at \(path): " }
            text += message
        }
        return text
    }
}
