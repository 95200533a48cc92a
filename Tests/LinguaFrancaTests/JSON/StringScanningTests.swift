import Testing

@testable import LinguaFranca

/// The reader and the writers skip string bytes in blocks of 32, then words of 8, then bytes: a quote, a backslash
/// or a control byte must stop them wherever it falls in a block, and the text around it must come out whole.
@Suite("String scanning across blocks")
struct StringScanningTests {
    /// Filler of `count` bytes: ASCII with Cyrillic (two-byte) and emoji (four-byte) sequences, cut to a whole number
    /// of characters at or below `count`.
    static func filler(_ count: Int) -> String {
        let pattern = Array("ab Жё c 🎫 defgh ".unicodeScalars)
        var text = ""
        var index = 0
        while true {
            let next = pattern[index % pattern.count]
            guard text.utf8.count + String(next).utf8.count <= count else { return text }
            text.unicodeScalars.append(next)
            index += 1
        }
    }

    /// The special characters and their escaped forms, as `JSONWriter` writes them.
    static let specials: [(character: String, escaped: String)] = [
        ("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\u{01}", "\\u0001"), ("\u{1F}", "\\u001f"),
    ]

    @Test func theReaderFindsEveryEscapeAtEveryOffset() throws {
        for length in 0...80 {
            for position in 0...length {
                for special in Self.specials {
                    let before = Self.filler(position)
                    let after = Self.filler(length - position)
                    let document = Array(("\"" + before + special.escaped + after + "\"").utf8)
                    let value = try JSONReader().read(document)
                    #expect(value == .string(before + special.character + after), "at \(position) of \(length)")
                }
            }
        }
    }

    @Test func theReaderRefusesARawControlByteAtEveryOffset() {
        for length in 0...80 {
            for position in 0...length {
                let document = Array(
                    ("\"" + Self.filler(position) + "\u{01}" + Self.filler(length - position) + "\"").utf8)
                #expect(throws: JSONError.self, "at \(position) of \(length)") { try JSONReader().read(document) }
            }
        }
    }

    @Test func bothWritersEscapeEveryCharacterAtEveryOffset() {
        for length in 0...80 {
            for position in 0...length {
                for special in Self.specials {
                    let before = Self.filler(position)
                    let after = Self.filler(length - position)
                    let text = before + special.character + after
                    let expected = Array(("\"" + before + special.escaped + after + "\"").utf8)
                    #expect(JSONWriter().write(.string(text)) == expected, "tree writer, at \(position) of \(length)")
                    var output = JSONOutput()
                    output.write(text)
                    #expect(output.writtenBytes == expected, "direct writer, at \(position) of \(length)")
                }
            }
        }
    }

    /// With `escapeLineSeparators`, U+2028 and U+2029 are escaped wherever they fall, while the other characters
    /// whose UTF-8 starts with the same byte 0xE2 (`€`, `…`, `→`) stay raw, also when one ends the text.
    @Test func lineSeparatorsAreEscapedAtEveryOffsetAndTheirNeighboursAreNot() {
        let writer = JSONWriter(options: .init(escapeLineSeparators: true))
        let specials = Self.specials + [("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029")]
        for length in 0...40 {
            for position in 0...length {
                for special in specials {
                    for neighbour in ["€", "…", "→"] {
                        let before = Self.filler(position) + neighbour
                        let after = Self.filler(length - position) + neighbour
                        let text = before + special.character + after
                        let expected = Array(("\"" + before + special.escaped + after + "\"").utf8)
                        #expect(writer.write(.string(text)) == expected, "tree writer, at \(position) of \(length)")
                        var output = JSONOutput(escapesLineSeparators: true)
                        output.write(text)
                        #expect(output.writtenBytes == expected, "direct writer, at \(position) of \(length)")
                    }
                }
            }
        }
    }

    @Test func textWithNothingToEscapeIsCopiedWhole() throws {
        for length in 0...100 {
            let text = Self.filler(length)
            let expected = Array(("\"" + text + "\"").utf8)
            #expect(JSONWriter().write(.string(text)) == expected)
            var output = JSONOutput()
            output.write(text)
            #expect(output.writtenBytes == expected)
            #expect(try JSONReader().read(expected) == .string(text))
        }
    }

    /// A tree inside a direct write comes out as the tree writer writes it, also when its escapes outgrow the tree
    /// writer's size estimate (each control byte becomes six) and it must try again with more room.
    @Test func treesWhoseEscapesOutgrowTheEstimateAreWrittenWhole() {
        for count in [1, 40, 300, 5000] {
            let tree: JSONValue = ["text": .string(String(repeating: "\u{1}", count: count)), "n": 1]
            var output = JSONOutput()
            output.write("before")
            output.write(tree)
            #expect(output.writtenBytes == Array(#""before""#.utf8) + JSONWriter().write(tree), "\(count)")
        }
    }
}
