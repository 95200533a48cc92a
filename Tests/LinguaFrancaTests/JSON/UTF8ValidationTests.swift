import LinguaFrancaConformance
import Testing

@testable import LinguaFranca

/// The reader's own UTF-8 check gives the standard library's answer on every input, wherever the input falls across
/// the sixteen-byte blocks the fast check reads, and the reader's strings come out as the standard library makes them.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// Text before the sequence under test, of every length that shifts it across the bytes checked one sequence at
    /// a time and then across a block: ASCII, or Cyrillic whose two-byte sequences cross the block boundary at odd
    /// lengths.
    static let prefixes: [[UInt8]] =
        (0..<34).map { Array(String(repeating: "a", count: $0).utf8) }
        + (0..<18).map { length in Array(Array(String(repeating: "Ж", count: length).utf8).dropLast(length % 2)) }

    /// The check's answer on `bytes` placed after each prefix and before a Cyrillic and ASCII tail, compared with
    /// `String(validating:)`; records a failure naming the bytes on the first disagreement.
    static func expectStandardAnswer(_ bytes: [UInt8]) {
        for prefix in prefixes {
            let input = prefix + bytes + Array("zЖzzzzzzzzЖzzzzzzzzzzz".utf8)
            let expected = String(validating: input, as: UTF8.self) != nil
            let fast = input.withUnsafeBufferPointer { UTF8Validation.isWellFormed($0) }
            let located = input.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) == nil }
            if fast != expected || located != expected {
                Issue.record(
                    "\(input.map { String($0, radix: 16) }): fast \(fast), located \(located), standard \(expected)")
                return
            }
        }
        let bare = bytes.withUnsafeBufferPointer { UTF8Validation.isWellFormed($0) }
        #expect(bare == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }

    @Test("every one- and two-byte input")
    func everyShortInput() {
        for first in 0...255 {
            Self.expectStandardAnswer([UInt8(first)])
            for second in 0...255 { Self.expectStandardAnswer([UInt8(first), UInt8(second)]) }
        }
    }

    @Test("three- and four-byte leads with the boundary second and continuation bytes")
    func longSequences() {
        let boundaries: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xD0]
        let seconds: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]
        for lead in 0xE0...0xFF {
            for second in seconds {
                for third in boundaries {
                    Self.expectStandardAnswer([UInt8(lead), second, third])
                    for fourth in boundaries { Self.expectStandardAnswer([UInt8(lead), second, third, fourth]) }
                }
            }
        }
    }

    @Test("seeded random bytes drawn from the class boundaries")
    func randomBytes() {
        let picks: [UInt8] = [
            0x00, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xE2, 0xED,
            0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
        ]
        var generator = SeededRandomNumberGenerator(seed: 0x5EED_0F_0708)
        for _ in 0..<3_000 {
            let length = Int.random(in: 1...24, using: &generator)
            Self.expectStandardAnswer(
                (0..<length).map { _ in picks[Int.random(in: 0..<picks.count, using: &generator)] })
        }
    }

    @Test("well-formed text of every sequence length, with the boundary scalars")
    func wellFormedText() {
        let scalars: [UInt32] = [
            0x41, 0x7F, 0x80, 0x420, 0x7FF, 0x800, 0x4E2D, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF,
        ]
        var generator = SeededRandomNumberGenerator(seed: 42)
        for _ in 0..<1_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                if let scalar = Unicode.Scalar(scalars[Int.random(in: 0..<scalars.count, using: &generator)]) {
                    text.append(scalar)
                }
            }
            Self.expectStandardAnswer(Array(String(text).utf8))
        }
    }

    @Test("the reader's strings equal the standard library's, and ill-formed strings are rejected at their offset")
    func readerStrings() throws {
        let texts = [
            "ascii only", "Пример текста сообщения номер 0.", "mixed 你好 🎫 café", "escaped \\n Ж \\u00e9 \\ud83d\\ude80",
        ]
        for text in texts {
            guard case .string(let read) = try JSONReader().read(Array("\"\(text)\"".utf8)) else {
                Issue.record("\(text) did not read as a string")
                continue
            }
            let expected = text.replacingEscapes()
            #expect(read == expected)
            #expect(read.utf8.elementsEqual(expected.utf8))
            #expect(read.count == expected.count)
        }
        var document = Array("{\"key\":\"Жж".utf8)
        document += [0xD0, 0x41]
        document += Array("\"}".utf8)
        let error = #expect(throws: JSONError.self) { try JSONReader().read(document) }
        #expect(error?.code == .invalidUTF8)
        #expect(error?.byteOffset == 12)
    }
}

extension String {
    /// The text with the few JSON escapes `readerStrings` uses decoded.
    fileprivate func replacingEscapes() -> String {
        var result = self
        for (escape, value) in [("\\n", "\n"), ("\\u00e9", "é"), ("\\ud83d\\ude80", "🚀")] {
            result = result.replacing(escape, with: value)
        }
        return result
    }
}
