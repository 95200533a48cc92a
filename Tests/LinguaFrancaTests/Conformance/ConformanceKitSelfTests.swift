import Foundation
import LinguaFranca
import LinguaFrancaConformance
import Testing

/// The conformance kit must fail when a codec or a fixture is wrong: a codec that silently forgets a parameter, and
/// fixture folders with one expectation changed, each give the problem that names the place.
@Suite struct ConformanceKitSelfTests {
    static let options = TranslationOptions(created: 1_764_547_200, responseID: "stream-fixture")

    /// The example dialect's codec, except that every encoded request loses its newest message's `temperature`
    /// setting without a word in the report.
    struct ForgetfulCodec: ChatCodec {
        let inner: DeclarativeChatCodec

        var table: CapabilityTable { inner.table }

        func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
            -> ChatCompletionRequest
        { try inner.decodeRequest(native, context: &context) }

        func encodeRequest(_ request: ChatCompletionRequest, context: inout TranslationContext)
            throws(TranslationError) -> NativeRequest
        {
            var native = try inner.encodeRequest(request, context: &context)
            guard var body = native.body.objectValue, var message = body["message"]?.objectValue,
                var settings = message["settings"]?.objectValue
            else { return native }
            settings.removeValue(forKey: "temperature")
            message["settings"] = .object(settings)
            body["message"] = .object(message)
            native.body = .object(body)
            return native
        }

        func decodeResponse(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
            -> ChatCompletion
        { try inner.decodeResponse(native, context: &context) }

        func encodeResponse(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError)
            -> JSONValue
        { try inner.encodeResponse(response, context: &context) }

        func makeStreamDecoder(context: TranslationContext) -> DeclarativeStreamDecoder {
            inner.makeStreamDecoder(context: context)
        }

        func makeStreamEncoder(context: TranslationContext) -> DeclarativeStreamEncoder {
            inner.makeStreamEncoder(context: context)
        }
    }

    static func exampleCodec() throws -> DeclarativeChatCodec {
        let file = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Mappings/examples/nested-context.json")
        let data = try #require(FileManager.default.contents(atPath: file.path))
        return try DeclarativeChatCodec(table: CapabilityTable(bytes: [UInt8](data), file: "nested-context.json"))
    }

    /// A copy of the example dialect's fixture folder with `edit` applied to the text of `file`.
    static func tamperedFolder(_ file: String, _ edit: (String) -> String) throws -> FixtureFolder {
        let source = Fixtures.directory.appendingPathComponent("nested-context")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lingua-kit-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        let target = copy.appendingPathComponent(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit of \(file) changed nothing")
        try edited.write(to: target, atomically: true, encoding: .utf8)
        return try FixtureFolder(path: copy.path, nativeName: "nested-context")
    }

    static func problems(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let failure as ConformanceFailure {
            return failure.problems
        } catch {
            return ["\(error)"]
        }
    }

    @Test func aSilentlyForgottenParameterFailsThePairTheRoundTripAndTheCapabilityCheck() throws {
        let kit = CodecConformance(codec: ForgetfulCodec(inner: try Self.exampleCodec()), options: Self.options)
        let folder = try FixtureFolder(
            path: Fixtures.directory.appendingPathComponent("nested-context").path, nativeName: "nested-context")
        let pairs = Self.problems { try kit.verifyRequests(in: folder) }
        #expect(
            pairs.contains {
                $0.contains("requests/chat: encoding chat.openai.json")
                    && $0.contains("message.settings.temperature: expected 0.6, got nothing")
            }, "\(pairs)")
        #expect(
            pairs.contains {
                $0.contains("requests/chat: the round trip changed what no report lists")
                    && $0.contains("temperature: expected 0.6, got nothing")
            }, "\(pairs)")
        let capabilities = Self.problems {
            try kit.verifyCapabilities(base: ["model": "nc-large", "messages": [["role": "user", "content": "Hi"]]])
        }
        #expect(
            capabilities == [
                "temperature: 0.5: the table sends it as 'temperature', but the encoded request has no such member"
                    + " (changed: message, message.settings)"
            ], "\(capabilities)")
    }

    @Test func aWrongExpectedResponseNamesThePlace() throws {
        let folder = try Self.tamperedFolder("responses/reply.openai.json") {
            $0.replacingOccurrences(of: #""finish_reason": "length""#, with: #""finish_reason": "stop""#)
        }
        let kit = CodecConformance(codec: try Self.exampleCodec(), options: Self.options)
        let found = Self.problems { try kit.verifyResponses(in: folder) }
        #expect(
            found.contains {
                $0.contains("responses/reply: decoding reply.nested-context.json differs")
                    && $0.contains(#"choices[0].finish_reason: expected "stop", got "length""#)
            }, "\(found)")
    }

    @Test func anUnlistedReportEntryIsAProblem() throws {
        let folder = try Self.tamperedFolder("requests/chat.report.json") {
            $0.replacingOccurrences(of: #""decode": []"#, with: #""decode": [{"kind": "dropped", "path": "stop"}]"#)
        }
        let kit = CodecConformance(codec: try Self.exampleCodec(), options: Self.options)
        let found = Self.problems { try kit.verifyRequests(in: folder) }
        #expect(
            found == ["requests/chat: the decode report differs: missing [dropped at stop], unexpected []"], "\(found)")
    }

    @Test func aWrongStreamChunkAndAMissingMessageAreProblems() throws {
        let folder = try Self.tamperedFolder("streams/stream.chunks.json") {
            $0.replacingOccurrences(of: "сел за ", with: "сел на ")
        }
        let kit = CodecConformance(codec: try Self.exampleCodec(), options: Self.options, model: "nc-large")
        let found = Self.problems { try kit.verifyStreams(in: folder) }
        #expect(
            found.contains {
                $0.contains("streams/stream: chunk 2 differs")
                    && $0.contains(#"choices[0].delta.content: expected "сел на ", got "сел за ""#)
            }, "\(found)")
        #expect(throws: ConformanceFailure.self) {
            try FixtureFolder(path: "/nonexistent/lingua-fixtures", nativeName: "x")
        }
    }

    @Test func aMissingReencodingAndAChunksFileThatIsNotAnArrayAreProblems() throws {
        let kit = CodecConformance(codec: try Self.exampleCodec(), options: Self.options, model: "nc-large")
        let folder = try Self.tamperedFolder("streams/stream.chunks.json") { _ in "{\"chunks\": []}" }
        let streams = Self.problems { try kit.verifyStreams(in: folder) }
        #expect(streams == ["streams/stream: stream.chunks.json is not an array of chunks"], "\(streams)")

        let reported = try Self.tamperedFolder("responses/reply.report.json") {
            $0.replacingOccurrences(of: "[]", with: #"[{"kind": "dropped", "path": "x"}]"#)
        }
        try FileManager.default.removeItem(atPath: reported.path + "/responses/reply.reencoded.json")
        let responses = Self.problems { try kit.verifyResponses(in: reported) }
        #expect(
            responses.contains { $0.contains("reply.reencoded.json must say what it gives") }
                && responses.contains { $0.contains("the decode report differs: missing [dropped at x]") },
            "\(responses)")
    }
}
