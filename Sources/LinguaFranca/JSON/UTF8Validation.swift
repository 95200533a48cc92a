/// Strict UTF-8 checking (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated or stray
/// continuation bytes), done once by the reader so that its strings need not be checked again by the standard library.
enum UTF8Validation {
    /// The UTF-8 byte order mark, which readers skip at the start of a stream or document.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether all of `bytes` is well-formed: the same answer as `firstInvalidOffset(in:) == nil`, sixteen bytes at
    /// a time where the text is ASCII or two-byte sequences (Latin, Greek, Cyrillic, Hebrew, Arabic), one sequence at
    /// a time where a block holds something else (a longer sequence, or an error).
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            if index > 0 {
                // At a sequence boundary, with a byte before it for the block check to look at.
                while index + 16 <= bytes.count {
                    let firstMisplaced = ShortSequenceBlock.firstMisplacedByte(
                        in: raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self),
                        after: raw.loadUnaligned(fromByteOffset: index - 1, as: SIMD16<UInt8>.self))
                    index += firstMisplaced
                    guard firstMisplaced == 16 else { break }
                }
                // A lead whose continuation is missing or not checked yet: its sequence is checked next.
                if bytes[index - 1] >= 0xC0 {
                    index -= 1
                } else if index == bytes.count {
                    break
                }
            }
            guard let length = sequenceLength(at: index, in: bytes) else { return false }
            index += length
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

    /// The block-at-a-time check: of sixteen bytes, given the sixteen that start one byte earlier (whose first byte
    /// ends a sequence or leads a two-byte one), the position of the first byte that is not ASCII or part of a
    /// well-formed two-byte sequence, or 16. Bitwise lane arithmetic only, which the compiler turns into vector
    /// instructions (its lane comparisons it does not).
    private enum ShortSequenceBlock {
        @inline(__always)
        static func firstMisplacedByte(in block: SIMD16<UInt8>, after previous: SIMD16<UInt8>) -> Int {
            // In each lane's high bit: `doubled` shifts bit 6 there, `quadrupled` bit 5.
            let doubled = block &+ block
            let quadrupled = doubled &+ doubled
            let continuation = block & ~doubled
            let followsLead = previous & (previous &+ previous)
            let longLead = block & doubled & quadrupled
            // 0xC0 and 0xC1: a lead with nothing in bits 1 to 5 (which would carry into bit 7 here).
            let overlongLead = block & doubled & ~((block & 0x3E) &+ 0x7F)
            let misplaced = ((continuation ^ followsLead) | longLead | overlongLead) & 0x80
            let words = unsafeBitCast(misplaced, to: (UInt64, UInt64).self)
            let low = UInt64(littleEndian: words.0)
            if low != 0 { return low.trailingZeroBitCount / 8 }
            return 8 + UInt64(littleEndian: words.1).trailingZeroBitCount / 8
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
