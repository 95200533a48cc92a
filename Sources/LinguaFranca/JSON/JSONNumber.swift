/// A JSON number that keeps its literal text, so `1.0`, `-0`, `1e400` and `12345678901234567890` are written
/// back exactly as they were read.
///
/// Equality compares the literal: `1.0` and `1` are different numbers to this type, as they are different
/// bytes on the wire. Use ``double`` or ``int`` for arithmetic.
public struct JSONNumber: Sendable, Hashable {
    /// The number as it appears in JSON text.
    public let literal: String

    init(uncheckedLiteral literal: String) {
        self.literal = literal
    }

    /// Creates a number from JSON number text; `nil` when `literal` is not valid RFC 8259 number syntax.
    public init?(literal: String) {
        guard Self.isValidLiteral(literal.utf8) else { return nil }
        self.literal = literal
    }

    /// Creates a number from an integer.
    public init(_ value: some BinaryInteger) {
        literal = String(value)
    }

    /// Creates a number from a finite floating-point value, in its shortest round-trip form (`1.0`, `0.7`); `nil` for infinities
    /// and NaN, which JSON cannot carry.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        literal = Self.literal(for: value)
    }

    /// The value as a `Double`; `nil` when it lies outside the finite `Double` range (such as `1e400`).
    public var double: Double? {
        // The literal's stored bytes when it has them: iterating a string's UTF-8 view costs several times more.
        let exact =
            literal.utf8.withContiguousStorageIfAvailable { Self.exactDouble($0) } ?? Self.exactDouble(literal.utf8)
        if let exact { return exact }
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// The value of a valid literal with at most 15 significant digits and a decimal exponent of at most 22 either
    /// way, without the standard library's general parse: the digits and the power of ten are then both exact
    /// doubles, and one correctly rounded multiplication or division gives the correctly rounded value. `nil` for
    /// any other literal, which the general parse reads.
    private static func exactDouble(_ bytes: some Sequence<UInt8>) -> Double? {
        var digits: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var isNegative = false
        var inFraction = false
        var sawDigit = false
        var iterator = bytes.makeIterator()
        var next = iterator.next()
        if next == .minus {
            isNegative = true
            next = iterator.next()
        }
        while let byte = next {
            if byte.isDigit {
                sawDigit = true
                if digits != 0 || byte != .zero {
                    significantDigits += 1
                    guard significantDigits <= 15 else { return nil }
                    digits = digits * 10 + UInt64(byte - .zero)
                }
                if inFraction { exponent -= 1 }
            } else if byte == .period, !inFraction {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let written = writtenExponent(&iterator) else { return nil }
                exponent += written
                break
            } else {
                return nil
            }
            next = iterator.next()
        }
        guard sawDigit else { return nil }
        guard exponent >= -22, exponent <= 22 else { return digits == 0 ? (isNegative ? -0.0 : 0.0) : nil }
        let magnitude = Double(digits)
        let scaled =
            exponent >= 0
            ? magnitude * exactPowersOfTen[exponent] : magnitude / exactPowersOfTen[-exponent]
        return isNegative ? -scaled : scaled
    }

    /// The exponent after `e`: its sign and up to four digits (longer ones are left to the general parse).
    private static func writtenExponent(_ iterator: inout some IteratorProtocol<UInt8>) -> Int? {
        var next = iterator.next()
        var isNegative = false
        if next == .minus || next == .plus {
            isNegative = next == .minus
            next = iterator.next()
        }
        var value = 0
        var count = 0
        while let byte = next {
            guard byte.isDigit, count < 4 else { return nil }
            value = value * 10 + Int(byte - .zero)
            count += 1
            next = iterator.next()
        }
        guard count > 0 else { return nil }
        return isNegative ? -value : value
    }

    /// The value as an `Int` when it is a whole number that fits; `nil` otherwise.
    ///
    /// Integer literals convert exactly; literals with a fraction or exponent (`2.0`, `1e3`) convert when their
    /// value is whole.
    public var int: Int? {
        if isIntegerLiteral { return Int(literal) }
        guard let value = double, value.rounded(.towardZero) == value,
            value >= -9_223_372_036_854_775_808.0, value < 9_223_372_036_854_775_808.0
        else { return nil }
        return Int(value)
    }

    /// Whether the literal has neither a fraction nor an exponent.
    public var isIntegerLiteral: Bool {
        !literal.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// Swift's shortest round-trip spelling, which is valid JSON for finite values (`1.0`, `-0.0`, `1e-05`).
    private static func literal(for value: Double) -> String {
        value.description
    }

    private static func isValidLiteral(_ bytes: String.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        var byte = iterator.next()
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if byte == UInt8(ascii: "-") { byte = iterator.next() }
        if byte == UInt8(ascii: "0") {
            byte = iterator.next()
        } else if isDigit(byte) {
            while isDigit(byte) { byte = iterator.next() }
        } else {
            return false
        }
        if byte == UInt8(ascii: ".") {
            byte = iterator.next()
            guard isDigit(byte) else { return false }
            while isDigit(byte) { byte = iterator.next() }
        }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            byte = iterator.next()
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { byte = iterator.next() }
            guard isDigit(byte) else { return false }
            while isDigit(byte) { byte = iterator.next() }
        }
        return byte == nil
    }
}

extension JSONNumber: CustomStringConvertible {
    /// The literal.
    public var description: String { literal }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
    /// Creates a number from an integer literal.
    public init(integerLiteral value: Int) { self.init(value) }
}

extension JSONNumber: ExpressibleByFloatLiteral {
    /// Creates a number from a floating-point literal, in its shortest exact form.
    public init(floatLiteral value: Double) {
        literal = value.isFinite ? Self.literal(for: value) : "0"
    }
}
