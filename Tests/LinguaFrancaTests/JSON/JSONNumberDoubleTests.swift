import Testing

@testable import LinguaFranca

/// `JSONNumber.double` reads short literals without the standard library's general parse; its answer must be the
/// general parse's on every literal, bit for bit (signed zeros included), and `nil` exactly where that parse gives an
/// infinity.
@Suite("JSON number as a double")
struct JSONNumberDoubleTests {
    /// The standard library's reading of `literal`, as `double` must give it.
    static func generalParse(_ literal: String) -> Double? {
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    static func expectGeneralParse(_ literal: String) throws {
        let number = try #require(JSONNumber(literal: literal), "\(literal) is a valid literal")
        let expected = generalParse(literal)
        let actual = number.double
        #expect(
            actual?.bitPattern == expected?.bitPattern,
            "\(literal): \(String(describing: actual)), the general parse gives \(String(describing: expected))")
    }

    @Test(
        "Literals at the edges of the exact range and beyond it",
        arguments: [
            "0", "-0", "0.0", "-0.0", "0.7", "-0.7", "1", "2.5", "0.1", "0.2", "0.30000000000000004", "1e22", "1e23",
            "-1e22", "9e22", "1e-22", "1e-23", "123456789012345", "1234567890123456", "999999999999999",
            "9007199254740993", "0.000000000000000000000001", "1.5e-22", "15e-23", "4.9e-324",
            "2.2250738585072014e-308",
            "1.7976931348623157e308", "1e308", "1e309", "1e400", "-1e400", "0e400", "0e-9999", "-0e99999", "1E5",
            "1e+5", "1e-0", "100000000000000000000000", "0.100000000000000", "0.5e1",
            "12.34e-5", "3.141592653589793", "2.718281828459045", "0.000001", "1e-7", "123.456e3",
        ])
    func edges(_ literal: String) throws {
        try Self.expectGeneralParse(literal)
    }

    @Test("Random literals of every digit count and exponent give the general parse's value")
    func randomLiterals() throws {
        var generator = SeededLiteralGenerator(seed: 0x5EED_2026_1203)
        for _ in 0..<20_000 {
            try Self.expectGeneralParse(generator.nextLiteral())
        }
    }
}

/// A deterministic source of JSON number literals: sign, 1 to 20 digits with an optional point anywhere among
/// them, and an optional exponent of either sign and 1 to 3 digits.
private struct SeededLiteralGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next(below bound: UInt64) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % bound)
    }

    mutating func nextLiteral() -> String {
        var literal = next(below: 2) == 0 ? "" : "-"
        let digitCount = 1 + next(below: 20)
        var digits = (0..<digitCount).map { _ in Character(String(next(below: 10))) }
        if digits.count > 1, digits[0] == "0" { digits[0] = "1" }
        literal += String(digits)
        if next(below: 3) != 0, digitCount > 1 || next(below: 2) == 0 {
            let point = 1 + next(below: UInt64(digitCount))
            let index = literal.index(literal.startIndex, offsetBy: literal.hasPrefix("-") ? point + 1 : point)
            literal.insert(contentsOf: point == digitCount ? ".0" : ".", at: index)
        }
        if next(below: 2) == 0 {
            literal += ["e", "E", "e+", "e-", "E-"][next(below: 5)]
            literal += String(next(below: [10, 40, 400][next(below: 3)]))
        }
        return literal
    }
}
