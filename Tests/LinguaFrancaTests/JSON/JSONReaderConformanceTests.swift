import LinguaFranca
import Testing

/// RFC 8259 conformance of `JSONReader`.
///
/// Every parameterised case reads an input with a given reader and compares the outcome with the
/// expectation: an accepted document is written back with `JSONWriter()` (compact mode) and compared
/// byte for byte; a rejected document is compared by its `JSONError.Code`.
///
/// Decisions the RFC leaves open, as this suite pins them down:
/// - Outside strings, a byte that cannot start or continue the grammar is `.unexpectedByte` (this covers
///   `+1`, `.5`, `NaN`, non-ASCII bytes and UTF-16 input); inside strings, malformed UTF-8 is `.invalidUTF8`.
/// - A number that ends where the grammar still needs a digit (`[-]`, `[1.]`, `[1e+]`) or that has a
///   leading zero followed by a digit (`01`) is `.invalidNumber`, the offset being the byte where the
///   digit was missing or where the superfluous digit sits. Input that simply stops (`-`, `1.`, `tru`,
///   `"abc`, `[1,`) is `.unexpectedEndOfInput`, with the offset equal to the input length.
/// - After a complete top-level value, any non-whitespace byte is `.trailingContent`.
/// - Empty and whitespace-only documents (also after a skipped BOM) are `.emptyInput`.
/// - Keys are compared by their Unicode scalars, as RFC 8259 section 8.3 asks: "é" and "e\u0301" are
///   different keys even though Swift's `String ==` calls them equal.
@Suite("JSONReader RFC 8259 conformance")
struct JSONReaderConformanceTests {

    // MARK: - Vocabulary

    /// What reading one input produces.
    enum Outcome: Sendable, Equatable, CustomStringConvertible {
        /// Accepted; the compact `JSONWriter` output.
        case output([UInt8])
        /// Rejected with this code. `detail` carries the actual error's description for failure
        /// messages and takes no part in equality.
        case error(JSONError.Code, detail: String = "")

        /// Accepted, written back as exactly these UTF-8 bytes.
        static func json(_ text: String) -> Outcome { .output(Array(text.utf8)) }

        static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            switch (lhs, rhs) {
            case let (.output(left), .output(right)): left == right
            case let (.error(left, _), .error(right, _)): left == right
            default: false
            }
        }

        var description: String {
            switch self {
            case .output(let bytes):
                "accepted, written as \(String(decoding: bytes, as: UTF8.self).debugDescription)"
                    + (bytes.count <= 48 ? " \(bytes)" : " (\(bytes.count) bytes)")
            case .error(let code, let detail):
                "rejected with .\(code.rawValue)" + (detail.isEmpty ? "" : " (\(detail))")
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: [UInt8]
        var reader: JSONReader
        var expected: Outcome

        init(_ name: String, _ json: String, _ expected: Outcome, reader: JSONReader = JSONReader()) {
            self.init(name, bytes: Array(json.utf8), expected, reader: reader)
        }

        init(_ name: String, bytes: [UInt8], _ expected: Outcome, reader: JSONReader = JSONReader()) {
            self.name = name
            self.input = bytes
            self.reader = reader
            self.expected = expected
        }

        var testDescription: String { name }

        var isRejection: Bool {
            if case .error = expected { true } else { false }
        }
    }

    /// A rejection whose position and path are pinned down exactly.
    struct PositionCase: Sendable, CustomTestStringConvertible {
        var name: String
        var input: [UInt8]
        var reader: JSONReader = JSONReader()
        var code: JSONError.Code
        var byteOffset: Int
        var line: Int
        var column: Int
        var path: String

        var testDescription: String { name }
    }

    /// Reads `input` and writes the value back compactly, or reports the thrown error's code.
    static func outcome(reading input: some Collection<UInt8>, with reader: JSONReader) -> Outcome {
        do throws(JSONError) {
            let value = try reader.read(input)
            return .output(JSONWriter().write(value))
        } catch {
            return .error(error.code, detail: error.description)
        }
    }

    /// The error thrown while reading `input`, or `nil` when the input was accepted.
    static func readError(_ input: some Collection<UInt8>, with reader: JSONReader = JSONReader()) -> JSONError? {
        do throws(JSONError) {
            _ = try reader.read(input)
            return nil
        } catch {
            return error
        }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// `content` between two quotation marks: a top-level JSON string.
    static func quoted(_ content: [UInt8]) -> [UInt8] { [0x22] + content + [0x22] }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static let rejectingDuplicates = JSONReader(options: .init(duplicateKeys: .reject))
    static let rejectingLoneSurrogates = JSONReader(options: .init(loneSurrogates: .reject))
    static let rejectingBOM = JSONReader(options: .init(byteOrderMark: .reject))

    // MARK: - Accepted documents

    static let numberAcceptCases: [Case] = [
        Case("zero", "[0]", .json("[0]")),
        Case("negative zero", "[-0]", .json("[-0]")),
        Case("one point zero keeps its fraction", "[1.0]", .json("[1.0]")),
        Case("uppercase exponent", "[1E2]", .json("[1E2]")),
        Case("exponent with plus sign", "[1e+2]", .json("[1e+2]")),
        Case("exponent with minus sign", "[1e-2]", .json("[1e-2]")),
        Case("negative zero with fraction and negative zero exponent", "[-0.0e-0]", .json("[-0.0e-0]")),
        Case("zero with zero exponent", "[0e0,0E-0,0.0E+0]", .json("[0e0,0E-0,0.0E+0]")),
        Case("exponent with leading zeros", "[1e007,2E+00]", .json("[1e007,2E+00]")),
        Case("trailing zeros in the fraction", "[10.00,0.500]", .json("[10.00,0.500]")),
        Case("integer wider than UInt64", "[12345678901234567890]", .json("[12345678901234567890]")),
        Case("integer below Int64.min", "[-9223372036854775809]", .json("[-9223372036854775809]")),
        Case("2^53 + 1, not exact as a Double", "[9007199254740993]", .json("[9007199254740993]")),
        Case("exponent beyond Double range", "[1e400]", .json("[1e400]")),
        Case("fraction and exponent beyond Double range", "[123.456e-789]", .json("[123.456e-789]")),
        Case(
            "long exact binary fraction",
            "[0.1000000000000000055511151231257827021181583404541015625]",
            .json("[0.1000000000000000055511151231257827021181583404541015625]")
        ),
        Case(
            "sixty digits of pi",
            "[3.14159265358979323846264338327950288419716939937510582097494459]",
            .json("[3.14159265358979323846264338327950288419716939937510582097494459]")
        ),
        Case("negative mantissa and positive exponent", "[-1.5e+10,-2.5E-3]", .json("[-1.5e+10,-2.5E-3]")),
        Case("several numbers in a row", "[1,-1,0.5,-0.5,10,100]", .json("[1,-1,0.5,-0.5,10,100]")),
        Case("number as an object member", #"{"n":-0.0}"#, .json(#"{"n":-0.0}"#)),
    ]

    static let stringAcceptCases: [Case] = [
        Case("empty string", "\"\"", .json("\"\"")),
        Case("empty string in an array", #"[""]"#, .json(#"[""]"#)),
        Case("every two-character escape", #"["\"\\\/\b\f\n\r\t"]"#, .json(#"["\"\\/\b\f\n\r\t"]"#)),
        Case("escaped solidus is written raw", #""a\/b""#, .json(#""a/b""#)),
        Case("escaped e-acute and solidus", #"["\u00e9\/"]"#, .json(#"["é/"]"#)),
        Case("unicode escapes of ASCII letters", #""\u0041\u0062\u0063""#, .json(#""Abc""#)),
        Case("unicode escapes with uppercase hex", #""\u00E9\u00C9\u20AC""#, .json(#""éÉ€""#)),
        Case("unicode escape with mixed-case hex", #""\uAbCd""#, .json("\"\u{ABCD}\"")),
        Case("surrogate pair, lowercase hex", #""\ud83d\ude00""#, .json(#""😀""#)),
        Case("surrogate pair, uppercase hex", #""\uD83D\uDE00""#, .json(#""😀""#)),
        Case("surrogate pair, mixed-case hex", #""\uD83d\uDe00""#, .json(#""😀""#)),
        Case("lowest surrogate pair is U+10000", #""\uD800\uDC00""#, .json("\"\u{10000}\"")),
        Case("highest surrogate pair is U+10FFFF", #""\uDBFF\uDFFF""#, .json("\"\u{10FFFF}\"")),
        Case("escaped NUL is written as \\u0000", #""\u0000""#, .json(#""\u0000""#)),
        Case("escaped NUL between letters", #""a\u0000b""#, .json(#""a\u0000b""#)),
        Case(
            "unicode escapes of controls that have short forms",
            #""\u0008\u000C\u000A\u000D\u0009""#,
            .json(#""\b\f\n\r\t""#)
        ),
        Case(
            "all 32 control characters escaped",
            #""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F""#,
            .json(
                #""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f""#
            )
        ),
        Case("quote, backslash and solidus as unicode escapes", #""\u0022\u005C\u002F""#, .json(#""\"\\/""#)),
        Case("escaped space", #""\u0020""#, .json(#"" ""#)),
        Case("escaped DEL is written raw", #""\u007F""#, .json("\"\u{7F}\"")),
        Case("raw DEL is not a control character", bytes: [0x22, 0x7F, 0x22], .json("\"\u{7F}\"")),
        Case(
            "every printable ASCII character except quote and backslash",
            #"" !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~""#,
            .json(#"" !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~""#)
        ),
        Case("escaped quotes inside text", #""say \"hi\"""#, .json(#""say \"hi\"""#)),
        Case("two escaped backslashes", #""\\\\""#, .json(#""\\\\""#)),
        Case("2-byte UTF-8", "\"é ñ Привет\"", .json("\"é ñ Привет\"")),
        Case("3-byte UTF-8", "\"€ 日本語\"", .json("\"€ 日本語\"")),
        Case("4-byte UTF-8", "\"😀 𝄞\"", .json("\"😀 𝄞\"")),
        Case(
            "UTF-8 boundary scalars",
            "\"\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFD}\u{FFFF}\u{10000}\u{10FFFF}\"",
            .json("\"\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFD}\u{FFFF}\u{10000}\u{10FFFF}\"")
        ),
        Case("raw U+2028 and U+2029", "\"a\u{2028}b\u{2029}c\"", .json("\"a\u{2028}b\u{2029}c\"")),
        Case("escaped U+2028 and U+2029 are written raw", #""\u2028\u2029""#, .json("\"\u{2028}\u{2029}\"")),
        Case("U+FEFF inside a string is content", "\"\u{FEFF}x\"", .json("\"\u{FEFF}x\"")),
        Case("combining sequence is not normalised", "\"e\u{301}\"", .json("\"e\u{301}\"")),
        Case("escaped combining sequence is not composed", #""\u0065\u0301""#, .json("\"e\u{301}\"")),
        Case("escaped precomposed e-acute is not decomposed", #""\u00e9""#, .json("\"\u{E9}\"")),
        Case(
            "10000-character string",
            "\"" + String(repeating: "ab", count: 5_000) + "\"",
            .json("\"" + String(repeating: "ab", count: 5_000) + "\"")
        ),
    ]

    static let structureAcceptCases: [Case] = [
        Case("empty array", "[]", .json("[]")),
        Case("empty object", "{}", .json("{}")),
        Case("empty array containing all four whitespace kinds", "[ \t\n\r]", .json("[]")),
        Case("empty object containing all four whitespace kinds", "{ \t\n\r}", .json("{}")),
        Case("nested empty arrays", "[[[]]]", .json("[[[]]]")),
        Case("mixed empty containers", #"[[],{},[{}],{"a":[]}]"#, .json(#"[[],{},[{}],{"a":[]}]"#)),
        Case("nested objects", #"{"a":{"b":{"c":{}}}}"#, .json(#"{"a":{"b":{"c":{}}}}"#)),
        Case("arrays in objects in arrays", #"[{"a":[{"b":[1,2]}]}]"#, .json(#"[{"a":[{"b":[1,2]}]}]"#)),
        Case(
            "every kind of value as members",
            #"{"s":"x","n":-1.5e3,"t":true,"f":false,"z":null,"a":[],"o":{}}"#,
            .json(#"{"s":"x","n":-1.5e3,"t":true,"f":false,"z":null,"a":[],"o":{}}"#)
        ),
        Case("literals in an array", "[true,false,null]", .json("[true,false,null]")),
        Case(
            "all four whitespace kinds at every allowed place",
            " \t\n\r[ \t\n\r1 \t\n\r, \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\rnull \t\n\r} \t\n\r, \t\n\r\"s\" \t\n\r] \t\n\r",
            .json(#"[1,{"a":null},"s"]"#)
        ),
        Case("spaces around a colon and commas", #"{ "a" : 1 , "b" : [ 2 , 3 ] }"#, .json(#"{"a":1,"b":[2,3]}"#)),
        Case("object keys keep input order", #"{"z":1,"a":2,"m":3,"b":4}"#, .json(#"{"z":1,"a":2,"m":3,"b":4}"#)),
        Case("empty key", #"{"":0}"#, .json(#"{"":0}"#)),
        Case("empty keys at several levels", #"{"":{"":[""]}}"#, .json(#"{"":{"":[""]}}"#)),
        Case("escaped key is decoded", #"{"\u0061\n\"":1}"#, .json(#"{"a\n\"":1}"#)),
        Case("non-ASCII keys", #"{"ключ":"значение","鍵":"値"}"#, .json(#"{"ключ":"значение","鍵":"値"}"#)),
        Case("same key at different levels", #"{"a":{"a":{"a":1}}}"#, .json(#"{"a":{"a":{"a":1}}}"#)),
        Case("structural characters inside a string", #"["[{]}:,"]"#, .json(#"["[{]}:,"]"#)),
        Case(
            "1000-element array",
            "[" + (0..<1_000).map { String($0) }.joined(separator: ", ") + "]",
            .json("[" + (0..<1_000).map { String($0) }.joined(separator: ",") + "]")
        ),
        Case(
            "100 keys in descending order",
            "{" + (0..<100).reversed().map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}",
            .json("{" + (0..<100).reversed().map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}")
        ),
        Case(
            "arrays nested 100 deep",
            String(repeating: "[ ", count: 100) + String(repeating: "] ", count: 100),
            .json(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        ),
    ]

    static let topLevelAcceptCases: [Case] = [
        Case("top-level integer", "1", .json("1")),
        Case("top-level zero", "0", .json("0")),
        Case("top-level integer surrounded by spaces", " 1 ", .json("1")),
        Case("top-level number with fraction and exponent", "-0.5e-3", .json("-0.5e-3")),
        Case("top-level number followed by a newline", "42\n", .json("42")),
        Case("top-level string", #""x""#, .json(#""x""#)),
        Case("top-level empty string", "\"\"", .json("\"\"")),
        Case("top-level string surrounded by whitespace", "\n\t\"x\"\r\n", .json(#""x""#)),
        Case("top-level true", "true", .json("true")),
        Case("top-level false", "false", .json("false")),
        Case("top-level null", "null", .json("null")),
        Case("top-level null surrounded by whitespace", "\r\n null \t", .json("null")),
        Case("top-level object surrounded by whitespace", " {\"a\":1}\n", .json(#"{"a":1}"#)),
    ]

    @Test("Numbers: literals are accepted and kept verbatim", arguments: JSONReaderConformanceTests.numberAcceptCases)
    func acceptsNumbers(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("Strings: escapes decode and UTF-8 passes through", arguments: JSONReaderConformanceTests.stringAcceptCases)
    func acceptsStrings(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("Arrays, objects and whitespace", arguments: JSONReaderConformanceTests.structureAcceptCases)
    func acceptsStructure(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("Any value may stand at the top level", arguments: JSONReaderConformanceTests.topLevelAcceptCases)
    func acceptsTopLevelScalars(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    // MARK: - Rejected documents

    static let numberRejectCases: [Case] = [
        Case("leading zero", "01", .error(.invalidNumber)),
        Case("negative leading zero", "-01", .error(.invalidNumber)),
        Case("leading zero in an array", "[01]", .error(.invalidNumber)),
        Case("double zero", "[00]", .error(.invalidNumber)),
        Case("negative double zero with fraction", "[-00.5]", .error(.invalidNumber)),
        Case("thousands written with a comma", "[1,000]", .error(.invalidNumber)),
        Case("minus without digits", "[-]", .error(.invalidNumber)),
        Case("minus followed by a space", "[- 1]", .error(.invalidNumber)),
        Case("top-level minus followed by a space", "- 1", .error(.invalidNumber)),
        Case("fraction without digits", "[1.]", .error(.invalidNumber)),
        Case("top-level fraction without digits followed by a space", "1. ", .error(.invalidNumber)),
        Case("fraction without digits before an exponent", "[1.e2]", .error(.invalidNumber)),
        Case("exponent without digits", "[1e]", .error(.invalidNumber)),
        Case("uppercase exponent without digits", "[1E]", .error(.invalidNumber)),
        Case("signed exponent without digits", "[1e+]", .error(.invalidNumber)),
        Case("negative exponent without digits", "[1e-]", .error(.invalidNumber)),
        Case("exponent with two signs", "[1e+-1]", .error(.invalidNumber)),
        Case("double exponent marker", "[1ee2]", .error(.invalidNumber)),
        Case("negative Infinity", "[-Infinity]", .error(.invalidNumber)),
        Case("negative NaN", "[-NaN]", .error(.invalidNumber)),
        Case("leading decimal point", "[.1]", .error(.unexpectedByte)),
        Case("top-level leading decimal point", ".5", .error(.unexpectedByte)),
        Case("leading plus sign", "[+1]", .error(.unexpectedByte)),
        Case("top-level leading plus sign", "+1", .error(.unexpectedByte)),
        Case("hexadecimal in an array", "[0x1F]", .error(.unexpectedByte)),
        Case("top-level hexadecimal", "0x10", .error(.trailingContent)),
        Case("second decimal point", "[1.5.2]", .error(.unexpectedByte)),
        Case("NaN", "NaN", .error(.unexpectedByte)),
        Case("NaN in an array", "[NaN]", .error(.unexpectedByte)),
        Case("Infinity", "Infinity", .error(.unexpectedByte)),
        Case("Arabic-Indic digit", "[\u{661}]", .error(.unexpectedByte)),
        Case("fullwidth digit", "[\u{FF11}]", .error(.unexpectedByte)),
    ]

    static let structureRejectCases: [Case] = [
        Case("truncated true inside an array", "[tru]", .error(.unexpectedByte)),
        Case("capitalised True", "True", .error(.unexpectedByte)),
        Case("capitalised True in an array", "[True]", .error(.unexpectedByte)),
        Case("uppercase FALSE", "FALSE", .error(.unexpectedByte)),
        Case("capitalised Null", "Null", .error(.unexpectedByte)),
        Case("nil is not null", "nil", .error(.unexpectedByte)),
        Case("truncated null inside an array", "[nul]", .error(.unexpectedByte)),
        Case("truth is not true", "[truth]", .error(.unexpectedByte)),
        Case("undefined", "[undefined]", .error(.unexpectedByte)),
        Case("trailing comma in an array", "[1,]", .error(.unexpectedByte)),
        Case("trailing comma after two elements", "[1,2,]", .error(.unexpectedByte)),
        Case("trailing comma in an object", #"{"a":1,}"#, .error(.unexpectedByte)),
        Case("leading comma in an array", "[,1]", .error(.unexpectedByte)),
        Case("lone comma in an array", "[,]", .error(.unexpectedByte)),
        Case("lone comma in an object", "{,}", .error(.unexpectedByte)),
        Case("double comma in an array", "[1,,2]", .error(.unexpectedByte)),
        Case("double comma in an object", #"{"a":1,,"b":2}"#, .error(.unexpectedByte)),
        Case("missing comma between numbers", "[1 2]", .error(.unexpectedByte)),
        Case("missing comma between strings", #"["a" "b"]"#, .error(.unexpectedByte)),
        Case("missing comma between adjacent strings", #"["a""b"]"#, .error(.unexpectedByte)),
        Case("missing comma between arrays", "[[] []]", .error(.unexpectedByte)),
        Case("missing comma between objects", "[{}{}]", .error(.unexpectedByte)),
        Case("missing comma between members", #"{"a":1 "b":2}"#, .error(.unexpectedByte)),
        Case("missing colon", #"{"a" 1}"#, .error(.unexpectedByte)),
        Case("key without colon or value", #"{"a"}"#, .error(.unexpectedByte)),
        Case("comma instead of colon", #"{"a",1}"#, .error(.unexpectedByte)),
        Case("double colon", #"{"a"::1}"#, .error(.unexpectedByte)),
        Case("equals sign instead of colon", #"{"a"=1}"#, .error(.unexpectedByte)),
        Case("missing member value", #"{"a":}"#, .error(.unexpectedByte)),
        Case("missing member value before a comma", #"{"a":,"b":1}"#, .error(.unexpectedByte)),
        Case("single-quoted string", "['a']", .error(.unexpectedByte)),
        Case("top-level single-quoted string", "'a'", .error(.unexpectedByte)),
        Case("single-quoted key", "{'a':1}", .error(.unexpectedByte)),
        Case("unquoted key", "{a:1}", .error(.unexpectedByte)),
        Case("unquoted word key", #"{key:"v"}"#, .error(.unexpectedByte)),
        Case("number as key", "{1:1}", .error(.unexpectedByte)),
        Case("null as key", "{null:1}", .error(.unexpectedByte)),
        Case("true as key", "{true:1}", .error(.unexpectedByte)),
        Case("array as key", "{[]:1}", .error(.unexpectedByte)),
        Case("object as key", "{{}:1}", .error(.unexpectedByte)),
        Case("block comment inside an array", "[1 /* c */]", .error(.unexpectedByte)),
        Case("block comment before the value", "/* c */ 1", .error(.unexpectedByte)),
        Case("line comment before the value", "// c\n1", .error(.unexpectedByte)),
        Case("hash comment before the value", "# c\n1", .error(.unexpectedByte)),
        Case("block comment inside an object", #"{"a":1 /* c */}"#, .error(.unexpectedByte)),
        Case("array closed by a brace", "[}", .error(.unexpectedByte)),
        Case("object closed by a bracket", "{]", .error(.unexpectedByte)),
        Case("array with element closed by a brace", "[1}", .error(.unexpectedByte)),
        Case("object with member closed by a bracket", #"{"a":1]"#, .error(.unexpectedByte)),
        Case("lone closing bracket", "]", .error(.unexpectedByte)),
        Case("lone closing brace", "}", .error(.unexpectedByte)),
        Case("lone colon", ":", .error(.unexpectedByte)),
        Case("lone comma", ",", .error(.unexpectedByte)),
        Case("parenthesised value", "(1)", .error(.unexpectedByte)),
        Case("raw non-ASCII letter outside a string", "[\u{E9}]", .error(.unexpectedByte)),
        Case("no-break space is not whitespace", "[\u{A0}1]", .error(.unexpectedByte)),
        Case("vertical tab is not whitespace", "[\u{0B}1]", .error(.unexpectedByte)),
        Case("form feed is not whitespace", "\u{0C}1", .error(.unexpectedByte)),
        Case("U+2028 is not whitespace", "[\u{2028}1]", .error(.unexpectedByte)),
        Case("NUL byte before the value", bytes: [0x00, 0x31], .error(.unexpectedByte)),
    ]

    static let stringRejectCases: [Case] = [
        Case("escape \\x", #""\x41""#, .error(.invalidEscape)),
        Case("escaped single quote", #""\'""#, .error(.invalidEscape)),
        Case("uppercase \\U escape", #""\U0041""#, .error(.invalidEscape)),
        Case("escape \\a", #""\a""#, .error(.invalidEscape)),
        Case("escape \\v", #""\v""#, .error(.invalidEscape)),
        Case("escape \\0", #""\0""#, .error(.invalidEscape)),
        Case("escaped space", #""\ ""#, .error(.invalidEscape)),
        Case("invalid escape in a key", #"{"\x":1}"#, .error(.invalidEscape)),
        Case("unicode escape without digits", #""\u""#, .error(.invalidUnicodeEscape)),
        Case("unicode escape with one digit", #""\u1""#, .error(.invalidUnicodeEscape)),
        Case("unicode escape with two digits", #""\u12""#, .error(.invalidUnicodeEscape)),
        Case("unicode escape with three digits", #""\u123""#, .error(.invalidUnicodeEscape)),
        Case("unicode escape with a non-hex digit", #""\u12G4""#, .error(.invalidUnicodeEscape)),
        Case("unicode escape with a sign", #""\u-123""#, .error(.invalidUnicodeEscape)),
        Case("unicode escape with a space", #""\u 123""#, .error(.invalidUnicodeEscape)),
        Case("Swift-style braced unicode escape", #""\u{41}""#, .error(.invalidUnicodeEscape)),
        Case("short low half of a surrogate pair", #""\uD83D\uDE0""#, .error(.invalidUnicodeEscape)),
        Case("raw NUL in a string", bytes: quoted([0x61, 0x00, 0x62]), .error(.unescapedControlCharacter)),
        Case("raw U+0001 in a string", bytes: quoted([0x01]), .error(.unescapedControlCharacter)),
        Case("raw backspace in a string", bytes: quoted([0x08]), .error(.unescapedControlCharacter)),
        Case("raw tab in a string", bytes: quoted([0x61, 0x09, 0x62]), .error(.unescapedControlCharacter)),
        Case("raw newline in a string", bytes: quoted([0x61, 0x0A, 0x62]), .error(.unescapedControlCharacter)),
        Case("raw carriage return in a string", bytes: quoted([0x0D]), .error(.unescapedControlCharacter)),
        Case("raw escape character in a string", bytes: quoted([0x1B]), .error(.unescapedControlCharacter)),
        Case("raw U+001F in a string", bytes: quoted([0x1F]), .error(.unescapedControlCharacter)),
        Case("raw tab in a key", "{\"a\tb\":1}", .error(.unescapedControlCharacter)),
    ]

    static let utf8RejectCases: [Case] = [
        Case("lone continuation byte 0x80", bytes: quoted([0x80]), .error(.invalidUTF8)),
        Case("lone continuation byte 0xBF", bytes: quoted([0xBF]), .error(.invalidUTF8)),
        Case("continuation byte between letters", bytes: quoted([0x61, 0x80, 0x62]), .error(.invalidUTF8)),
        Case(
            "extra continuation byte after a complete sequence", bytes: quoted([0xC3, 0xA9, 0xA9]), .error(.invalidUTF8)
        ),
        Case("overlong 2-byte solidus C0 AF", bytes: quoted([0xC0, 0xAF]), .error(.invalidUTF8)),
        Case("overlong 2-byte NUL C0 80", bytes: quoted([0xC0, 0x80]), .error(.invalidUTF8)),
        Case("overlong 2-byte C1 BF", bytes: quoted([0xC1, 0xBF]), .error(.invalidUTF8)),
        Case("overlong 3-byte solidus E0 80 AF", bytes: quoted([0xE0, 0x80, 0xAF]), .error(.invalidUTF8)),
        Case("overlong 3-byte U+07FF E0 9F BF", bytes: quoted([0xE0, 0x9F, 0xBF]), .error(.invalidUTF8)),
        Case("overlong 4-byte solidus F0 80 80 AF", bytes: quoted([0xF0, 0x80, 0x80, 0xAF]), .error(.invalidUTF8)),
        Case("overlong 4-byte U+FFFF F0 8F BF BF", bytes: quoted([0xF0, 0x8F, 0xBF, 0xBF]), .error(.invalidUTF8)),
        Case("encoded high surrogate ED A0 80", bytes: quoted([0xED, 0xA0, 0x80]), .error(.invalidUTF8)),
        Case("encoded low surrogate ED BF BF", bytes: quoted([0xED, 0xBF, 0xBF]), .error(.invalidUTF8)),
        Case(
            "CESU-8 surrogate pair",
            bytes: quoted([0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]),
            .error(.invalidUTF8)
        ),
        Case("above U+10FFFF F4 90 80 80", bytes: quoted([0xF4, 0x90, 0x80, 0x80]), .error(.invalidUTF8)),
        Case("lead byte F5", bytes: quoted([0xF5, 0x80, 0x80, 0x80]), .error(.invalidUTF8)),
        Case("lead byte F7", bytes: quoted([0xF7, 0xBF, 0xBF, 0xBF]), .error(.invalidUTF8)),
        Case("5-byte lead F8", bytes: quoted([0xF8, 0x88, 0x80, 0x80, 0x80]), .error(.invalidUTF8)),
        Case("6-byte lead FC", bytes: quoted([0xFC, 0x84, 0x80, 0x80, 0x80, 0x80]), .error(.invalidUTF8)),
        Case("byte FE", bytes: quoted([0xFE]), .error(.invalidUTF8)),
        Case("byte FF", bytes: quoted([0xFF]), .error(.invalidUTF8)),
        Case("2-byte sequence cut short by the closing quote", bytes: quoted([0xC3]), .error(.invalidUTF8)),
        Case("3-byte sequence cut short by the closing quote", bytes: quoted([0xE2, 0x82]), .error(.invalidUTF8)),
        Case(
            "4-byte sequence cut short by the closing quote", bytes: quoted([0x61, 0xF0, 0x9F, 0x98]),
            .error(.invalidUTF8)),
        Case("2-byte sequence cut short by a letter", bytes: quoted([0xC3, 0x41]), .error(.invalidUTF8)),
        Case("3-byte sequence cut short by a letter", bytes: quoted([0xE2, 0x28, 0xA1]), .error(.invalidUTF8)),
        Case("4-byte sequence cut short by letters", bytes: quoted([0xF0, 0x9F, 0x41, 0x41]), .error(.invalidUTF8)),
        Case("invalid UTF-8 in a key", bytes: bytes("{\"") + [0x80] + bytes("\":1}"), .error(.invalidUTF8)),
        Case(
            "invalid UTF-8 in a nested string", bytes: bytes("[1,{\"a\":[\"") + [0xC0, 0xAF] + bytes("\"]}]"),
            .error(.invalidUTF8)),
    ]

    static let truncationRejectCases: [Case] = [
        Case("empty input", bytes: [], .error(.emptyInput)),
        Case("single space", " ", .error(.emptyInput)),
        Case("whitespace of all four kinds only", " \t\r\n ", .error(.emptyInput)),
        Case("lone quote", "\"", .error(.unexpectedEndOfInput)),
        Case("unterminated string", #""abc"#, .error(.unexpectedEndOfInput)),
        Case("unterminated string ending in a backslash", #""abc\"#, .error(.unexpectedEndOfInput)),
        Case("unterminated unicode escape", #""\u00"#, .error(.unexpectedEndOfInput)),
        Case("unterminated string after a high surrogate", #""\ud83d"#, .error(.unexpectedEndOfInput)),
        Case("unterminated key", #"{"a"#, .error(.unexpectedEndOfInput)),
        Case("lone opening bracket", "[", .error(.unexpectedEndOfInput)),
        Case("unterminated array after an element", "[1", .error(.unexpectedEndOfInput)),
        Case("unterminated array after a comma", "[1,", .error(.unexpectedEndOfInput)),
        Case("unterminated array after two elements", "[1,2", .error(.unexpectedEndOfInput)),
        Case("unterminated outer array", "[[]", .error(.unexpectedEndOfInput)),
        Case("lone opening brace", "{", .error(.unexpectedEndOfInput)),
        Case("unterminated object after a key", #"{"a""#, .error(.unexpectedEndOfInput)),
        Case("unterminated object after a colon", #"{"a":"#, .error(.unexpectedEndOfInput)),
        Case("unterminated object after a value", #"{"a":1"#, .error(.unexpectedEndOfInput)),
        Case("unterminated object after a comma", #"{"a":1,"#, .error(.unexpectedEndOfInput)),
        Case("unterminated deep nesting", #"[{"a":[1,{"b":"#, .error(.unexpectedEndOfInput)),
        Case("truncated true", "tru", .error(.unexpectedEndOfInput)),
        Case("truncated false", "fals", .error(.unexpectedEndOfInput)),
        Case("truncated null", "n", .error(.unexpectedEndOfInput)),
        Case("lone minus", "-", .error(.unexpectedEndOfInput)),
        Case("number ending in a decimal point", "1.", .error(.unexpectedEndOfInput)),
        Case("number ending in an exponent marker", "1e", .error(.unexpectedEndOfInput)),
        Case("number ending in an exponent sign", "1E+", .error(.unexpectedEndOfInput)),
    ]

    static let trailingRejectCases: [Case] = [
        Case("two numbers", "1 2", .error(.trailingContent)),
        Case("letter after an object", "{}x", .error(.trailingContent)),
        Case("extra closing bracket", "[]]", .error(.trailingContent)),
        Case("extra closing bracket after an element", "[1]]", .error(.trailingContent)),
        Case("two arrays", "[][]", .error(.trailingContent)),
        Case("array then object", "[]{}", .error(.trailingContent)),
        Case("two adjacent strings", #""a""b""#, .error(.trailingContent)),
        Case("two strings separated by a space", #""a" "b""#, .error(.trailingContent)),
        Case("comma after the value", "{} ,", .error(.trailingContent)),
        Case("extra letter after null", "nulll", .error(.trailingContent)),
        Case("two literals run together", "truefalse", .error(.trailingContent)),
        Case("line comment after the value", "[1] // c", .error(.trailingContent)),
        Case("NUL byte after a number", bytes: bytes("1") + [0x00], .error(.trailingContent)),
        Case("NUL byte after an array", bytes: bytes("[]") + [0x00], .error(.trailingContent)),
        Case(
            "NUL bytes after whitespace after null", bytes: bytes("null \n") + [0x00, 0x00], .error(.trailingContent)),
    ]

    @Test("Numbers outside the RFC 8259 grammar are rejected", arguments: JSONReaderConformanceTests.numberRejectCases)
    func rejectsNumbers(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test(
        "Malformed literals, separators, keys and comments are rejected",
        arguments: JSONReaderConformanceTests.structureRejectCases)
    func rejectsStructure(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test(
        "Invalid escapes and raw control characters in strings are rejected",
        arguments: JSONReaderConformanceTests.stringRejectCases)
    func rejectsStrings(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("Ill-formed UTF-8 in strings is rejected", arguments: JSONReaderConformanceTests.utf8RejectCases)
    func rejectsInvalidUTF8(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("Empty and truncated documents are rejected", arguments: JSONReaderConformanceTests.truncationRejectCases)
    func rejectsTruncation(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("Content after the top-level value is rejected", arguments: JSONReaderConformanceTests.trailingRejectCases)
    func rejectsTrailingContent(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    // MARK: - Implementation-defined behaviour and its options

    static let byteOrderMarkCases: [Case] = [
        Case("BOM before an array is skipped", bytes: bom + bytes("[1]"), .json("[1]")),
        Case("BOM before a string is skipped", bytes: bom + bytes(#""x""#), .json(#""x""#)),
        Case("BOM before whitespace and an object is skipped", bytes: bom + bytes(" {\"a\":1} "), .json(#"{"a":1}"#)),
        Case("BOM-only input is empty", bytes: bom, .error(.emptyInput)),
        Case("BOM followed by whitespace only is empty", bytes: bom + bytes(" \n"), .error(.emptyInput)),
        Case("only one BOM is skipped", bytes: bom + bom + bytes("1"), .error(.unexpectedByte)),
        Case("BOM after whitespace is not skipped", bytes: bytes(" ") + bom + bytes("1"), .error(.unexpectedByte)),
        Case("BOM between array elements", bytes: bytes("[1,") + bom + bytes("2]"), .error(.unexpectedByte)),
        Case("BOM after the value", bytes: bytes("1") + bom, .error(.trailingContent)),
        Case("incomplete BOM", bytes: [0xEF, 0xBB] + bytes("1"), .error(.unexpectedByte)),
        Case("BOM bytes inside a string are content", bytes: quoted(bom), .output(quoted(bom))),
        Case(
            "UTF-16 big-endian BOM and text", bytes: [0xFE, 0xFF, 0x00, 0x5B, 0x00, 0x31, 0x00, 0x5D],
            .error(.unexpectedByte)),
        Case(
            "UTF-16 little-endian BOM and text", bytes: [0xFF, 0xFE, 0x5B, 0x00, 0x31, 0x00, 0x5D, 0x00],
            .error(.unexpectedByte)),
        Case("UTF-16 big-endian text without BOM", bytes: [0x00, 0x5B, 0x00, 0x5D], .error(.unexpectedByte)),
        Case(
            "UTF-32 little-endian BOM", bytes: [0xFF, 0xFE, 0x00, 0x00, 0x31, 0x00, 0x00, 0x00], .error(.unexpectedByte)
        ),
        Case(
            "rejecting option: BOM before an array", bytes: bom + bytes("[1]"), .error(.byteOrderMark),
            reader: rejectingBOM),
        Case("rejecting option: BOM-only input", bytes: bom, .error(.byteOrderMark), reader: rejectingBOM),
        Case("rejecting option: document without BOM", "[1]", .json("[1]"), reader: rejectingBOM),
        Case(
            "rejecting option: BOM bytes inside a string", bytes: quoted(bom), .output(quoted(bom)),
            reader: rejectingBOM),
    ]

    /// 40 members `"k0":0` ... `"k39":39`, enough to go past any small-object fast path; the member
    /// with key `"k\(last)"` gets the value `"last"` instead.
    static func fortyMembers(last: Int? = nil) -> String {
        (0..<40).map { (index: Int) -> String in index == last ? "\"k\(index)\":\"last\"" : "\"k\(index)\":\(index)" }
            .joined(separator: ",")
    }

    /// An object with a key of every length from 1 to 16 bytes, then each again with the value 2, then a member long
    /// enough that every key has sixteen bytes after it (so that word-at-a-time reads of a key stay inside).
    static func keysOfEveryLength(repeated: Bool) -> String {
        let keys = (1...16).map { String("abcdefghijklmnop".prefix($0)) }
        let first = keys.map { "\"\($0)\":\(repeated ? 1 : 2)" }
        let again = repeated ? keys.map { "\"\($0)\":2" } : []
        return "{" + (first + again + [#""pad":"0123456789abcdef""#]).joined(separator: ",") + "}"
    }

    static let duplicateKeyCases: [Case] = [
        Case(
            "short keys of every length, each repeated once",
            keysOfEveryLength(repeated: true), .json(keysOfEveryLength(repeated: false))),
        Case(
            "short keys that differ only in their last byte are not duplicates",
            #"{"abcdefgh":1,"abcdefgi":2,"abcdefghijklmno":3,"abcdefghijklmnp":4,"abcdefghijklmnop":5,"pad":"0123456789abcdef"}"#,
            .json(
                #"{"abcdefgh":1,"abcdefgi":2,"abcdefghijklmno":3,"abcdefghijklmnp":4,"abcdefghijklmnop":5,"pad":"0123456789abcdef"}"#
            )),
        Case(
            "a Cyrillic key beside a short ASCII one, each repeated",
            #"{"ключ":1,"key":2,"ключ":3,"key":4,"pad":"0123456789abcdef"}"#,
            .json(#"{"ключ":3,"key":4,"pad":"0123456789abcdef"}"#)),
        Case(
            "a key and its escaped spelling, with room after both",
            #"{"name":1,"n\u0061me":2,"pad":"0123456789abcdef"}"#, .json(#"{"name":2,"pad":"0123456789abcdef"}"#)),
        Case(
            "rejecting option: duplicate key with room after it",
            #"{"abcdefghij":1,"abcdefghij":2,"pad":"0123456789abcdef"}"#, .error(.duplicateKey),
            reader: rejectingDuplicates),
        Case("later value replaces earlier, first position kept", #"{"a":1,"b":2,"a":3}"#, .json(#"{"a":3,"b":2}"#)),
        Case("three occurrences keep the last value", #"{"a":1,"a":2,"a":3}"#, .json(#"{"a":3}"#)),
        Case(
            "duplicate replaces a container with a container",
            #"{"a":[1],"b":0,"a":{"c":2}}"#,
            .json(#"{"a":{"c":2},"b":0}"#)
        ),
        Case("duplicate spelled with an escape", #"{"a":1,"\u0061":2}"#, .json(#"{"a":2}"#)),
        Case("duplicate empty key", #"{"":1,"x":0,"":2}"#, .json(#"{"":2,"x":0}"#)),
        Case("escaped key first, plain duplicate after", #"{"\u0061":1,"a":2}"#, .json(#"{"a":2}"#)),
        Case(
            "an escaped key makes later keys compare exactly", #"{"\u0062":1,"a":2,"c":0,"a":3}"#,
            .json(#"{"b":1,"a":3,"c":0}"#)),
        Case(
            "duplicate among keys of one length and the same first, middle and last bytes",
            #"{"kab":1,"kbb":2,"kcb":3,"kba":4,"kab":5,"kbb":6}"#, .json(#"{"kab":5,"kbb":6,"kcb":3,"kba":4}"#)),
        Case(
            "duplicate in the middle of 40 keys",
            "{" + fortyMembers() + ",\"k17\":\"last\"}",
            .json("{" + fortyMembers(last: 17) + "}")
        ),
        Case(
            "duplicate of the first of 40 keys",
            "{" + fortyMembers() + ",\"k0\":\"last\"}",
            .json("{" + fortyMembers(last: 0) + "}")
        ),
        Case(
            "nested object: later value replaces earlier",
            #"[{"x":{"a":1,"a":2}}]"#,
            .json(#"[{"x":{"a":2}}]"#)
        ),
        Case(
            "rejecting option: duplicate key", #"{"a":1,"b":2,"a":3}"#, .error(.duplicateKey),
            reader: rejectingDuplicates),
        Case(
            "rejecting option: duplicate spelled with an escape", #"{"a":1,"\u0061":2}"#, .error(.duplicateKey),
            reader: rejectingDuplicates),
        Case(
            "rejecting option: duplicate empty key", #"{"":1,"":2}"#, .error(.duplicateKey), reader: rejectingDuplicates
        ),
        Case(
            "rejecting option: duplicate among 40 keys",
            "{" + fortyMembers() + ",\"k17\":\"last\"}",
            .error(.duplicateKey),
            reader: rejectingDuplicates
        ),
        Case(
            "rejecting option: duplicate in a nested object",
            #"{"x":[{"a":1,"b":2,"a":3}]}"#,
            .error(.duplicateKey),
            reader: rejectingDuplicates
        ),
        Case(
            "rejecting option: 40 distinct keys", "{" + fortyMembers() + "}", .json("{" + fortyMembers() + "}"),
            reader: rejectingDuplicates),
        Case(
            "rejecting option: keys differing in case", #"{"a":1,"A":2}"#, .json(#"{"a":1,"A":2}"#),
            reader: rejectingDuplicates),
        Case(
            "rejecting option: key and its prefix", #"{"ab":1,"a":2,"":3}"#, .json(#"{"ab":1,"a":2,"":3}"#),
            reader: rejectingDuplicates),
        Case(
            "rejecting option: empty key and NUL key differ",
            #"{"":1,"\u0000":2}"#,
            .json(#"{"":1,"\u0000":2}"#),
            reader: rejectingDuplicates
        ),
        Case(
            "rejecting option: same key in sibling objects",
            #"[{"a":1},{"a":2}]"#,
            .json(#"[{"a":1},{"a":2}]"#),
            reader: rejectingDuplicates
        ),
        Case(
            "rejecting option: same key at different levels",
            #"{"a":{"a":{"a":1}}}"#,
            .json(#"{"a":{"a":{"a":1}}}"#),
            reader: rejectingDuplicates
        ),
        Case(
            "rejecting option: canonically equivalent keys are distinct",
            "{\"\u{E9}\":1,\"e\u{301}\":2}",
            .json("{\"\u{E9}\":1,\"e\u{301}\":2}"),
            reader: rejectingDuplicates
        ),
        Case(
            "canonically equivalent keys are distinct by default too",
            "{\"\u{E9}\":1,\"e\u{301}\":2}",
            .json("{\"\u{E9}\":1,\"e\u{301}\":2}")
        ),
    ]

    static let loneSurrogateCases: [Case] = [
        Case("lone high surrogate", #"["\ud800"]"#, .json("[\"\u{FFFD}\"]")),
        Case("lone low surrogate", #"["\udc00"]"#, .json("[\"\u{FFFD}\"]")),
        Case("lone uppercase low surrogate U+DFFF", #"["\uDFFF"]"#, .json("[\"\u{FFFD}\"]")),
        Case("high surrogate followed by a letter", #"["\ud800x"]"#, .json("[\"\u{FFFD}x\"]")),
        Case("high surrogate followed by an escaped letter", #"["\ud800\u0041"]"#, .json("[\"\u{FFFD}A\"]")),
        Case("high surrogate followed by a newline escape", #"["\ud800\n"]"#, .json("[\"\u{FFFD}\\n\"]")),
        Case("high surrogate at the end of a string", #"["a\udbff"]"#, .json("[\"a\u{FFFD}\"]")),
        Case("two high surrogates", #"["\ud800\ud800"]"#, .json("[\"\u{FFFD}\u{FFFD}\"]")),
        Case("low before high surrogate", #"["\ude00\ud83d"]"#, .json("[\"\u{FFFD}\u{FFFD}\"]")),
        Case(
            "unpaired high surrogate, then a valid pair",
            #"["\ud800\ud800\udc00"]"#,
            .json("[\"\u{FFFD}\u{10000}\"]")
        ),
        Case("lone surrogate in a key", #"{"\udc00":1}"#, .json("{\"\u{FFFD}\":1}")),
        Case(
            "rejecting option: lone high surrogate", #"["\ud800"]"#, .error(.loneSurrogate),
            reader: rejectingLoneSurrogates),
        Case(
            "rejecting option: lone low surrogate", #"["\udc00"]"#, .error(.loneSurrogate),
            reader: rejectingLoneSurrogates),
        Case(
            "rejecting option: high surrogate followed by a letter", #"["\ud800x"]"#, .error(.loneSurrogate),
            reader: rejectingLoneSurrogates),
        Case(
            "rejecting option: high surrogate followed by an escaped letter",
            #"["\ud800\u0041"]"#,
            .error(.loneSurrogate),
            reader: rejectingLoneSurrogates
        ),
        Case(
            "rejecting option: low before high surrogate", #"["\ude00\ud83d"]"#, .error(.loneSurrogate),
            reader: rejectingLoneSurrogates),
        Case(
            "rejecting option: lone surrogate in a key", #"{"\udc00":1}"#, .error(.loneSurrogate),
            reader: rejectingLoneSurrogates),
        Case("rejecting option: valid pair", #"["\ud83d\ude00"]"#, .json(#"["😀"]"#), reader: rejectingLoneSurrogates),
    ]

    static let hugeNumberCases: [Case] = [
        Case("exponent overflowing Double", "[1e400,-1e400]", .json("[1e400,-1e400]")),
        Case("exponent underflowing Double", "[1e-400,-1e-400]", .json("[1e-400,-1e-400]")),
        Case("twenty-digit exponent", "[1E+99999999999999999999]", .json("[1E+99999999999999999999]")),
        Case(
            "just above Double.greatestFiniteMagnitude", "[1.7976931348623159e308]", .json("[1.7976931348623159e308]")),
        Case("half the smallest subnormal", "[2.4703282292062327e-324]", .json("[2.4703282292062327e-324]")),
        Case(
            "sixty-digit integer",
            "[123456789012345678901234567890123456789012345678901234567890]",
            .json("[123456789012345678901234567890123456789012345678901234567890]")
        ),
        Case(
            "fraction with 400 zeros",
            "[0." + String(repeating: "0", count: 400) + "1]",
            .json("[0." + String(repeating: "0", count: 400) + "1]")
        ),
        Case("huge exponent as a top-level value", "-9.99e+999999", .json("-9.99e+999999")),
    ]

    @Test(
        "Byte order marks: skipped by default, rejected on request",
        arguments: JSONReaderConformanceTests.byteOrderMarkCases)
    func byteOrderMarks(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test(
        "Duplicate keys: last wins by default, rejected on request",
        arguments: JSONReaderConformanceTests.duplicateKeyCases)
    func duplicateKeys(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test(
        "Lone surrogate escapes: U+FFFD by default, rejected on request",
        arguments: JSONReaderConformanceTests.loneSurrogateCases)
    func loneSurrogates(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test(
        "Numbers beyond Double's range or precision keep their literal",
        arguments: JSONReaderConformanceTests.hugeNumberCases)
    func hugeNumbers(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    // MARK: - Limits

    static func nestedArrays(_ depth: Int, innermost: String = "") -> String {
        String(repeating: "[", count: depth) + innermost + String(repeating: "]", count: depth)
    }

    static func nestedObjects(_ depth: Int, innermost: String = "1") -> String {
        String(repeating: #"{"a":"#, count: depth) + innermost + String(repeating: "}", count: depth)
    }

    static let depth3 = JSONReader(limits: JSONLimits(maxDepth: 3))
    static let depth1 = JSONReader(limits: JSONLimits(maxDepth: 1))
    static let depth0 = JSONReader(limits: JSONLimits(maxDepth: 0))

    static let depthCases: [Case] = [
        Case(
            "512 nested arrays around a number", nestedArrays(512, innermost: "1"),
            .json(nestedArrays(512, innermost: "1"))),
        Case("512 nested empty arrays", nestedArrays(512), .json(nestedArrays(512))),
        Case("513 nested arrays", nestedArrays(513, innermost: "1"), .error(.depthLimitExceeded)),
        Case("512 nested objects", nestedObjects(512), .json(nestedObjects(512))),
        Case("513 nested objects", nestedObjects(513), .error(.depthLimitExceeded)),
        Case(
            "512 alternating arrays and objects",
            String(repeating: #"[{"a":"#, count: 256) + "null" + String(repeating: "}]", count: 256),
            .json(String(repeating: #"[{"a":"#, count: 256) + "null" + String(repeating: "}]", count: 256))
        ),
        Case(
            "513 alternating arrays and objects",
            "[" + String(repeating: #"[{"a":"#, count: 256) + "null" + String(repeating: "}]", count: 256) + "]",
            .error(.depthLimitExceeded)
        ),
        Case(
            "100000 unterminated opening brackets", String(repeating: "[", count: 100_000), .error(.depthLimitExceeded)),
        Case("100000 balanced nested arrays", nestedArrays(100_000), .error(.depthLimitExceeded)),
        Case("100000 nested objects", nestedObjects(100_000), .error(.depthLimitExceeded)),
        Case(
            "100000 opening brackets with maxDepth 3", String(repeating: "[", count: 100_000),
            .error(.depthLimitExceeded), reader: depth3),
        Case("maxDepth 3: three arrays", "[[[1]]]", .json("[[[1]]]"), reader: depth3),
        Case("maxDepth 3: four arrays", "[[[[1]]]]", .error(.depthLimitExceeded), reader: depth3),
        Case("maxDepth 3: object, object, array", #"{"a":{"b":[1]}}"#, .json(#"{"a":{"b":[1]}}"#), reader: depth3),
        Case(
            "maxDepth 3: object, object, array, array", #"{"a":{"b":[[]]}}"#, .error(.depthLimitExceeded),
            reader: depth3),
        Case(
            "maxDepth 3: siblings do not add up", #"[[[]],[[]],{"a":[]}]"#, .json(#"[[[]],[[]],{"a":[]}]"#),
            reader: depth3),
        Case("maxDepth 3: too deep in the last sibling", "[[],[],[[[]]]]", .error(.depthLimitExceeded), reader: depth3),
        Case("maxDepth 1: flat array", "[1,2]", .json("[1,2]"), reader: depth1),
        Case("maxDepth 1: flat object", #"{"a":"b"}"#, .json(#"{"a":"b"}"#), reader: depth1),
        Case("maxDepth 1: array in an array", "[[]]", .error(.depthLimitExceeded), reader: depth1),
        Case("maxDepth 1: object in an array", "[{}]", .error(.depthLimitExceeded), reader: depth1),
        Case("maxDepth 0: number", "1", .json("1"), reader: depth0),
        Case("maxDepth 0: string", #""s""#, .json(#""s""#), reader: depth0),
        Case("maxDepth 0: empty array", "[]", .error(.depthLimitExceeded), reader: depth0),
        Case("maxDepth 0: empty object", "{}", .error(.depthLimitExceeded), reader: depth0),
    ]

    static let eightByteDocuments = JSONReader(limits: JSONLimits(maxDocumentBytes: 8))

    static let documentSizeCases: [Case] = [
        Case("7 bytes with an 8-byte limit", "[1,2,3]", .json("[1,2,3]"), reader: eightByteDocuments),
        Case("exactly 8 bytes", "[1,2,34]", .json("[1,2,34]"), reader: eightByteDocuments),
        Case("exactly 8 bytes, top-level number", "12345678", .json("12345678"), reader: eightByteDocuments),
        Case("9 bytes", "[1,2,345]", .error(.documentTooLarge), reader: eightByteDocuments),
        Case("9-byte string", #""abcdefg""#, .error(.documentTooLarge), reader: eightByteDocuments),
        Case("trailing whitespace counts", "[1]      ", .error(.documentTooLarge), reader: eightByteDocuments),
        Case("multi-byte characters count in bytes", "\"éééé\"", .error(.documentTooLarge), reader: eightByteDocuments),
        Case(
            "200-byte document with a 100-byte limit",
            "[" + String(repeating: "1,", count: 99) + "1]",
            .error(.documentTooLarge),
            reader: JSONReader(limits: JSONLimits(maxDocumentBytes: 100))
        ),
    ]

    static let fourByteStrings = JSONReader(limits: JSONLimits(maxStringBytes: 4))

    static let stringLengthCases: [Case] = [
        Case("4-byte value", #"["abcd"]"#, .json(#"["abcd"]"#), reader: fourByteStrings),
        Case("5-byte value", #"["abcde"]"#, .error(.stringTooLong), reader: fourByteStrings),
        Case("4-byte key", #"{"abcd":1}"#, .json(#"{"abcd":1}"#), reader: fourByteStrings),
        Case("5-byte key", #"{"abcde":1}"#, .error(.stringTooLong), reader: fourByteStrings),
        Case("5-byte member value", #"{"k":"abcde"}"#, .error(.stringTooLong), reader: fourByteStrings),
        Case("5-byte string deep inside", #"[{"k":[1,"abcde"]}]"#, .error(.stringTooLong), reader: fourByteStrings),
        Case("5-byte top-level string", #""abcde""#, .error(.stringTooLong), reader: fourByteStrings),
        Case(
            "several 4-byte strings do not add up",
            #"{"abcd":"wxyz","efgh":["ijkl","mnop"]}"#,
            .json(#"{"abcd":"wxyz","efgh":["ijkl","mnop"]}"#),
            reader: fourByteStrings
        ),
        Case("two 2-byte characters", "[\"éé\"]", .json("[\"éé\"]"), reader: fourByteStrings),
        Case("three 2-byte characters", "[\"ééé\"]", .error(.stringTooLong), reader: fourByteStrings),
        Case("one 4-byte character", "[\"😀\"]", .json("[\"😀\"]"), reader: fourByteStrings),
        Case("a 4-byte character and a letter", "[\"😀a\"]", .error(.stringTooLong), reader: fourByteStrings),
        Case(
            "escapes counted decoded: 12 escaped bytes decode to 4",
            #"["\u00e9\u00e9"]"#,
            .json("[\"éé\"]"),
            reader: fourByteStrings
        ),
        Case(
            "escapes counted decoded: surrogate pair decodes to 4",
            #"["\ud83d\ude00"]"#,
            .json("[\"😀\"]"),
            reader: fourByteStrings
        ),
        Case(
            "escapes counted decoded: five newlines",
            #"["\n\n\n\n\n"]"#,
            .error(.stringTooLong),
            reader: fourByteStrings
        ),
        Case(
            "escapes counted decoded: 4 bytes of escapes then a letter",
            #"["\u00e9\u00e9a"]"#,
            .error(.stringTooLong),
            reader: fourByteStrings
        ),
        Case(
            "escapes counted decoded: escaped key of 5 bytes",
            #"{"\u0061\u0062\u0063\u0064\u0065":1}"#,
            .error(.stringTooLong),
            reader: fourByteStrings
        ),
        Case(
            "escapes counted decoded: two replaced lone surrogates are 6 bytes",
            #"["\ud800\ud800"]"#,
            .error(.stringTooLong),
            reader: fourByteStrings
        ),
        Case("long numbers are not strings", "[123456789]", .json("[123456789]"), reader: fourByteStrings),
        Case(
            "maxStringBytes 0: empty string",
            #"[""]"#,
            .json(#"[""]"#),
            reader: JSONReader(limits: JSONLimits(maxStringBytes: 0))
        ),
        Case(
            "maxStringBytes 0: one-letter string",
            #"["a"]"#,
            .error(.stringTooLong),
            reader: JSONReader(limits: JSONLimits(maxStringBytes: 0))
        ),
    ]

    @Test("maxDepth counts nested arrays and objects", arguments: JSONReaderConformanceTests.depthCases)
    func depthLimit(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("maxDocumentBytes bounds the whole input", arguments: JSONReaderConformanceTests.documentSizeCases)
    func documentSizeLimit(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    @Test("maxStringBytes bounds each decoded key and value", arguments: JSONReaderConformanceTests.stringLengthCases)
    func stringLengthLimit(_ c: Case) {
        #expect(Self.outcome(reading: c.input, with: c.reader) == c.expected)
    }

    // MARK: - Error positions and paths

    static let positionCases: [PositionCase] = [
        PositionCase(
            name: "empty input",
            input: [],
            code: .emptyInput, byteOffset: 0, line: 1, column: 1, path: ""
        ),
        PositionCase(
            name: "trailing comma deep inside a request",
            input: bytes(#"{"messages":[{"content":[1,}]}"#),
            code: .unexpectedByte, byteOffset: 27, line: 1, column: 28, path: "messages[0].content[1]"
        ),
        PositionCase(
            name: "single quote on line 3, column counted in scalars after Cyrillic text",
            input: bytes("{\n  \"title\": \"Лингва Франка\",\n  \"tags\": [\"русский\", \"язык\", 'x']\n}"),
            code: .unexpectedByte, byteOffset: 83, line: 3, column: 31, path: "tags[2]"
        ),
        PositionCase(
            name: "raw tab on line 2 after Cyrillic letters",
            input: bytes("[\n\"Ёж\tи\"]"),
            code: .unescapedControlCharacter, byteOffset: 7, line: 2, column: 4, path: "[0]"
        ),
        PositionCase(
            name: "lone continuation byte on line 2 after Cyrillic letters",
            input: bytes("{\"k\":\n \"дом") + [0x80] + bytes("\"}"),
            code: .invalidUTF8, byteOffset: 14, line: 2, column: 6, path: "k"
        ),
        PositionCase(
            name: "emoji and combining mark count as one column each",
            input: bytes("[\"😀e\u{301}\", x]"),
            code: .unexpectedByte, byteOffset: 12, line: 1, column: 9, path: "[1]"
        ),
        PositionCase(
            name: "raw newline in a string belongs to the line it ends",
            input: bytes("[\"ab\ncd\"]"),
            code: .unescapedControlCharacter, byteOffset: 4, line: 1, column: 5, path: "[0]"
        ),
        PositionCase(
            name: "CRLF counts as one line break",
            input: bytes("[1,\r\n2,\r\n@]"),
            code: .unexpectedByte, byteOffset: 9, line: 3, column: 1, path: "[2]"
        ),
        PositionCase(
            name: "path through object members and an array",
            input: bytes(#"{"a":1,"b":{"c":[true,@]}}"#),
            code: .unexpectedByte, byteOffset: 22, line: 1, column: 23, path: "b.c[1]"
        ),
        PositionCase(
            name: "leading zero: the offending byte is the digit after the zero",
            input: bytes(#"{"n":[0,00]}"#),
            code: .invalidNumber, byteOffset: 9, line: 1, column: 10, path: "n[1]"
        ),
        PositionCase(
            name: "trailing content two lines below the value",
            input: bytes("{\"a\":1}\n\n  x"),
            code: .trailingContent, byteOffset: 11, line: 3, column: 3, path: ""
        ),
        PositionCase(
            name: "NUL byte right after the value",
            input: bytes("[1]") + [0x00],
            code: .trailingContent, byteOffset: 3, line: 1, column: 4, path: ""
        ),
        PositionCase(
            name: "end of input after a trailing newline",
            input: bytes("[1,\n  2,\n"),
            code: .unexpectedEndOfInput, byteOffset: 9, line: 3, column: 1, path: "[2]"
        ),
        PositionCase(
            name: "end of input inside a member's string",
            input: bytes(#"{"a":"abc"#),
            code: .unexpectedEndOfInput, byteOffset: 9, line: 1, column: 10, path: "a"
        ),
        PositionCase(
            name: "maxDepth 3: the fourth container",
            input: bytes(#"{"a":[[[1]]]}"#),
            reader: depth3,
            code: .depthLimitExceeded, byteOffset: 7, line: 1, column: 8, path: "a[0][0]"
        ),
        PositionCase(
            name: "default limit: the 513th nested array",
            input: bytes(nestedArrays(513)),
            code: .depthLimitExceeded, byteOffset: 512, line: 1, column: 513,
            path: String(repeating: "[0]", count: 512)
        ),
        PositionCase(
            name: "default limit: the 513th of 100000 opening brackets",
            input: bytes(String(repeating: "[", count: 100_000)),
            code: .depthLimitExceeded, byteOffset: 512, line: 1, column: 513,
            path: String(repeating: "[0]", count: 512)
        ),
        PositionCase(
            name: "default limit: the 513th nested object",
            input: bytes(nestedObjects(513)),
            code: .depthLimitExceeded, byteOffset: 2_560, line: 1, column: 2_561,
            path: Array(repeating: "a", count: 512).joined(separator: ".")
        ),
    ]

    @Test(
        "Errors report byte offset, line, scalar column and path", arguments: JSONReaderConformanceTests.positionCases)
    func errorPosition(_ c: PositionCase) throws {
        let error = try #require(Self.readError(c.input, with: c.reader), "the input was accepted")
        #expect(error.code == c.code)
        #expect(error.byteOffset == c.byteOffset)
        #expect(error.line == c.line)
        #expect(error.column == c.column)
        #expect(error.path.description == c.path)
    }

    @Test("Offsets after a skipped BOM still count the BOM's three bytes")
    func offsetAfterSkippedBOM() throws {
        let error = try #require(Self.readError(Self.bom + Self.bytes("[x]")), "the input was accepted")
        #expect(error.code == .unexpectedByte)
        #expect(error.byteOffset == 4)
        #expect(error.line == 1)
    }

    // MARK: - Error descriptions

    /// Every rejection case of this suite.
    static var rejectionCases: [Case] {
        [
            numberRejectCases, structureRejectCases, stringRejectCases, utf8RejectCases,
            truncationRejectCases, trailingRejectCases, byteOrderMarkCases, duplicateKeyCases,
            loneSurrogateCases, depthCases, documentSizeCases, stringLengthCases,
        ]
        .joined()
        .filter(\.isRejection)
    }

    @Test(
        "Every error description is one line that includes line and column",
        arguments: JSONReaderConformanceTests.rejectionCases)
    func errorDescriptionIsOneLine(_ c: Case) throws {
        let error = try #require(Self.readError(c.input, with: c.reader), "the input was accepted")
        let description = error.description
        #expect(!description.isEmpty)
        #expect(!description.contains("\n"))
        #expect(!error.message.isEmpty)
        #expect(description.contains(String(error.line)))
        #expect(description.contains(String(error.column)))
    }

    @Test("Error description names line 12 and column 34")
    func errorDescriptionNamesLineAndColumn() throws {
        let input = Self.bytes(String(repeating: "\n", count: 11) + String(repeating: " ", count: 33) + "x")
        let error = try #require(Self.readError(input), "the input was accepted")
        #expect(error.code == .unexpectedByte)
        #expect(error.byteOffset == 44)
        #expect(error.line == 12)
        #expect(error.column == 34)
        #expect(error.description.contains("12"))
        #expect(error.description.contains("34"))
        #expect(!error.description.contains("\n"))
    }

    // MARK: - The value model behind the written output

    @Test("Number values keep their literal text exactly")
    func numberLiterals() throws {
        let literals = [
            "0", "-0", "1.0", "1E2", "1e+2", "1e-2", "-0.0e-0", "12345678901234567890", "1e400",
            "123.456e-789", "0.1000000000000000055511151231257827021181583404541015625",
        ]
        let value = try JSONReader().read(Self.bytes("[" + literals.joined(separator: " , ") + "]"))
        guard case .array(let elements) = value else {
            Issue.record("expected an array, read \(value)")
            return
        }
        let read = elements.map { element -> String in
            if case .number(let number) = element { return number.literal }
            return "not a number: \(element)"
        }
        #expect(read == literals)
    }

    @Test("Strings and literals decode to the expected values")
    func decodedValues() throws {
        let value = try JSONReader().read(Self.bytes(#"["\ud83d\ude00","\u00e9\/","\ud800\u0041","",true,false,null]"#))
        let expected = JSONValue.array([
            .string("😀"), .string("é/"), .string("\u{FFFD}A"), .string(""), .bool(true), .bool(false), .null,
        ])
        #expect(value == expected)
    }

    @Test("Objects keep members in input order and replace a duplicate's value in place")
    func objectMembers() throws {
        let value = try JSONReader().read(Self.bytes(#"{"b":1,"a":true,"b":"last","":null}"#))
        guard case .object(let object) = value else {
            Issue.record("expected an object, read \(value)")
            return
        }
        #expect(object.keys == ["b", "a", ""])
        #expect(object.count == 3)
        #expect(object["b"] == JSONValue.string("last"))
        #expect(object["a"] == JSONValue.bool(true))
        #expect(object[""] == JSONValue.null)
        #expect(object["c"] == Optional<JSONValue>.none)
    }

    @Test("Canonically equivalent keys stay two members with their own bytes")
    func canonicallyEquivalentKeys() throws {
        let input = Self.bytes("{\"\u{E9}\":1,\"e\u{301}\":2}")
        for reader in [JSONReader(), Self.rejectingDuplicates] {
            let value = try reader.read(input)
            guard case .object(let object) = value else {
                Issue.record("expected an object, read \(value)")
                continue
            }
            #expect(object.count == 2)
            #expect(object.keys.map { Array($0.utf8) } == [[0xC3, 0xA9], [0x65, 0xCC, 0x81]])
        }
    }

    @Test("Any Collection<UInt8> can be read; offsets count from its start index")
    func collectionInputs() throws {
        let storage = Self.bytes(#"xx["é",1]"#)
        let fromSlice = try JSONReader().read(storage[2...])
        #expect(JSONWriter().write(fromSlice) == Self.bytes(#"["é",1]"#))

        let fromUTF8View = try JSONReader().read(#"{"a":[true]}"#.utf8)
        #expect(JSONWriter().write(fromUTF8View) == Self.bytes(#"{"a":[true]}"#))

        let fromContiguousArray = try JSONReader().read(ContiguousArray(Self.bytes("[null]")))
        #expect(JSONWriter().write(fromContiguousArray) == Self.bytes("[null]"))

        let broken = Self.bytes("xx[1,]")
        let error = try #require(Self.readError(broken[2...]), "the input was accepted")
        #expect(error.code == .unexpectedByte)
        #expect(error.byteOffset == 3)
        #expect(error.column == 4)
    }
}
