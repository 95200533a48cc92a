/// The vector of an embedding (`embedding`): numbers, or base64 of little-endian float32 values when the
/// request asked for `encoding_format: "base64"`.
public enum EmbeddingVector: Sendable, Hashable {
    /// The numbers of a JSON array, written back in their shortest form.
    case floats([Double])
    /// Base64 text of little-endian IEEE 754 float32 values, kept as sent.
    case base64(String)

    /// A base64 vector holding `floats` as little-endian float32 values.
    public static func base64(fromFloats floats: [Float]) -> EmbeddingVector {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(floats.count * 4)
        for value in floats {
            let bits = value.bitPattern
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 16))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 24))
        }
        return .base64(Base64.encode(bytes))
    }

    /// The vector's values as float32: the numbers rounded to `Float`, or the decoded base64 values.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/invalidValue`` when the base64 text is
    ///   not strict padded base64 (standard alphabet) or decodes to a byte count that is not a multiple of 4.
    public func floatValues() throws(TranslationError) -> [Float] {
        switch self {
        case .floats(let values):
            return values.map { Float($0) }
        case .base64(let text):
            guard let bytes = Base64.decode(text) else {
                throw TranslationError(code: .invalidValue, message: "the embedding is not valid base64")
            }
            guard bytes.count % 4 == 0 else {
                throw TranslationError(
                    code: .invalidValue,
                    message: "the embedding decodes to \(bytes.count) bytes, not a whole number of float32 values")
            }
            var values: [Float] = []
            values.reserveCapacity(bytes.count / 4)
            var index = 0
            while index < bytes.count {
                let bits =
                    UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
                    | UInt32(bytes[index + 3]) << 24
                values.append(Float(bitPattern: bits))
                index += 4
            }
            return values
        }
    }
}

extension EmbeddingVector: JSONField {
    /// Decodes an array of numbers or a base64 string.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/typeMismatch`` for any other value or for
    ///   an array element that is not a number (with its index in the path), and
    ///   ``TranslationError/Code/invalidValue`` for a number outside the `Double` range.
    init(json: JSONValue) throws(TranslationError) {
        switch json {
        case .array(let elements):
            var values: [Double] = []
            values.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                guard case .number(let number) = element else {
                    throw TranslationError.typeMismatch(expected: "number", found: element).prefixed(by: .index(index))
                }
                guard let value = number.double else {
                    throw TranslationError(
                        code: .invalidValue, message: "the number \(number.literal) is outside the range of a double",
                        path: [.index(index)])
                }
                values.append(value)
            }
            self = .floats(values)
        case .string(let text):
            self = .base64(text)
        default:
            throw .typeMismatch(expected: "array of numbers or base64 string", found: json)
        }
    }

    var json: JSONValue {
        switch self {
        case .floats(let values): values.json
        case .base64(let text): .string(text)
        }
    }
}
