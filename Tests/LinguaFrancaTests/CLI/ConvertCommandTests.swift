import Foundation
import LinguaFranca
import Testing

/// `lingua convert` driven as a process: every kind for every pair of the native providers and OpenAI, the output
/// read back by the target's codec, bad flags, unreadable input, and the report.
@Suite struct ConvertCommandTests {
    /// One input per provider and kind, from the fixtures.
    static let inputs: [String: [String: String]] = [
        "openai": [
            "request": "openai/chat.request.tools.json", "response": "openai/chat.response.tool-calls.json",
            "stream": "openai-stream/chat-tool-calls.sse", "error": "openai/error.rate-limit.json",
        ],
        "anthropic": [
            "request": "anthropic/requests/parallel-tools.anthropic.json",
            "response": "anthropic/responses/thinking.anthropic.json", "stream": "anthropic/streams/tool-use.sse",
            "error": "anthropic/errors/rate_limit_error.json#anthropic",
        ],
        "yandex": [
            "request": "yandex/requests/tool-round-trip.yandex.json",
            "response": "yandex/responses/tool-calls.yandex.json",
            "stream": "yandex/streams/tool-calls.ndjson", "error": "yandex/errors/RESOURCE_EXHAUSTED.json#yandex",
        ],
        "gemini": [
            "request": "gemini/requests/parallel-calls.gemini.json",
            "response": "gemini/responses/function-calls.gemini.json",
            "stream": "gemini/streams/function-calls.sse", "error": "gemini/errors/RESOURCE_EXHAUSTED.json#gemini",
        ],
    ]
    /// The providers with tool calls (the OpenAI-compatible tables read and write OpenAI's documents).
    static let providers = [
        "openai", "generic-openai", "yandex-openai", "timeweb-openai", "anthropic", "gemini", "yandex",
    ]
    static let cases: [(String, String, String)] = providers.flatMap { from in
        providers.flatMap { to in ["request", "response", "stream", "error"].map { (from, to, $0) } }
    }

    /// The bytes of an input; `file#member` is one member of a fixture file.
    static func input(_ reference: String) throws -> [UInt8] {
        let parts = reference.split(separator: "#").map(String.init)
        guard parts.count == 2 else { return try Fixtures.bytes(reference) }
        return JSONWriter().write(try Fixtures.json(parts[0])[parts[1]] ?? .null)
    }

    /// Reads `output` back with the target's codec, so a conversion counts only when the target format is right.
    static func readBack(_ output: [UInt8], as provider: String, kind: String) throws {
        let codec = try CodecRegistry.codec(
            for: try #require(CapabilityCatalog.embedded.table(ProviderID(rawValue: provider))))
        try readBack(output, codec: codec, kind: kind)
    }

    static func readBack(_ output: [UInt8], codec: some ProviderCodec, kind: String) throws {
        let options = TranslationOptions(created: 1)
        switch kind {
        case "stream":
            var decoder = codec.makeStreamDecoder(
                context: codec.makeContext(.decode, .stream, model: "m", options: options))
            var chunks: [ChatCompletionChunk] = []
            try decoder.feed(output, into: &chunks)
            try decoder.finish(into: &chunks)
            #expect(chunks.contains { $0.choices.contains { $0.finishReason == .toolCalls } })
        case "request":
            var context = codec.makeContext(.decode, .chatRequest, model: "m", options: options)
            let request = try codec.decodeRequest(try JSONReader().read(output), context: &context)
            #expect(request.messages.contains { !($0.toolCalls ?? []).isEmpty })
        case "response":
            var context = codec.makeContext(.decode, .chatResponse, model: "m", options: options)
            let response = try codec.decodeResponse(try JSONReader().read(output), context: &context)
            #expect(response.choices.first?.message.toolCalls?.isEmpty == false)
        default:
            var context = codec.makeContext(.decode, .error, model: "m", options: options)
            let error = try codec.decodeError(try JSONReader().read(output), status: nil, context: &context)
            #expect(!error.body.error.message.isEmpty)
        }
    }

    @Test(arguments: 0..<cases.count)
    func everyKindForEveryPair(_ position: Int) throws {
        let (from, to, kind) = Self.cases[position]
        let input = try Self.input(try #require(Self.inputs[from.hasSuffix("openai") ? "openai" : from]?[kind]))
        var arguments = [
            "convert", "--from", from, "--to", to, "--model", "gemini-2.5-flash", "--created", "1", "--option",
            "folder_id=b1gfolder", "--option", "agent_id=5c1e0a7d",
        ]
        if kind == "stream" || kind == "error" { arguments += ["--kind", kind] }
        if kind == "error" { arguments += ["--status", "429"] }
        let result = try LinguaProcess.run(arguments, input: input)
        #expect(result.status == 0, "\(from) → \(to) \(kind): \(result.standardError)")
        try Self.readBack(result.standardOutput, as: to, kind: kind)
    }

    @Test func kindIsTakenFromTheShapeAndTheReportIsWritten() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("lingua-report-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: report) }
        let input = try Fixtures.bytes("anthropic/requests/lossy-openai.openai.json")
        let result = try LinguaProcess.run(
            ["convert", "--from", "openai", "--to", "anthropic", "--report", "--report-json", report.path], input: input
        )
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("POST /v1/messages\n"))
        #expect(result.standardError.contains("clamped temperature (anthropic claude-haiku-4-5, encode chat request)"))
        let written = try JSONReader().read([UInt8](try Data(contentsOf: report)))
        #expect(written.arrayValue?.contains { $0["kind"] == "rejected" && $0["path"] == "n" } == true)
    }

    /// A native Timeweb client's second turn: the thread store file from an earlier run rebuilds the conversation.
    @Test func aThreadStoreFileContinuesAConversationAcrossRuns() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("lingua-threads-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: store) }
        let line =
            #"{"id":"3f1c9a52-7e0b-4d6a-9c1e-5b2f8d4a6e07","messages":[{"role":"user","content":"Как подключить домен?"},{"role":"assistant","content":"Добавьте A-запись."}]}"#
        try (line + "\n").write(to: store, atomically: true, encoding: .utf8)
        let result = try LinguaProcess.run(
            [
                "convert", "--from", "timeweb", "--to", "openai", "--thread-store", store.path, "--option",
                "agent_id=a1",
            ],
            input: try Fixtures.bytes("timeweb/requests/second-turn.timeweb.json"))
        #expect(result.status == 0, "\(result.standardError)")
        let request = try JSONReader().read(result.standardOutput)
        #expect(request["messages"]?.arrayValue?.count == 3)
        #expect(request["messages"]?[1]?["content"] == "Добавьте A-запись.")
        let unknown = try LinguaProcess.run(
            ["convert", "--from", "timeweb", "--to", "openai", "--option", "agent_id=a1"],
            input: try Fixtures.bytes("timeweb/requests/second-turn.timeweb.json"))
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("timeweb decode chat request: at parent_message_id"))
    }

    @Test func strictStopsAtTheFirstLossWithOneLine() throws {
        let input = try Fixtures.bytes("anthropic/requests/lossy-openai.openai.json")
        let result = try LinguaProcess.run(
            ["convert", "--from", "openai", "--to", "anthropic", "--strict"], input: input)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("lingua convert: anthropic encode chat request: "))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func badFlagsAndInputs() throws {
        for arguments in [
            ["convert"], ["convert", "--from", "openai"], ["convert", "--from", "nope", "--to", "openai"],
            ["convert", "--from", "openai", "--to", "anthropic", "--kind", "poem"],
            ["convert", "--from", "openai", "--to", "anthropic", "--bogus"],
            ["convert", "--from", "openai", "--to", "anthropic", "--option", "novalue"],
            ["convert", "--from", "openai", "--to", "anthropic", "--strict", "--lenient"],
        ] {
            let result = try LinguaProcess.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains("usage: lingua convert"), "\(arguments)")
        }
        let missing = try LinguaProcess.run(["convert", "--from", "openai", "--to", "anthropic", "/nonexistent/x.json"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("cannot open /nonexistent/x.json"))
        let ambiguous = try LinguaProcess.run(
            ["convert", "--from", "openai", "--to", "anthropic"], input: Array(#"{"hello": 1}"#.utf8))
        #expect(ambiguous.status == 2)
        #expect(ambiguous.standardError.contains("give --kind"))
        let broken = try LinguaProcess.run(
            ["convert", "--from", "anthropic", "--to", "openai"],
            input: Array(#"{"model": "m", "messages": [{"role": "robot", "content": "x"}]}"#.utf8))
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("at messages[0].role"))
        let help = try LinguaProcess.run(["convert", "--help"])
        #expect(help.status == 0)
        #expect(String(decoding: help.standardOutput, as: UTF8.self).contains("examples:"))
    }

    @Test func aTruncatedStreamFailsAfterWritingWhatItTranslated() throws {
        let input = try Fixtures.bytes("anthropic/streams/truncated.sse")
        let result = try LinguaProcess.run(
            ["convert", "--from", "anthropic", "--to", "openai", "--kind", "stream"], input: input)
        #expect(result.status == 1)
        #expect(String(decoding: result.standardOutput, as: UTF8.self).hasPrefix("data: {"))
        #expect(result.standardError.contains("truncated") || result.standardError.contains("message_stop"))
    }
}

extension ConvertCommandTests {
    /// A stream's report reaches `--report` and `--report-json`, whether `--kind stream` is given or guessed.
    @Test(arguments: [["--kind", "stream"], []])
    func aStreamsReportIsPrintedAndWritten(_ kind: [String]) throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("lingua-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try LinguaProcess.run(
            [
                "convert", "--from", "yandex", "--to", "anthropic", "--model", "gpt://b1g/yandexgpt/latest", "--report",
                "--report-json", report.path,
            ] + kind + ["-"],
            input: try Fixtures.bytes("yandex/streams/rewrite.ndjson"))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("approximated result.alternatives[0].message.text"))
        let written = try JSONReader().read([UInt8](try Data(contentsOf: report)))
        #expect(written.arrayValue?.map { $0["kind"] } == ["approximated"])
        #expect(
            String(decoding: result.standardOutput, as: UTF8.self).hasSuffix(
                "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"))
    }
}

extension ConvertCommandTests {
    /// Embeddings inputs per provider with an embeddings API: a batch request and its response.
    static let embeddingsInputs: [String: [String: String]] = [
        "openai": [
            "embeddings-request": "openai/embeddings.request.strings.json",
            "embeddings-response": "openai/embeddings.response.float.json",
        ],
        "gemini": [
            "embeddings-request": "gemini/embeddings/batch.gemini.json",
            "embeddings-response": "gemini/embeddings/batch.response.gemini.json",
        ],
        "yandex": [
            "embeddings-request": "yandex/embeddings/batch.yandex.json",
            "embeddings-response": "yandex/embeddings/batch.responses.yandex.json",
        ],
    ]
    static let embeddingsCases: [(String, String, String)] = ["openai", "gemini", "yandex"].flatMap { from in
        ["openai", "gemini", "yandex"].flatMap { to in
            ["embeddings-request", "embeddings-response"].map { (from, to, $0) }
        }
    }

    /// Every embeddings kind for every pair of providers with an embeddings API, with and without `--kind`, the
    /// output read back by the target's codec.
    @Test(arguments: 0..<embeddingsCases.count)
    func embeddingsForEveryPair(_ position: Int) throws {
        let (from, to, kind) = Self.embeddingsCases[position]
        let input = try Fixtures.bytes(try #require(Self.embeddingsInputs[from]?[kind]))
        for kindFlag in [["--kind", kind], []] {
            let result = try LinguaProcess.run(
                ["convert", "--from", from, "--to", to, "--model", "text-embedding-004", "--option", "folder_id=b1g"]
                    + kindFlag + ["-"], input: input)
            #expect(result.status == 0, "\(from) → \(to) \(kind) \(kindFlag): \(result.standardError)")
            let output = try JSONReader().read(result.standardOutput)
            let table = try #require(CapabilityCatalog.embedded.table(ProviderID(rawValue: to)))
            let codec = try #require(try CodecRegistry.codec(for: table) as? any EmbeddingsCodec)
            let natives = output.arrayValue ?? [output]
            if kind == "embeddings-request" {
                var context = try Self.context(to, .embeddingsRequest)
                let requests = try natives.map { try codec.decodeEmbeddingsRequest($0, context: &context) }
                let texts = requests.reduce(0) { count, request in
                    switch request.input {
                    case .text: count + 1
                    case .texts(let texts): count + texts.count
                    default: count
                    }
                }
                #expect(texts == 3 || texts == 4, "\(from) → \(to): \(texts) texts")
            } else {
                var context = try Self.context(to, .embeddingsResponse)
                let request = EmbeddingsRequest(
                    input: .texts(Array(repeating: "", count: natives.count)), model: "text-embedding-004")
                let response = try codec.decodeEmbeddingsResponse(natives, request: request, context: &context)
                #expect(response.data.count >= 2, "\(from) → \(to)")
            }
        }
    }

    static func context(_ provider: String, _ document: DocumentKind) throws -> TranslationContext {
        let table = try #require(CapabilityCatalog.embedded.table(ProviderID(rawValue: provider)))
        return try CodecRegistry.codec(for: table).makeContext(
            .decode, document, model: "text-embedding-004",
            options: TranslationOptions(providerSettings: ["folder_id": "b1g"], created: 1))
    }

    @Test func anEmbeddingsResponseWithoutAModelAsksForOne() throws {
        let result = try LinguaProcess.run(
            ["convert", "--from", "gemini", "--to", "openai", "--kind", "embeddings-response", "-"],
            input: try Fixtures.bytes("gemini/embeddings/single.response.gemini.json"))
        #expect(result.status == 2)
        #expect(result.standardError.contains("names no model; give it with --model"), "\(result.standardError)")
    }

    @Test func aProviderWithoutEmbeddingsSaysSo() throws {
        let result = try LinguaProcess.run(
            ["convert", "--from", "openai", "--to", "anthropic", "--kind", "embeddings-request", "-"],
            input: try Fixtures.bytes("openai/embeddings.request.strings.json"))
        #expect(result.status == 1)
        #expect(result.standardError == "lingua convert: anthropic has no embeddings API\n")
    }
}

extension ConvertCommandTests {
    /// Inputs without tool calls, for the Timeweb agent (which has none) in either direction.
    static let plainInputs: [String: [String: String]] = [
        "timeweb": [
            "request": "timeweb/requests/first-turn.timeweb.json",
            "response": "timeweb/responses/first-turn.timeweb.json",
            "stream": "timeweb/responses/first-turn.timeweb.json", "error": "timeweb/error.not-found.json#timeweb",
        ],
        "openai": [
            "request": "openai/chat.request.minimal.json", "response": "openai/chat.response.basic.json",
            "stream": "openai-stream/chat-basic.sse", "error": "openai/error.rate-limit.json",
        ],
        "anthropic": [
            "request": "anthropic/requests/plain-chat.anthropic.json",
            "response": "anthropic/responses/text.anthropic.json", "stream": "anthropic/streams/text.sse",
            "error": "anthropic/errors/rate_limit_error.json#anthropic",
        ],
        "gemini": [
            "request": "gemini/requests/plain-system.gemini.json", "response": "gemini/responses/text.gemini.json",
            "stream": "gemini/streams/text.sse", "error": "gemini/errors/RESOURCE_EXHAUSTED.json#gemini",
        ],
        "yandex": [
            "request": "yandex/requests/plain-chat.yandex.json", "response": "yandex/responses/final.yandex.json",
            "stream": "yandex/streams/text.ndjson", "error": "yandex/errors/RESOURCE_EXHAUSTED.json#yandex",
        ],
    ]
    static let timewebCases: [(String, String, String)] = providers.flatMap { other in
        [("timeweb", other), (other, "timeweb")].flatMap { pair in
            ["request", "response", "stream", "error"].map { (pair.0, pair.1, $0) }
        }
    }

    /// Every kind between the Timeweb agent and every other provider, both ways, read back by the target's codec.
    @Test(arguments: 0..<timewebCases.count)
    func everyKindToAndFromTimeweb(_ position: Int) throws {
        let (from, to, kind) = Self.timewebCases[position]
        let input = try Self.input(try #require(Self.plainInputs[from.hasSuffix("openai") ? "openai" : from]?[kind]))
        var arguments = [
            "convert", "--from", from, "--to", to, "--kind", kind, "--model", "gemini-2.5-flash", "--created", "1",
            "--option", "folder_id=b1gfolder", "--option", "agent_id=5c1e0a7d",
        ]
        if kind == "error" { arguments += ["--status", "404"] }
        let result = try LinguaProcess.run(arguments, input: input)
        #expect(result.status == 0, "\(from) → \(to) \(kind): \(result.standardError)")
        let table = try #require(CapabilityCatalog.embedded.table(ProviderID(rawValue: to)))
        let codec = try CodecRegistry.codec(for: table)
        var context = codec.makeContext(
            .decode, kind == "request" ? .chatRequest : kind == "error" ? .error : .chatResponse, model: "m",
            options: TranslationOptions(providerSettings: ["agent_id": "5c1e0a7d"], created: 1))
        context.threadStore = InMemoryThreadStore()
        switch kind {
        case "request":
            let request = try codec.decodeRequest(try JSONReader().read(result.standardOutput), context: &context)
            #expect(request.messages.last?.content?.joinedText?.isEmpty == false, "\(from) → \(to)")
        case "response":
            let response = try codec.decodeResponse(try JSONReader().read(result.standardOutput), context: &context)
            #expect(response.choices.first?.message.content?.joinedText?.isEmpty == false, "\(from) → \(to)")
        case "stream":
            var decoder = codec.makeStreamDecoder(context: context)
            var chunks: [ChatCompletionChunk] = []
            try decoder.feed(result.standardOutput, into: &chunks)
            try decoder.finish(into: &chunks)
            #expect(chunks.contains { $0.choices.contains { $0.delta.content?.isEmpty == false } }, "\(from) → \(to)")
        default:
            let error = try codec.decodeError(
                try JSONReader().read(result.standardOutput), status: 404, context: &context)
            #expect(!error.body.error.message.isEmpty)
        }
    }
}

extension ConvertCommandTests {
    /// The README's example commands, on the bundled `Examples/`, with the exit status the README gives (`<` feeds
    /// the file that follows on standard input, as the README's shell line does).
    static let readmeExamples: [(arguments: [String], status: Int32)] = [
        (["convert", "--from", "anthropic", "--to", "openai", "Examples/anthropic-request.json"], 0),
        (["convert", "--from", "openai", "--to", "gemini", "--report", "Examples/openai-chat-request.json"], 0),
        (
            [
                "convert", "--from", "anthropic", "--to", "openai", "--kind", "stream", "<",
                "Examples/anthropic-stream.sse",
            ], 0
        ),
        (
            [
                "convert", "--from", "gemini", "--to", "anthropic", "--model", "gemini-2.5-flash",
                "Examples/gemini-response.json",
            ], 0
        ),
        (
            [
                "convert", "--from", "yandex", "--to", "anthropic", "--report",
                "Examples/yandex-completion-request.json",
            ], 0
        ),
        (
            [
                "convert", "--from", "yandex", "--to", "openai", "--model", "gpt://b1g/yandexgpt/latest",
                "Examples/yandex-stream.ndjson",
            ], 0
        ),
        (
            [
                "convert", "--from", "openai", "--to", "yandex", "--option", "folder_id=b1gexample",
                "Examples/openai-embeddings-request.json",
            ], 0
        ),
        (
            [
                "logs", "convert", "--from", "anthropic", "Examples/anthropic-log.jsonl", "-o", "/dev/null",
                "--rejects", "/dev/null",
            ], 3
        ),
    ]

    @Test(arguments: 0..<readmeExamples.count)
    func theReadmeExamplesRun(_ position: Int) throws {
        let (arguments, status) = Self.readmeExamples[position]
        let root = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let resolved = arguments.map { $0.hasPrefix("Examples/") ? root.appendingPathComponent($0).path : $0 }
        let redirect = resolved.firstIndex(of: "<")
        let input = try redirect.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: resolved[$0 + 1]))) } ?? []
        let result = try LinguaProcess.run(redirect.map { Array(resolved[..<$0]) } ?? resolved, input: input)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
        #expect(!result.standardOutput.isEmpty || arguments.contains("/dev/null"))
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let shown = arguments.filter { $0 != "-o" && $0 != "--rejects" && $0 != "/dev/null" }.joined(separator: " ")
        #expect(readme.contains("lingua " + shown), "README does not show: lingua \(shown)")
    }
}
