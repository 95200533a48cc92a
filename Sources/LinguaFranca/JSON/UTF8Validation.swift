/// Strict UTF-8 checking for error reporting: finds where a byte sequence stops being well-formed.
///
/// The fast paths validate through the standard library; this is used only to name the offending offset.
enum UTF8Validation {
    /// The UTF-8 byte order mark, which readers skip at the start of a stream or document.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset of the first byte that starts an ill-formed sequence (overlong forms, surrogates, values
    /// above U+10FFFF, truncated or stray continuation bytes), or `nil` when all of `bytes` is well-formed.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default:
                return index
            }
            guard index + length <= bytes.count else { return index }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return index }
            for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}

/// A one-based line and column (in Unicode scalars) computed from a byte offset, for error messages.
struct TextLocation {
    var line = 1
    var column = 1

    init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == .newline
                || (byte == .carriageReturn && (index + 1 >= bytes.count || bytes[index + 1] != .newline))
            {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
    }
}
