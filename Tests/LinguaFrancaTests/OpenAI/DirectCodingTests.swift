import Foundation
import Testing

@testable import LinguaFranca

/// The direct byte paths (scanning into models, writing models to bytes) against the tree paths they stand
/// in for: the same values, the same bytes, the same errors, on every OpenAI-shaped fixture and on messy
/// documents written to trip a scanner.
@Suite("Direct coding")
struct DirectCodingTests {
    /// One model type, tried on documents of unknown shape.
    struct ModelKind: Sendable, CustomStringConvertible {
        var description: String
        /// `nil` when the tree does not decode the document as this model; else what the checks found wrong.
        var problems: @Sendable ([UInt8]) -> [String]?
    }

    static let kinds: [ModelKind] = [
        kind(ChatCompletionRequest.self), kind(ChatCompletion.self), kind(ChatCompletionChunk.self),
        kind([ChatCompletionChunk].self), kind(CompletionRequest.self), kind(Completion.self),
        kind(EmbeddingsRequest.self), kind(EmbeddingsResponse.self), kind(OpenAIErrorBody.self),
    ]

    static func kind<Model: JSONField & Equatable>(_ type: Model.Type) -> ModelKind {
        ModelKind(description: "\(Model.self)") { bytes in
            guard let tree = try? JSONReader().read(bytes), let expected = try? Model(json: tree) else { return nil }
            var problems: [String] = []
            var workspace = JSONScanner.Workspace(cachingStrings: true)
            let scanned = bytes.withUnsafeBufferPointer { buffer in
                JSONScanner.scan(buffer, reader: JSONReader(), workspace: &workspace) {
                    (scanner: inout JSONScanner) throws(JSONScanner.Stop) in try Model(scanning: &scanner)
                }
            }
            let treeBytes = JSONWriter().write(expected.json)
            if let scanned {
                if scanned != expected { problems.append("the scanned value differs from the tree's") }
                if written(scanned) != treeBytes { problems.append("the scanned value writes other bytes") }
            } else {
                problems.append("the scan stopped on a document the tree decodes")
            }
            if written(expected) != treeBytes { problems.append("the tree's value writes other bytes directly") }
            return problems
        }
    }

    static func written(_ value: some JSONField) -> [UInt8] {
        var output = JSONOutput()
        value.write(to: &output)
        return output.writtenBytes
    }

    /// Every JSON fixture of the repository, by path relative to the fixtures folder.
    static let fixtureFiles: [String] = {
        let root = Fixtures.directory.path
        let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test("every fixture a model decodes scans to the same value and writes the same bytes")
    func fixturesAgree() throws {
        var decoded = 0
        for path in Self.fixtureFiles {
            let bytes = try Fixtures.bytes(path)
            for kind in Self.kinds {
                guard let problems = kind.problems(bytes) else { continue }
                decoded += 1
                #expect(problems.isEmpty, "\(path) as \(kind): \(problems.joined(separator: "; "))")
            }
        }
        #expect(decoded > 100, "only \(decoded) fixture decodings were compared")
    }

    /// Messy documents: every one must give the same outcome through `init(jsonBytes:)` (scan first) as
    /// through the tree alone — the same value and bytes, or the same error.
    static let messyChunks: [String] = [
        #"{"choices":[{"finish_reason":null,"delta":{"content":"Привет"},"index":0,"logprobs":null}],"model":"m","created":1,"id":"x","object":"chat.completion.chunk"}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"a\"b\\c\n\u00e9\ud83d\ude00 — 🚀","x_vendor":{"k":[1,2.5e3,null,true]}},"extra":null}],"usage":null,"x_top":"кириллица"}"#,
        "\u{FEFF} {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[]} \r\n",
        #"{"id":"x","id":"y","object":"chat.completion.chunk","created":1,"model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"x":1,"x":2}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1.0,"model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":-0,"model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":99999999999999999999,"model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":-9223372036854775808,"model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":01,"model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":"1","model":"m","choices":[]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[]} x"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0}]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":null}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[null]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"robot","tool_calls":[{"index":1,"function":{"arguments":"{\"a\""}}]}}]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"\ud800"}}]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"cont\u0065nt":"escaped key"}}]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"cont\u0065nt":"escaped","content":"plain"}}]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"plain","cont\u0065nt":"escaped"}}]}"#,
        #"{"\u0069d":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"id":"y"}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"ключ":null,"🔑":{"是":1}}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"ключ":1,"ключ":2}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"a\tb":1}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"a_long_key\#u{01}b":1}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"a_long_key_ключ_🔑":null}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"a_long_key\u0041":1}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"a_long_key_x":1,"a_long_key_x":2}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{}}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":null}}}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"unterminated"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"#
            + String(repeating: "[", count: 600) + #""}}]}"#,
        #"{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"x":"#
            + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + #"}}]}"#,
        "",
        "null",
        "[]",
    ]

    @Test("messy chunks: scanning first gives exactly what the tree gives", arguments: 0..<messyChunks.count)
    func messyChunk(_ index: Int) {
        var bytes = Array(Self.messyChunks[index].utf8)
        #expect(Self.sameOutcome(ChatCompletionChunk.self, bytes))
        bytes.insert(0xFF, at: bytes.count / 2)
        #expect(Self.sameOutcome(ChatCompletionChunk.self, bytes), "with an invalid UTF-8 byte inserted")
    }

    /// Messy requests, for the members that are a string or something else (`content`, `stop`).
    static let messyRequests: [String] = [
        #"{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"Привет 👋"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA","detail":"low"}}]}],"stop":"\n\n"}"#,
        #"{"messages":[{"content":null,"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]}],"model":"m","stop":["a","б"]}"#,
        #"{"model":"m","messages":[{"role":"user","content":42}]}"#,
        #"{"model":"m","messages":[{"role":"user","content":"x"}],"stop":7}"#,
        #"{"model":"m","messages":[{"role":"user","content":[null]}]}"#,
        #"{"model":"m","messages":[{"role":"user","content":"x"}],"stop":[1]}"#,
        #"{"model":"m","messages":[],"x_vendor":{"deep":[{"a":null}]},"temperature":0.70,"seed":-1}"#,
    ]

    @Test("messy requests: scanning first gives exactly what the tree gives", arguments: 0..<messyRequests.count)
    func messyRequest(_ index: Int) {
        #expect(Self.sameOutcome(ChatCompletionRequest.self, Array(Self.messyRequests[index].utf8)))
    }

    @Test("a repeated key keeps its last value, as the tree reader does")
    func repeatedKey() throws {
        let chunk = try ChatCompletionChunk(jsonBytes: Array(Self.messyChunks[3].utf8))
        #expect(chunk.id == "y")
        let rejecting = JSONReader(options: .init(duplicateKeys: .reject))
        #expect(throws: TranslationError.self) {
            try ChatCompletionChunk(jsonBytes: Array(Self.messyChunks[3].utf8), reader: rejecting)
        }
    }

    @Test("the reader's limits hold on the direct path")
    func limits() {
        let bytes = Array(Self.messyChunks[1].utf8)
        for limits in [
            JSONLimits(maxDepth: 3), JSONLimits(maxDocumentBytes: 100), JSONLimits(maxStringBytes: 4),
        ] {
            #expect(Self.sameOutcome(ChatCompletionChunk.self, bytes, reader: JSONReader(limits: limits)))
            #expect(throws: TranslationError.self) {
                try ChatCompletionChunk(jsonBytes: bytes, reader: JSONReader(limits: limits))
            }
        }
        let marked = Array(Self.messyChunks[2].utf8)
        let noMark = JSONReader(options: .init(byteOrderMark: .reject))
        #expect(Self.sameOutcome(ChatCompletionChunk.self, marked, reader: noMark))
        #expect(throws: TranslationError.self) { try ChatCompletionChunk(jsonBytes: marked, reader: noMark) }
        let surrogate = Array(Self.messyChunks[17].utf8)
        let strict = JSONReader(options: .init(loneSurrogates: .reject))
        #expect(throws: TranslationError.self) { try ChatCompletionChunk(jsonBytes: surrogate, reader: strict) }
    }

    static func sameOutcome<Model: JSONModel>(
        _ type: Model.Type, _ bytes: [UInt8], reader: JSONReader = JSONReader()
    ) -> Bool {
        let direct = Result { () throws(TranslationError) in try Model(jsonBytes: bytes, reader: reader) }
        let tree = Result { () throws(TranslationError) in try Model(treeBytes: bytes, reader: reader) }
        switch (direct, tree) {
        case (.success(let first), .success(let second)):
            return first == second && first.jsonBytes() == JSONWriter().write(second.json)
        case (.failure(let first), .failure(let second)):
            return first == second
        default:
            return false
        }
    }

    @Test("a remembered null gives way to an additional field of the same name, and comes back when unset")
    func rememberedNulls() throws {
        var message = try ChatMessage(jsonBytes: Array(#"{"role":"assistant","content":null,"x":null}"#.utf8))
        #expect(Self.written(message) == JSONWriter().write(message.json))
        message.additionalFields["content"] = "from the additional fields"
        #expect(Self.written(message) == JSONWriter().write(message.json))
        message.additionalFields["x"] = nil
        #expect(Self.written(message) == JSONWriter().write(message.json))
        #expect(
            String(decoding: message.jsonBytes(), as: UTF8.self)
                == #"{"role":"assistant","content":"from the additional fields","x":null}"#)
        // One remembered null restored by its named member, the other only by the layout.
        var unset = try ChatMessage(jsonBytes: Array(#"{"role":"assistant","content":null,"x":null}"#.utf8))
        unset.additionalFields["x"] = nil
        #expect(Self.written(unset) == JSONWriter().write(unset.json))
        #expect(String(decoding: unset.jsonBytes(), as: UTF8.self) == #"{"role":"assistant","content":null,"x":null}"#)
    }

    @Test("an error object in a stream is a provider error on the direct path too, whatever the chunk type")
    func streamErrorObject() {
        let bytes = Array("data: {\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}\n\n".utf8)
        var decoder = OpenAIStreamDecoder<ChatCompletionDelta>()
        var deltas: [ChatCompletionDelta] = []
        #expect {
            try bytes.withUnsafeBufferPointer { (buffer) throws(TranslationError) in
                try decoder.feed(buffer, into: &deltas)
            }
        } throws: { error in
            (error as? TranslationError)?.code == .providerError
        }
        #expect(deltas.isEmpty)
    }

    @Test("values changed after decoding write the bytes their trees give")
    func changedValues() throws {
        var chunk = try ChatCompletionChunk(jsonBytes: Array(Self.messyChunks[0].utf8))
        chunk.choices[0].finishReason = .stop
        chunk.choices[0].logprobs = nil
        chunk.additionalFields["model"] = "shadowed by the named member"
        chunk.additionalFields["x_added"] = ["a": 1]
        chunk.systemFingerprint = "fp_\u{2028}new"
        #expect(Self.written(chunk) == JSONWriter().write(chunk.json))
        let separators = JSONWriter(options: .init(escapeLineSeparators: true))
        #expect(chunk.jsonBytes(writer: separators) == separators.write(chunk.json))
        let pretty = JSONWriter(options: .init(prettyPrinted: true))
        #expect(chunk.jsonBytes(writer: pretty) == pretty.write(chunk.json))

        var request = try ChatCompletionRequest(jsonBytes: Fixtures.bytes("openai/chat.request.full.json"))
        request.messages.reverse()
        request.temperature = nil
        request.additionalFields["z"] = nil
        #expect(Self.written(request) == JSONWriter().write(request.json))
        let built = ChatCompletionChunk(
            id: "chatcmpl-" + String(repeating: "9", count: 40), created: Int.min, model: "m",
            choices: [ChatCompletionChunkChoice(index: 0, delta: ChatCompletionDelta(content: "\u{0}\u{1F}\"\\"))])
        #expect(Self.written(built) == JSONWriter().write(built.json))
    }

    /// Chunks of one stream share the scanner's remembered layouts: each must still write back exactly its own
    /// key order and its own `null`s, whatever shape the chunks before it had.
    static let chunksOfChangingShape: [String] = [
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"0"},"finish_reason":"length"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}],"usage":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"b"},"finish_reason":null}],"usage":null}"#,
        #"{"model":"m","id":"c","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"content":"c"},"finish_reason":null}],"usage":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"d"},"finish_reason":"stop"}],"usage":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"finish_reason":null,"delta":{"content":"e"},"index":0}],"usage":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"f"},"finish_reason":null}],"x_ab":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"g"},"finish_reason":null}],"x_cd":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"h"},"finish_reason":null}],"ключ":null}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}"#,
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"i"},"finish_reason":null}],"usage":null}"#,
    ]

    @Test("chunks of changing shape in one stream each write back their own key order and nulls")
    func layoutsAcrossOneStream() throws {
        var decoder = OpenAIChatStreamDecoder()
        var chunks: [ChatCompletionChunk] = []
        let stream = Self.chunksOfChangingShape.map { "data: \($0)\n\n" }.joined() + "data: [DONE]\n\n"
        try decoder.feed(Array(stream.utf8), into: &chunks)
        try decoder.finish(into: &chunks)
        #expect(chunks.count == Self.chunksOfChangingShape.count)
        for (chunk, text) in zip(chunks, Self.chunksOfChangingShape) {
            #expect(String(decoding: chunk.jsonBytes(), as: UTF8.self) == text)
        }
        // One encoder writes them all, twice over, between versions changed after decoding (a member added and
        // one unset, a value changed, an additional field shadowed): its writer remembers which layouts it found
        // in order, and every event must still be the tree's bytes.
        var encoder = OpenAIChatStreamEncoder()
        var changed: [ChatCompletionChunk] = []
        for (index, chunk) in chunks.enumerated() {
            var variant = chunk
            switch index % 3 {
            case 0:
                variant.systemFingerprint = "fp_добавлен"
                variant.usage = nil
            case 1: variant.model = "m2"
            default:
                variant.additionalFields["created"] = .number(JSONNumber(7))
                variant.object = "chat.completion.chunk"
            }
            changed += [chunk, variant]
        }
        for chunk in changed + changed.reversed() {
            var event: [UInt8] = []
            try encoder.encode(chunk, into: &event)
            #expect(event == Array("data: ".utf8) + JSONWriter().write(chunk.json) + Array("\n\n".utf8))
        }
    }

    /// Stream encoders keep their direct writer's storage between chunks; a copy of an encoder (and so of its
    /// writer) must get storage of its own when it writes, never overwrite what the original holds.
    @Test("a copied direct writer writes into storage of its own")
    func copiedOutputsWriteApart() {
        var original = JSONOutput()
        original.startDocument()
        original.write("кириллица and more than a few bytes")
        var copy = original
        copy.startDocument()
        copy.write("b")
        #expect(original.writtenBytes == Array(#""кириллица and more than a few bytes""#.utf8))
        #expect(copy.writtenBytes == Array(#""b""#.utf8))
        original.startDocument()
        original.write(7)
        #expect(original.writtenBytes == Array("7".utf8))
        #expect(copy.writtenBytes == Array(#""b""#.utf8))
    }

    /// A value remembered from one document is reused only where the next document has exactly its bytes; every
    /// document still reads as its own tree reads, including one that only starts like the remembered value, one
    /// that breaks right after it, one with a repeated key inside it, and values that are not containers.
    @Test("a remembered value gives each document its own tree")
    func rememberedValues() throws {
        let documents = [
            #"{"v":[1,2],"w":1}"#, #"{"v":[1,2],"w":1}"#, #"{"v":[1,2,3],"w":1}"#, #"{"v":[1,2],"w":1}"#,
            #"{"w":0,"v":[1,2] }"#, #"{"v":{"a":"ж🌊"},"w":[1,2]}"#, #"{"v":{"a":"ж🌊"}}"#, #"{"v":{"a":"ж🌊","a":1}}"#,
            #"{"v":{"a":"ж🌊"},"w":}"#, #"{"v":{"a":"ж🌊"}"#, #"{"v":"[1,2]"}"#, #"{"v":12}"#, #"{"v":12}"#,
            #"{"v":[1,2]}"#, #"{"v":[1,2"#,
        ]
        var workspace = JSONScanner.Workspace(cachingStrings: true)
        var memory = JSONScanner.RememberedValue()
        for document in documents {
            let bytes = Array(document.utf8)
            let expected = try? JSONReader().read(bytes)["v"]
            let scanned = bytes.withUnsafeBufferPointer { buffer in
                JSONScanner.scan(buffer, reader: JSONReader(), workspace: &workspace) {
                    (scanner: inout JSONScanner) throws(JSONScanner.Stop) -> JSONValue? in
                    var value: JSONValue?
                    try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
                        switch key {
                        case "v": value = try scanner.readValue(remembering: &memory)
                        default: _ = try scanner.readValue()
                        }
                    }
                    return value
                }
            }
            #expect(scanned ?? nil == expected, "\(document)")
        }
    }
}
