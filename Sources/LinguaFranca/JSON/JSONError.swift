/// Why a byte sequence is not acceptable JSON, and where.
public struct JSONError: Error, Hashable, Sendable {
    /// What kind of problem the reader met. New codes may be added; switch with a `default`.
    public struct Code: RawRepresentable, Hashable, Sendable {
        /// The code's stable name, as the JSON form of reports and the CLI print it.
        public var rawValue: String

        /// Creates a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input holds no value (nothing, whitespace only, or a byte order mark only).
        public static let emptyInput = Code(rawValue: "empty_input")
        /// The input ends inside a value.
        public static let unexpectedEndOfInput = Code(rawValue: "unexpected_end_of_input")
        /// A byte that the grammar does not allow at this place.
        public static let unexpectedByte = Code(rawValue: "unexpected_byte")
        /// A number that breaks the RFC 8259 number grammar (leading zero, missing digits, `+1`).
        public static let invalidNumber = Code(rawValue: "invalid_number")
        /// A backslash followed by something other than `" \ / b f n r t u`.
        public static let invalidEscape = Code(rawValue: "invalid_escape")
        /// A `\u` escape without four hexadecimal digits.
        public static let invalidUnicodeEscape = Code(rawValue: "invalid_unicode_escape")
        /// A `\u` escape for an unpaired surrogate, when ``JSONReader/Options/LoneSurrogates/reject`` is set.
        public static let loneSurrogate = Code(rawValue: "lone_surrogate")
        /// Bytes that are not well-formed UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalid_utf8")
        /// A byte below 0x20 inside a string; RFC 8259 requires it to be escaped.
        public static let unescapedControlCharacter = Code(rawValue: "unescaped_control_character")
        /// Something other than whitespace after the complete value.
        public static let trailingContent = Code(rawValue: "trailing_content")
        /// Nesting deeper than ``JSONLimits/maxDepth``.
        public static let depthLimitExceeded = Code(rawValue: "depth_limit_exceeded")
        /// A document larger than ``JSONLimits/maxDocumentBytes``.
        public static let documentTooLarge = Code(rawValue: "document_too_large")
        /// A string longer than ``JSONLimits/maxStringBytes``.
        public static let stringTooLong = Code(rawValue: "string_too_long")
        /// A key repeated in one object, when ``JSONReader/Options/DuplicateKeys/reject`` is set.
        public static let duplicateKey = Code(rawValue: "duplicate_key")
        /// A leading byte order mark, when ``JSONReader/Options/ByteOrderMark/reject`` is set.
        public static let byteOrderMark = Code(rawValue: "byte_order_mark")
    }

    /// What went wrong.
    public var code: Code
    /// The zero-based offset of the offending byte in the input.
    public var byteOffset: Int
    /// The one-based line of the offending byte (lines end at LF, CRLF or CR).
    public var line: Int
    /// The one-based column of the offending byte, counted in Unicode scalars from the start of its line.
    public var column: Int
    /// The path of the value being read, such as `messages[3].content`; empty at the top level.
    public var path: JSONPath
    /// A one-line human explanation.
    public var message: String

    /// Creates an error.
    public init(code: Code, byteOffset: Int, line: Int, column: Int, path: JSONPath, message: String) {
        self.code = code
        self.byteOffset = byteOffset
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }
}

extension JSONError: CustomStringConvertible {
    /// One line: position, path and explanation, e.g.
    /// `line 3, column 14 (byte 52), at messages[1].content: expected ',' or '}'`.
    public var description: String {
        let place = path.components.isEmpty ? "" : ", at \(path)"
        return "line \(line), column \(column) (byte \(byteOffset))\(place): \(message)"
    }
}
