import Foundation
import LinguaFranca
import LinguaFrancaConformance
import Testing

/// The example dialect `Mappings/examples/nested-context.json` run by the declarative codec with no Swift of its
/// own: requests, replies and NDJSON streams both ways against the hand-written fixtures in
/// `Fixtures/nested-context/`, and the loader refusing dialect tables it cannot honour.
@Suite struct DeclarativeDialectTests {
    static let options = TranslationOptions(created: 1_764_547_200, responseID: "stream-fixture")
    static let exampleFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Mappings/examples/nested-context.json")

    let codec: DeclarativeChatCodec

    init() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.exampleFile.path))
        codec = try DeclarativeChatCodec(table: CapabilityTable(bytes: [UInt8](data), file: "nested-context.json"))
    }

    func json(_ name: String) throws -> JSONValue { try Fixtures.json("nested-context/" + name) }

    @Test func theRegistryPicksTheDeclarativeCodecForTheFamily() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.exampleFile.path))
        let catalog = try CapabilityCatalog.embedded.loading(json: [UInt8](data), named: "nested-context.json")
        let table = try #require(catalog.table("nested-context"))
        let picked = try CodecRegistry.codec(for: table)
        #expect(picked is DeclarativeChatCodec)
        var context = picked.makeContext(.decode, .chatRequest, model: nil, options: Self.options)
        let request = try picked.decodeRequest(try json("requests/chat.nested-context.json"), context: &context)
        #expect(request.json.canonical == (try json("requests/chat.openai.json")).canonical)
    }

    /// Every request, reply and stream fixture both ways, through the conformance kit.
    @Test func everyFixturePassesTheConformanceKit() throws {
        let kit = CodecConformance(codec: codec, options: Self.options, model: "nc-large")
        let folder = try FixtureFolder(
            path: Fixtures.directory.appendingPathComponent("nested-context").path, nativeName: "nested-context")
        let summary = try kit.verify(folder)
        #expect(summary.requests == 2 && summary.responses == 1 && summary.streams == 1, "\(summary)")
    }

    /// The second example dialect, `Mappings/examples/top-level-settings.json`, added with its Mappings file and
    /// fixtures only, as the README's "Adding a provider" guide describes.
    @Test func theSecondExampleDialectPassesTheKit() throws {
        let file = Self.exampleFile.deletingLastPathComponent().appendingPathComponent("top-level-settings.json")
        let data = try #require(FileManager.default.contents(atPath: file.path))
        let codec = try DeclarativeChatCodec(
            table: CapabilityTable(bytes: [UInt8](data), file: "top-level-settings.json"))
        let kit = CodecConformance(codec: codec, options: Self.options, model: "chatbot-large-2025")
        let folder = try FixtureFolder(
            path: Fixtures.directory.appendingPathComponent("top-level-settings").path,
            nativeName: "top-level-settings")
        let summary = try kit.verify(folder)
        #expect(summary.requests == 3 && summary.responses == 3 && summary.streams == 2, "\(summary)")
        let base: JSONValue = ["model": "chatbot-mini", "messages": [["role": "user", "content": "Привет"]]]
        let coverage = try kit.verifyCapabilities(base: base)
        #expect(coverage.checked.count == 13 && coverage.skipped.isEmpty, "\(coverage)")
    }

    /// The same dialect framed as data-only server-sent events: the same chunks under any split, and encoded back
    /// as events; a framing a dialect cannot use is refused by the loader.
    @Test func aDialectStreamsServerSentEventsWhenItsTableSaysSo() throws {
        let file = Self.exampleFile.deletingLastPathComponent().appendingPathComponent("top-level-settings.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let sse = text.replacingOccurrences(of: #""framing": "ndjson""#, with: #""framing": "sse""#)
        #expect(sse != text)
        let codec = try DeclarativeChatCodec(
            table: CapabilityTable(bytes: Array(sse.utf8), file: "top-level-settings.json"))
        let context = codec.makeContext(.decode, .stream, model: "chatbot-large-2025", options: Self.options)
        let bytes = try Fixtures.bytes("top-level-settings/sse/text.sse")
        let chunks = try ChunkingVerifier().verify(bytes) { codec.makeStreamDecoder(context: context) }
        let expected = try Fixtures.json("top-level-settings/streams/text.chunks.json").arrayValue ?? []
        #expect(chunks.map(\.json.canonical) == expected.map(\.canonical))

        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var encoded: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &encoded) }
        try encoder.finish(into: &encoded)
        #expect(String(decoding: encoded, as: UTF8.self).hasPrefix("data: {\"text\":\"Купе\"}\n\n"))
        let again = try ChunkingVerifier(exhaustiveSplitLimit: 256, randomRuns: 8).verify(encoded) {
            codec.makeStreamDecoder(context: context)
        }
        #expect(try accumulate(again).json.canonical == (try accumulate(chunks)).json.canonical)

        let array = text.replacingOccurrences(of: #""framing": "ndjson""#, with: #""framing": "json-array""#)
        #expect {
            try CapabilityTable(bytes: Array(array.utf8), file: "top-level-settings.json")
        } throws: { error in
            (error as? CapabilityTableError)?.path.description == "endpoints.chat.stream.framing"
        }
    }

    /// A message member the layout does not read, nested under the text's parent, is reported with its path; an end
    /// marker on the chat stream is refused by the loader.
    @Test func unreadNestedMembersAreReportedAndEndMarkersRefused() throws {
        let file = Self.exampleFile.deletingLastPathComponent().appendingPathComponent("top-level-settings.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let nested = text.replacingOccurrences(of: #""text": "message""#, with: #""text": "content.text""#)
        #expect(nested != text)
        let codec = try DeclarativeChatCodec(
            table: CapabilityTable(bytes: Array(nested.utf8), file: "top-level-settings.json"))
        let body: JSONValue = [
            "model": "chatbot-mini",
            "chat_history": [["role": "USER", "content": ["text": "Привет", "attachments": ["photo.jpg"]]]],
        ]
        var decoding = codec.makeContext(.decode, .chatRequest, model: nil, options: Self.options)
        let request = try codec.decodeRequest(body, context: &decoding)
        #expect(request.messages.first?.content?.joinedText == "Привет")
        #expect(
            ReportedChange.of(decoding.report) == [
                ReportedChange(kind: "dropped", path: "chat_history[0].content.attachments")
            ], "\(decoding.report.rendered)")

        let marked = text.replacingOccurrences(
            of: #""stream": {"framing": "ndjson"}"#, with: #""stream": {"framing": "sse", "end": "[DONE]"}"#)
        #expect(marked != text)
        #expect {
            try CapabilityTable(bytes: Array(marked.utf8), file: "top-level-settings.json")
        } throws: { error in
            (error as? CapabilityTableError)?.path.description == "endpoints.chat.stream.end"
        }
    }

    @Test func droppedAndClampedParametersAreReported() throws {
        let request = ChatCompletionRequest(
            model: "nc-large", messages: [ChatMessage(role: .user, text: "Привет")], temperature: 1.7, topP: 0.5)
        var encoding = codec.makeContext(.encode, .chatRequest, model: request.model, options: Self.options)
        let native = try codec.encodeRequest(request, context: &encoding)
        #expect(native.body["message"]?["settings"]?["temperature"] == 1)
        #expect(native.body["message"]?["settings"]?["top_p"] == nil)
        #expect(
            Set(ReportedChange.of(encoding.report)) == [
                ReportedChange(kind: "clamped", path: "temperature"), ReportedChange(kind: "dropped", path: "top_p"),
            ], "\(encoding.report.rendered)")
    }

    @Test func anUnmappedRoleIsAnErrorWithItsPath() throws {
        let text = String(
            decoding: try Fixtures.bytes("nested-context/requests/chat.nested-context.json"), as: UTF8.self)
        let body = try JSONReader().read(Array(text.replacingOccurrences(of: #""bot""#, with: #""narrator""#).utf8))
        var decoding = codec.makeContext(.decode, .chatRequest, model: nil, options: Self.options)
        #expect {
            try codec.decodeRequest(body, context: &decoding)
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.provider == "nested-context" && error.path.description == "context.history[1].author"
        }
    }

    func streamContext() -> TranslationContext {
        codec.makeContext(.decode, .stream, model: "nc-large", options: Self.options)
    }

    @Test func aStreamCutBeforeItsEndIsAnError() throws {
        let bytes = try Fixtures.bytes("nested-context/streams/stream.ndjson")
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        let truncated = Array(lines.dropLast().joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
        let (_, error) = decodeWhole(truncated, with: codec.makeStreamDecoder(context: streamContext()))
        let failure = try #require(error)
        #expect(failure.provider == "nested-context")
    }

    @Test func aDialectTableThatClaimsToolsOrResponseFormatsIsRefused() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.exampleFile.path))
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: #""tools": false"#, with: #""tools": true"#)
        #expect(throws: CapabilityTableError.self) {
            try CapabilityTable(bytes: Array(text.utf8), file: "nested-context.json")
        }
        for feature in ["jsonObject", "jsonSchema"] {
            let claiming = text.replacingOccurrences(of: #""tools": true"#, with: #""tools": false"#)
                .replacingOccurrences(of: "\"\(feature)\": false", with: "\"\(feature)\": true")
            #expect(claiming != text.replacingOccurrences(of: #""tools": true"#, with: #""tools": false"#))
            #expect {
                try CapabilityTable(bytes: Array(claiming.utf8), file: "nested-context.json")
            } throws: { error in
                (error as? CapabilityTableError)?.path.description == "features.\(feature)"
            }
        }
        let misplaced = #"""
            {"id": "demo", "name": "Demo", "api": {"family": "openai-chat", "version": "v1"}, "docs": ["test"],
             "endpoints": {"chat": {"method": "POST", "path": "/v1/chat/completions"}}, "features": {},
             "dialect": {}}
            """#
        #expect {
            try CapabilityTable(bytes: Array(misplaced.utf8), file: "demo.json")
        } throws: { error in
            (error as? CapabilityTableError)?.path.description == "dialect"
        }
    }
}
