/// Base64 with the standard alphabet and `=` padding (RFC 4648 §4), strict: no line breaks, no whitespace, no
/// missing padding, no bits set after the last byte.
public enum Base64 {
    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let pad = UInt8(ascii: "=")

    /// `bytes` as padded base64 text.
    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            appendSextets(of: chunk, count: 4, to: &output)
            index += 3
        }
        switch bytes.count - index {
        case 1:
            appendSextets(of: UInt32(bytes[index]) << 16, count: 2, to: &output)
            output.append(pad)
            output.append(pad)
        case 2:
            appendSextets(of: UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8, count: 3, to: &output)
            output.append(pad)
        default:
            break
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes `text` encodes; `nil` when it is not strict padded base64.
    public static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    private static func decode(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard input.count % 4 == 0 else { return nil }
        var padding = 0
        if input.count >= 4, input[input.count - 1] == pad {
            padding = input[input.count - 2] == pad ? 2 : 1
        }
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            let dataCount = index + 4 == input.count ? 4 - padding : 4
            var chunk: UInt32 = 0
            for offset in 0..<4 {
                guard offset < dataCount else {
                    chunk <<= 6
                    continue
                }
                guard let value = sextet(input[index + offset]) else { return nil }
                chunk = chunk << 6 | value
            }
            switch dataCount {
            case 4:
                output.append(UInt8(truncatingIfNeeded: chunk >> 16))
                output.append(UInt8(truncatingIfNeeded: chunk >> 8))
                output.append(UInt8(truncatingIfNeeded: chunk))
            case 3:
                guard chunk & 0xFF == 0 else { return nil }
                output.append(UInt8(truncatingIfNeeded: chunk >> 16))
                output.append(UInt8(truncatingIfNeeded: chunk >> 8))
            default:
                guard chunk & 0xFFFF == 0 else { return nil }
                output.append(UInt8(truncatingIfNeeded: chunk >> 16))
            }
            index += 4
        }
        return output
    }

    private static func appendSextets(of chunk: UInt32, count: Int, to output: inout [UInt8]) {
        for position in 0..<count {
            output.append(alphabet[Int(chunk >> UInt32(18 - 6 * position) & 0x3F)])
        }
    }

    /// The 6-bit value of an alphabet byte; `nil` for any other byte, `=` included.
    private static func sextet(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(byte - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
