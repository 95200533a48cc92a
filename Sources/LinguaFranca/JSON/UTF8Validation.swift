/// Strict UTF-8 checking (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated or stray
/// continuation bytes), done once by the reader so that its strings need not be checked again by the standard library.
enum UTF8Validation {
    /// The UTF-8 byte order mark, which readers skip at the start of a stream or document.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether all of `bytes` is well-formed: the same answer as `firstInvalidOffset(in:) == nil`, eight bytes at a
    /// time where the text is ASCII or two-byte sequences (Latin, Greek, Cyrillic, Hebrew, Arabic), a sequence at a
    /// time elsewhere.
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            var pendingLead: UInt64 = 0
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                guard let lead = TwoByteWord.trailingLead(of: word, pendingLead: pendingLead) else { break }
                pendingLead = lead
                index += 8
            }
            if pendingLead != 0 { index -= 1 }
            let end = min(index + 9, bytes.count)
            while index < end {
                guard let length = sequenceLength(at: index, in: bytes) else { return false }
                index += length
            }
        }
        return true
    }

    /// The offset of the first byte that starts an ill-formed sequence, or `nil` when all of `bytes` is well-formed.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            guard let length = sequenceLength(at: index, in: bytes) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the well-formed sequence that starts at `index`, or `nil` when the bytes there are not one.
    private static func sequenceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let lead = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
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
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return nil }
        for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// The word-at-a-time check: eight bytes, the first in the lowest byte of the word (as loaded little-endian),
    /// that hold only ASCII and two-byte sequences.
    private enum TwoByteWord {
        static let highBits: UInt64 = 0x8080_8080_8080_8080
        static let payloadBits: UInt64 = 0x1E1E_1E1E_1E1E_1E1E
        static let belowHighBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

        /// For a word that continues well-formed text, 0x80 when its last byte leads a two-byte sequence (so the
        /// next word must start with its continuation) and 0 otherwise; `nil` when the word holds a longer sequence's
        /// byte or an ill-formed one. `pendingLead` is the previous word's answer.
        @inline(__always)
        static func trailingLead(of word: UInt64, pendingLead: UInt64) -> UInt64? {
            let high = word & highBits
            if high | pendingLead == 0 { return 0 }
            let sixthBits = (word << 1) & highBits
            let leads = high & sixthBits
            guard leads & (word << 2) == 0 else { return nil }
            let emptyPayloads = ~((word & payloadBits) &+ belowHighBits) & highBits
            guard emptyPayloads & leads == 0, high & ~sixthBits == (leads << 8) | pendingLead else { return nil }
            return leads >> 56
        }
    }
}

extension String {
    /// A string of `bytes`, which the caller has found well-formed (with ``UTF8Validation/isWellFormed(_:)``, or
    /// all ASCII when `isASCII`): the standard library's checking initialisers would validate them a second time.
    init(wellFormedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
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
