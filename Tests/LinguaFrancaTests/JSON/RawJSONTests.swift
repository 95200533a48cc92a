import Testing

@testable import LinguaFranca

/// Tool parameter schemas read from bytes are kept as their compact text (`JSONValue.raw`) and written back as
/// copies. Whatever the copy takes must mean, compare and write exactly as the tree the reader would have built;
/// whatever it does not take (escapes, repeated keys, deep nesting) must be read as that tree; and broken input
/// must fail exactly as the tree reader fails.
@Suite("Raw JSON pass-through of tool schemas")
struct RawJSONTests {
    /// A request in the spacing Python's `json.dumps` gives, with one tool whose schema is `schema`.
    static func request(schema: String) -> [UInt8] { request(schemaBytes: Array(schema.utf8)) }

    /// ``request(schema:)`` for schema bytes that need not be UTF-8.
    static func request(schemaBytes: [UInt8]) -> [UInt8] {
        Array(
            """
            {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Погода?"}],
             "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": 
            """.utf8) + schemaBytes + Array("}}]}".utf8)
    }

    /// The request read straight from the bytes and read as a tree first.
    static func bothReadings(of bytes: [UInt8]) throws -> (scanned: ChatCompletionRequest, tree: ChatCompletionRequest)
    {
        (try ChatCompletionRequest(jsonBytes: bytes), try ChatCompletionRequest(json: try JSONReader().read(bytes)))
    }

    static let messySchema = """
        {
          "type": "object",
          "description": "Город и дата — 東京 🌧️",
          "properties": {
            "city": {"type": "string", "enum": ["Москва", "東京", "🏙️"], "minLength": 1},
            "days": {"type": "integer", "minimum": -0.5e+3, "maximum": 0, "default": 10E2},
            "extras": {"type": "array", "items": {}, "prefixItems": [], "uniqueItems": true},
            "note": {"type": ["string", "null"], "default": null, "deprecated": false}
          },
          "required": ["city"],
          "additionalProperties": false
        }
        """

    @Test func aSchemaIsCopiedCompactAndMeansWhatItsTreeMeans() throws {
        let (scanned, tree) = try Self.bothReadings(of: Self.request(schema: Self.messySchema))
        let parameters = try #require(scanned.tools?.first?.function?.parameters)
        let treeParameters = try #require(tree.tools?.first?.function?.parameters)
        guard case .raw(let raw) = parameters else {
            Issue.record("the schema was read as a tree: \(parameters)")
            return
        }
        #expect(raw.bytes == JSONWriter().write(treeParameters), "the copy is what the writer writes for the tree")
        #expect(!raw.bytes.contains(UInt8(ascii: "\n")))
        #expect(parameters == treeParameters)
        #expect(Set([parameters, treeParameters]).count == 1, "a raw value hashes as its tree")
        #expect(scanned == tree)
        #expect(scanned.jsonBytes() == tree.jsonBytes())
    }

    @Test func accessorsAndWritersLookThroughTheText() throws {
        let (scanned, _) = try Self.bothReadings(of: Self.request(schema: Self.messySchema))
        let parameters = try #require(scanned.tools?.first?.function?.parameters)
        #expect(parameters.kindName == "object")
        #expect(parameters["properties"]?["city"]?["enum"]?[1] == "東京")
        #expect(
            parameters.value(at: [.key("properties"), .key("days"), .key("minimum")])
                == JSONNumber(literal: "-0.5e+3").map(JSONValue.number))
        #expect(parameters.objectValue?.keys.first == "type")
        #expect(parameters.arrayValue == nil)
        guard case .object(let object) = parameters.resolved else {
            Issue.record("resolved is not an object: \(parameters.resolved)")
            return
        }
        let pretty = JSONWriter(options: .init(prettyPrinted: true))
        #expect(pretty.write(parameters) == pretty.write(.object(object)))
        #expect(parameters.description == String(decoding: JSONWriter().write(.object(object)), as: UTF8.self))
    }

    @Test func lineSeparatorsInTheTextAreEscapedWhenTheWriterEscapesThem() throws {
        let (scanned, tree) = try Self.bothReadings(
            of: Self.request(schema: "{\"description\": \"one\u{2028}two\", \"type\": \"object\"}"))
        let parameters = try #require(scanned.tools?.first?.function?.parameters)
        guard case .raw = parameters else {
            Issue.record("the schema was read as a tree")
            return
        }
        let escaping = JSONWriter(options: .init(escapeLineSeparators: true))
        let written = String(decoding: escaping.write(parameters), as: UTF8.self)
        #expect(written == "{\"description\":\"one\\u2028two\",\"type\":\"object\"}")
        #expect(scanned.jsonBytes(writer: escaping) == tree.jsonBytes(writer: escaping))
    }

    /// Schemas whose tree differs from their text, or that go beyond the copy's room: read as trees.
    static let schemasReadAsTrees: [String] = [
        #"{"description": "line\nbreak", "type": "object"}"#,
        #"{"description": "caf\u00e9", "type": "object"}"#,
        #"{"description": "lone \ud800 surrogate"}"#,
        #"{"type": "object", "type": "string"}"#,
        #"{"properties": {"a": 1, "b": 2, "a": 3}}"#,
        String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
        Self.object(keys: 129),
        "[" + (0..<3_000).map { "\"value \($0)\"" }.joined(separator: ", ") + "]",
    ]

    /// An object of `keys` members `"k0": 0, …`.
    static func object(keys: Int) -> String {
        "{" + (0..<keys).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
    }

    @Test func anObjectWithAsManyKeysAsTheCopyHasRoomForIsCopied() throws {
        let (scanned, tree) = try Self.bothReadings(of: Self.request(schema: Self.object(keys: 128)))
        let parameters = try #require(scanned.tools?.first?.function?.parameters)
        guard case .raw(let raw) = parameters else {
            Issue.record("128 keys were read as a tree")
            return
        }
        #expect(raw.bytes == JSONWriter().write(try #require(tree.tools?.first?.function?.parameters)))
    }

    @Test(arguments: schemasReadAsTrees)
    func aSchemaTheCopyDoesNotTakeIsReadAsItsTree(schema: String) throws {
        let (scanned, tree) = try Self.bothReadings(of: Self.request(schema: schema))
        let parameters = try #require(scanned.tools?.first?.function?.parameters)
        if case .raw = parameters { Issue.record("copied as text: \(schema)") }
        #expect(parameters == tree.tools?.first?.function?.parameters)
        #expect(scanned.jsonBytes() == tree.jsonBytes())
    }

    /// Broken schemas, each one byte or token away from a valid one.
    static let brokenSchemas: [[UInt8]] = [
        Array(#"{"a": 1,}"#.utf8), Array(#"{"a": 01}"#.utf8), Array(#"{"a": 1.}"#.utf8),
        Array(#"{"a": -}"#.utf8), Array(#"{"a": 1e}"#.utf8), Array(#"{"a": tru}"#.utf8),
        Array(#"{"a" 1}"#.utf8), Array(#"[1 2]"#.utf8), Array(#"{"a": [1, 2}"#.utf8),
        [UInt8](#"{"a": "tab"#.utf8) + [0x09] + Array(#"inside"}"#.utf8),
        [UInt8](#"{"a": "bad "#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8),
        [UInt8](#"{"bad "#.utf8) + [0xE2, 0x82] + Array(#"": 1}"#.utf8),
    ]

    @Test(arguments: brokenSchemas)
    func aBrokenSchemaFailsAsTheTreeReaderFails(schema: [UInt8]) throws {
        let document = Self.request(schemaBytes: schema)
        let treeError = try #require(throws: JSONError.self) { try JSONReader().read(document) }
        let error = try #require(throws: TranslationError.self) { try ChatCompletionRequest(jsonBytes: document) }
        #expect(error.jsonError == treeError)
        #expect(error.code == .malformedJSON)
    }

    @Test func theDepthLimitCountsTheContainersAroundTheSchema() throws {
        // The schema opens three containers inside four (the request, `tools`, the tool, `function`).
        let bytes = Self.request(schema: #"{"a": {"b": {}}}"#)
        let tight = JSONReader(limits: JSONLimits(maxDepth: 6))
        let treeError = try #require(throws: JSONError.self) { try tight.read(bytes) }
        let error = try #require(throws: TranslationError.self) {
            try ChatCompletionRequest(jsonBytes: bytes, reader: tight)
        }
        #expect(error.jsonError == treeError)
        #expect(treeError.code == .depthLimitExceeded)
        let enough = try ChatCompletionRequest(jsonBytes: bytes, reader: JSONReader(limits: JSONLimits(maxDepth: 7)))
        guard case .raw? = enough.tools?.first?.function?.parameters else {
            Issue.record("a schema within the limit was not copied")
            return
        }
    }

    @Test func aCopiedSchemaReachesTheNativeBodyAsTheTreeWould() throws {
        let bytes = Self.request(schema: Self.messySchema)
        let (scanned, tree) = try Self.bothReadings(of: bytes)
        for codec in [try AnthropicChatCodec(), try GeminiChatCodec(), try YandexChatCodec()] as [any ChatCodec] {
            let options = TranslationOptions(providerSettings: ["folder_id": "b1gq4xyz0example7folder"])
            var scannedContext = codec.makeContext(.encode, .chatRequest, model: scanned.model, options: options)
            var treeContext = codec.makeContext(.encode, .chatRequest, model: tree.model, options: options)
            let fromScan = try codec.encodeRequest(scanned, context: &scannedContext)
            let fromTree = try codec.encodeRequest(tree, context: &treeContext)
            #expect(fromScan.bodyBytes() == fromTree.bodyBytes(), "\(codec.provider)")
            #expect(fromScan.body == fromTree.body, "\(codec.provider)")
        }
    }
}
