/// Writes a ``JSONValue`` as UTF-8 JSON text.
///
/// Output is compact by default: no whitespace, members in the object's order, numbers as their literal.
/// Strings are written as UTF-8 with exactly the escapes RFC 8259 requires — `\"`, `\\`, and bytes below 0x20
/// (as `\b \f \n \r \t`, else `\u00XX` in lowercase hex) — so text read from the wire is copied through in
/// bulk, not re-escaped. U+2028 and U+2029 are written raw unless ``Options/escapeLineSeparators`` is set
/// (for output that will be embedded in JavaScript source).
public struct JSONWriter: Sendable {
    /// Output choices.
    public struct Options: Sendable, Hashable {
        /// Whether U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are written as `\u2028`/`\u2029`.
        public var escapeLineSeparators: Bool
        /// Whether to write newlines and two-space indentation, with `": "` after keys.
        public var prettyPrinted: Bool

        /// Creates options; the defaults produce compact output.
        public init(escapeLineSeparators: Bool = false, prettyPrinted: Bool = false) {
            self.escapeLineSeparators = escapeLineSeparators
            self.prettyPrinted = prettyPrinted
        }
    }

    /// The output choices.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Returns `value` as JSON text.
    public func write(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(value, into: &output)
        return output
    }

    /// Appends `value` as JSON text to `output`.
    public func write(_ value: JSONValue, into output: inout [UInt8]) {
        if options.prettyPrinted {
            writePretty(value, indent: 0, into: &output)
        } else {
            writeCompact(value, into: &output)
        }
    }

    private func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &output)
        case .bool(let flag): append(flag ? "true" : "false", to: &output)
        case .number(let number): appendRaw(number.literal, to: &output)
        case .string(let string): writeString(string, into: &output)
        case .array(let elements):
            output.append(.openBracket)
            var first = true
            for element in elements {
                if !first { output.append(.comma) }
                first = false
                writeCompact(element, into: &output)
            }
            output.append(.closeBracket)
        case .object(let object):
            output.append(.openBrace)
            var first = true
            for member in object.members {
                if !first { output.append(.comma) }
                first = false
                writeString(member.key, into: &output)
                output.append(.colon)
                writeCompact(member.value, into: &output)
            }
            output.append(.closeBrace)
        }
    }

    private func writePretty(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            output.append(.openBracket)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(.comma) }
                newline(indent: indent + 1, into: &output)
                writePretty(element, indent: indent + 1, into: &output)
            }
            newline(indent: indent, into: &output)
            output.append(.closeBracket)
        case .object(let object) where !object.isEmpty:
            output.append(.openBrace)
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(.comma) }
                newline(indent: indent + 1, into: &output)
                writeString(member.key, into: &output)
                output.append(.colon)
                output.append(.space)
                writePretty(member.value, indent: indent + 1, into: &output)
            }
            newline(indent: indent, into: &output)
            output.append(.closeBrace)
        default:
            writeCompact(value, into: &output)
        }
    }

    private func newline(indent: Int, into output: inout [UInt8]) {
        output.append(.newline)
        output.append(contentsOf: repeatElement(.space, count: indent * 2))
    }

    private func append(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func appendRaw(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    private func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(.quote)
        var string = string
        string.withUTF8 { bytes in
            let escapesSeparators = options.escapeLineSeparators
            let raw = UnsafeRawBufferPointer(bytes)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if !SWAR.hasQuoteBackslashOrControl(word)
                        && !(escapesSeparators && SWAR.hasZeroByte(word ^ (SWAR.ones &* 0xE2)))
                    {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte >= 0x20, byte != .quote, byte != .backslash {
                    if escapesSeparators, byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                    {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        append(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", to: &output)
                        index += 3
                        runStart = index
                        continue
                    }
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(for: byte, to: &output)
                index += 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(.quote)
    }

    private func appendEscape(for byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case .quote: append("\\\"", to: &output)
        case .backslash: append("\\\\", to: &output)
        case .newline: append("\\n", to: &output)
        case .carriageReturn: append("\\r", to: &output)
        case .tab: append("\\t", to: &output)
        case 0x08: append("\\b", to: &output)
        case 0x0C: append("\\f", to: &output)
        default:
            let hex: StaticString = "0123456789abcdef"
            append("\\u00", to: &output)
            output.append(hex.utf8Start[Int(byte >> 4)])
            output.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
