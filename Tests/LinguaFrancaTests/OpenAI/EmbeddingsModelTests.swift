import Testing

@testable import LinguaFranca

/// The embeddings request and response models: fixture round trips, decoded fields, the base64 vector codec and
/// decoding errors.
@Suite struct EmbeddingsModelTests {
    static let requests = [
        "embeddings.request.string.json", "embeddings.request.strings.json", "embeddings.request.tokens.json",
        "embeddings.request.token-arrays.json",
    ]
    static let responses = ["embeddings.response.float.json", "embeddings.response.base64.json"]
    static let oracle = "embeddings.response.base64.expected.json"

    // MARK: Round trips

    @Test(arguments: requests)
    func requestRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(EmbeddingsRequest.self, name)
    }

    @Test(arguments: responses)
    func responseRoundTrips(_ name: String) throws {
        try expectLosslessRoundTrip(EmbeddingsResponse.self, name)
    }

    @Test func everyEmbeddingsFixtureIsCovered() {
        let listed = Set(Self.requests + Self.responses + [Self.oracle])
        #expect(Set(Fixtures.names(in: "openai", prefix: "embeddings.")) == listed)
    }

    // MARK: Request fields

    @Test func stringInput() throws {
        let request = try EmbeddingsRequest(jsonBytes: Fixtures.bytes("openai/embeddings.request.string.json"))
        #expect(request.input == .text("Быстрая коричневая лиса прыгает через ленивую собаку 🦊"))
        #expect(request.model == "text-embedding-3-small")
        #expect(request.encodingFormat == nil)
        #expect(request.dimensions == nil)
        #expect(request.additionalFields.isEmpty)
    }

    @Test func stringsInputAndOptions() throws {
        let request = try EmbeddingsRequest(jsonBytes: Fixtures.bytes("openai/embeddings.request.strings.json"))
        guard case .texts(let texts) = request.input else {
            Issue.record("expected .texts, got \(request.input)")
            return
        }
        #expect(texts.count == 4)
        #expect(texts[2] == "How do I return an item? \"Order #A-1042\"\tqty: 1")
        #expect(texts[3] == "\u{1F469}\u{200D}\u{1F4BB} \u{1F600} emoji-only query")
        #expect(request.model == "text-embedding-3-large")
        #expect(request.encodingFormat == .float)
        #expect(request.dimensions == 256)
        #expect(request.user == "user-4f1c2a9e")
    }

    @Test func tokenInput() throws {
        let request = try EmbeddingsRequest(jsonBytes: Fixtures.bytes("openai/embeddings.request.tokens.json"))
        #expect(request.input == .tokens([9906, 11, 1917, 0, 220, 19871, 94, 8341, 30480, 13]))
        #expect(request.model == "text-embedding-ada-002")
    }

    @Test func tokenArrayInput() throws {
        let request = try EmbeddingsRequest(jsonBytes: Fixtures.bytes("openai/embeddings.request.token-arrays.json"))
        #expect(request.input == .tokenArrays([[9906, 11, 1917, 0], [39, 10, 220, 198], [15339]]))
        #expect(request.encodingFormat == .base64)
    }

    @Test func emptyInputArrayIsEmptyTexts() throws {
        let request = try EmbeddingsRequest(jsonBytes: Array(#"{"input":[],"model":"m"}"#.utf8))
        #expect(request.input == .texts([]))
        #expect(request.json == ["input": [], "model": "m"])
    }

    @Test func emptyInnerTokenArray() throws {
        let request = try EmbeddingsRequest(jsonBytes: Array(#"{"input":[[],[1]],"model":"m"}"#.utf8))
        #expect(request.input == .tokenArrays([[], [1]]))
    }

    @Test func freshRequestUsesCanonicalOrder() {
        let request = EmbeddingsRequest(
            input: .texts(["a", "b"]), model: "m", encodingFormat: .base64, dimensions: 64, user: "u",
            additionalFields: ["x_extra": true])
        #expect(
            request.json.objectValue?.keys == ["input", "model", "dimensions", "encoding_format", "user", "x_extra"])
        #expect(request.json["encoding_format"] == "base64")
        #expect(request.json["input"] == ["a", "b"])
    }

    @Test func unknownMembersAreKept() throws {
        let text = #"{"x_first":1,"model":"m","input":"hi","x_last":{"a":null}}"#
        let request = try EmbeddingsRequest(jsonBytes: Array(text.utf8))
        #expect(request.additionalFields.keys == ["x_first", "x_last"])
        #expect(request.json == (try JSONReader().read(text)))
    }

    // MARK: Response fields

    @Test func floatResponse() throws {
        let response = try EmbeddingsResponse(jsonBytes: Fixtures.bytes("openai/embeddings.response.float.json"))
        let expected = try expectedDoubles()
        #expect(response.object == "list")
        #expect(response.model == "text-embedding-3-small")
        #expect(response.usage == EmbeddingsUsage(promptTokens: 14, totalTokens: 14))
        #expect(response.data.map(\.index) == [0, 1])
        #expect(response.data.map(\.object) == ["embedding", "embedding"])
        #expect(response.data.map(\.embedding) == expected.map { EmbeddingVector.floats($0) })
        for (embedding, values) in zip(response.data, expected) {
            #expect(try embedding.embedding.floatValues() == values.map { Float($0) })
        }
    }

    @Test func base64ResponseDecodesToTheExpectedFloats() throws {
        let response = try EmbeddingsResponse(jsonBytes: Fixtures.bytes("openai/embeddings.response.base64.json"))
        let expected = try expectedDoubles().map { $0.map { Float($0) } }
        #expect(response.data.count == 2)
        #expect(response.data[0].embedding == .base64("Cw/ju218XDzrjsW8U+4ZOlsjAr11XDk4Hm+yPEsbM7w="))
        for (embedding, values) in zip(response.data, expected) {
            let decoded = try embedding.embedding.floatValues()
            #expect(decoded.count == 8)
            #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))
        }
    }

    @Test func floatsEncodeToTheFixtureBase64() throws {
        let response = try EmbeddingsResponse(jsonBytes: Fixtures.bytes("openai/embeddings.response.base64.json"))
        let expected = try expectedDoubles().map { $0.map { Float($0) } }
        #expect(expected.map { EmbeddingVector.base64(fromFloats: $0) } == response.data.map(\.embedding))
    }

    @Test func base64VectorRoundTripsSpecialValues() throws {
        let values: [Float] = [
            0, -0.0, 1, -1, .pi, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        let decoded = try EmbeddingVector.base64(fromFloats: values).floatValues()
        #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(try EmbeddingVector.base64(fromFloats: []).floatValues() == [])
        #expect(EmbeddingVector.base64(fromFloats: []) == .base64(""))
    }

    @Test func missingObjectMembersTakeTheirDefaults() throws {
        let response = try EmbeddingsResponse(
            jsonBytes: Array(#"{"data":[{"index":0,"embedding":[1,2.5]}],"model":"m"}"#.utf8))
        #expect(response.object == "list")
        #expect(response.data[0].object == "embedding")
        #expect(response.data[0].embedding == .floats([1, 2.5]))
        #expect(response.usage == nil)
    }

    // MARK: Base64

    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ])
    func base64MatchesRFC4648Vectors(_ plain: String, _ encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test func base64CoversTheWholeAlphabet() {
        let bytes = (0...255).map { UInt8($0) }
        let encoded = Base64.encode(bytes)
        #expect(encoded.hasPrefix("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7"))
        #expect(encoded.hasSuffix("+fr7/P3+/w=="))
        #expect(Base64.decode(encoded) == bytes)
        #expect(Base64.decode("+/+/") == [0xFB, 0xFF, 0xBF])
    }

    @Test(arguments: [
        "Zg", "Zg=", "Zm9", "Zg=a", "Z===", "====", "=Zm9", "Zm=v", "Zh==", "Zm9=", "Zm-v", "Zm_v", "Zm9v\n", " Zm9v",
        "Zm9vYg==Zm9v", "Zm9v====", "Zé==",
    ])
    func base64RejectsInvalidText(_ text: String) {
        #expect(Base64.decode(text) == nil)
    }

    @Test func invalidBase64VectorIsInvalidValue() throws {
        let response = try EmbeddingsResponse(
            jsonBytes: Array(#"{"data":[{"index":0,"embedding":"not base64!"}],"model":"m"}"#.utf8))
        let error = #expect(throws: TranslationError.self) { try response.data[0].embedding.floatValues() }
        #expect(error?.code == .invalidValue)
    }

    @Test func base64ByteCountNotMultipleOfFourIsInvalidValue() {
        let error = #expect(throws: TranslationError.self) { try EmbeddingVector.base64("AAA=").floatValues() }
        #expect(error?.code == .invalidValue)
        #expect(error?.message.contains("2 bytes") == true)
    }

    // MARK: Errors

    @Test func inputOfWrongTypeIsTypeMismatch() throws {
        let error = try #require(decodingError(EmbeddingsRequest.self, #"{"input": 5, "model": "m"}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "input")
        #expect(error.provider == .openAI)
    }

    @Test(arguments: [
        (#"["a", 1]"#, "input[1]"), (#"[1, 2, "a"]"#, "input[2]"), (#"[[1], 2]"#, "input[1]"),
        (#"[[1], [2, "x"]]"#, "input[1][1]"), (#"[1, [2]]"#, "input[1]"), (#"[true]"#, "input[0]"),
        (#"[null, "a"]"#, "input[0]"), (#"["a", null]"#, "input[1]"),
    ])
    func mixedInputArrayIsTypeMismatchAtTheFirstOffendingElement(_ input: String, _ path: String) throws {
        let error = try #require(decodingError(EmbeddingsRequest.self, #"{"model":"m","input":\#(input)}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == path)
    }

    @Test func nonIntegerTokenIsInvalidValue() throws {
        let error = try #require(decodingError(EmbeddingsRequest.self, #"{"model":"m","input":[1, 2.5]}"#))
        #expect(error.code == .invalidValue)
        #expect(error.path.description == "input[1]")
    }

    @Test func missingModelIsMissingField() throws {
        let error = try #require(decodingError(EmbeddingsRequest.self, #"{"input":"hi"}"#))
        #expect(error.code == .missingField)
        #expect(error.path == .root)
        #expect(error.message.contains("'model'"))
    }

    @Test func nullInputIsMissingField() throws {
        let error = try #require(decodingError(EmbeddingsRequest.self, #"{"input":null,"model":"m"}"#))
        #expect(error.code == .missingField)
        #expect(error.message.contains("'input'"))
    }

    @Test func vectorElementNotANumberIsTypeMismatchWithItsIndex() throws {
        let text = #"{"object":"list","data":[{"index":0,"embedding":[0.1,0.2,0.3,"0.4"]}],"model":"m"}"#
        let error = try #require(decodingError(EmbeddingsResponse.self, text))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "data[0].embedding[3]")
    }

    @Test func vectorNumberOutsideDoubleRangeIsInvalidValue() throws {
        let text = #"{"data":[{"index":0,"embedding":[0.5]},{"index":1,"embedding":[0.1,-1e400]}],"model":"m"}"#
        let error = try #require(decodingError(EmbeddingsResponse.self, text))
        #expect(error.code == .invalidValue)
        #expect(error.path.description == "data[1].embedding[1]")
    }

    @Test func vectorOfWrongTypeIsTypeMismatch() throws {
        let error = try #require(
            decodingError(EmbeddingsResponse.self, #"{"data":[{"index":0,"embedding":{}}],"model":"m"}"#))
        #expect(error.code == .typeMismatch)
        #expect(error.path.description == "data[0].embedding")
    }

    @Test func missingIndexIsMissingField() throws {
        let error = try #require(decodingError(EmbeddingsResponse.self, #"{"data":[{"embedding":[]}],"model":"m"}"#))
        #expect(error.code == .missingField)
        #expect(error.path.description == "data[0]")
    }

    private func expectedDoubles() throws -> [[Double]] {
        let oracle = try Fixtures.json("openai/" + Self.oracle)
        return try #require(oracle.arrayValue).map { row in
            (row.arrayValue ?? []).compactMap { $0.numberValue?.double }
        }
    }

}
