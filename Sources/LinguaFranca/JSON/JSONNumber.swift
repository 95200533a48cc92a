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
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
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
