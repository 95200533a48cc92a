import LinguaFranca

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lingua convert --from P --to Q [--kind K] [options] [FILE|-]`: one document or stream, P → OpenAI → Q.
enum ConvertCommand {
    static let help = """
        usage: lingua convert --from P --to Q [--kind K] [options] [FILE|-]

        Translates one document, or a whole stream, from provider P's format to provider Q's through
        the OpenAI hub (P → OpenAI → Q). Either side may be 'openai' or any provider 'lingua providers'
        lists. Reads standard input when FILE is '-' or absent; a stream is translated as it is read
        (constant memory, so it works on a pipe).

        kinds:
          request     a chat request body
          response    a chat response body
          stream      a streamed response (SSE, NDJSON, JSON array) in P's framing, written in Q's
          embeddings-request   an embeddings request (for a provider with one call per input, such as
                               yandex, the output is a JSON array of the calls' bodies)
          embeddings-response  an embeddings response (a JSON array of them for one call per input)
          error       an error body (--status gives its HTTP status)
        Without --kind, the document's shape decides when it is unambiguous.

        options:
          --kind K            request, response, stream, embeddings-request, embeddings-response or error
          --model M           the model, for providers that carry it in the URL (gemini) or for reports
          --strict            fail on the first loss instead of reporting it
          --lenient           apply the capability tables and report every change (the default)
          --report            print the translation report on standard error
          --report-json FILE  write the report as JSON to FILE
          --option KEY=VALUE  a provider setting (folder_id, agent_id, task_type, history, …); repeatable
          --thread-store FILE the thread store parent-id providers (timeweb) look conversations up in
                              (lingua logs convert also records each reply there)
          --status N          the HTTP status of an error body
          --created N         the Unix time to stamp on responses whose format has none
          --pretty            indent JSON output
          --mappings DIR      also load the *.json tables in DIR
          -h, --help          show this help

        exit status: 0 translated (the report may list changes), 1 translation or I/O error (one line
        on standard error: provider, direction, JSON path, reason), 2 usage error.

        examples:
          lingua convert --from anthropic --to openai Examples/anthropic-request.json
          lingua convert --from openai --to gemini --report Examples/openai-chat-request.json
          curl -sN … | lingua convert --from anthropic --to openai --kind stream
          lingua convert --from gemini --to anthropic --kind response --model gemini-2.5-flash reply.json
        """

    /// What the command was asked to do.
    struct Invocation {
        var source: CapabilityTable
        var target: CapabilityTable
        var kind: String?
        var model: String?
        var options = TranslationOptions()
        var report = false
        var reportJSON: String?
        var status: Int?
        var pretty = false
        var path = "-"
        var threadStore: (any ThreadStore)?

        /// A context for one leg of the translation, with the thread store.
        func context(
            _ codec: some ChatCodec, _ operation: TranslationDirection.Operation, _ document: DocumentKind,
            model: String?
        ) -> TranslationContext {
            var context = codec.makeContext(operation, document, model: model, options: options)
            context.threadStore = threadStore
            return context
        }
    }

    /// A failure with its message, ready for standard error.
    struct Failure: Error {
        var message: String
        var status: ExitStatus
    }

    static let kinds: Set<String> = [
        "request", "response", "stream", "embeddings-request", "embeddings-response", "error",
    ]

    static func run(arguments: [String]) -> ExitStatus {
        let invocation: Invocation
        do {
            guard let parsed = try parse(arguments) else {
                StandardStream.output.writeLine(help)
                return .success
            }
            invocation = parsed
        } catch {
            StandardStream.error.writeLine(
                "lingua convert: \(error.message)\nusage: lingua convert --from P --to Q [--kind K] [options] [FILE|-]")
            return error.status
        }
        do {
            let source = try CodecRegistry.codec(for: invocation.source)
            let target = try CodecRegistry.codec(for: invocation.target)
            var reports: [TranslationReport] = []
            try convert(invocation, from: source, to: target, reports: &reports)
            try emitReports(reports, invocation)
            return .success
        } catch let error as TranslationError {
            StandardStream.error.writeLine("lingua convert: \(error)")
            return .failure
        } catch let error as Failure {
            StandardStream.error.writeLine("lingua convert: \(error.message)")
            return error.status
        } catch {
            StandardStream.error.writeLine("lingua convert: \(error)")
            return .failure
        }
    }

    static func parse(_ arguments: [String]) throws(Failure) -> Invocation? {
        var values: [String: String] = [:]
        var settings: [String: String] = [:]
        var flags: Set<String> = []
        var path: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help":
                return nil
            case "--strict", "--lenient", "--report", "--pretty":
                flags.insert(argument)
            case "--from", "--to", "--kind", "--model", "--report-json", "--status", "--created", "--mappings",
                "--option", "--thread-store":
                guard let value = rest.popFirst() else { throw usage("\(argument) needs a value") }
                if argument == "--option" {
                    guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                        throw usage("--option takes KEY=VALUE, not '\(value)'")
                    }
                    settings[String(value[..<equals])] = String(value[value.index(after: equals)...])
                } else {
                    values[argument] = value
                }
            case "-":
                guard path == nil else { throw usage("more than one input given") }
                path = "-"
            case let option where option.hasPrefix("-"):
                throw usage("unknown option '\(option)'")
            default:
                guard path == nil else { throw usage("more than one input given") }
                path = argument
            }
        }
        if flags.contains("--strict") && flags.contains("--lenient") {
            throw usage("--strict and --lenient exclude each other")
        }
        var catalog = CapabilityCatalog.embedded
        if let mappings = values["--mappings"] {
            do {
                catalog = try catalog.loading(directory: mappings)
            } catch {
                throw Failure(message: "\(error)", status: .failure)
            }
        }
        func table(_ option: String) throws(Failure) -> CapabilityTable {
            guard let name = values[option] else { throw usage("\(option) is required") }
            guard let table = catalog.table(ProviderID(rawValue: name)) else {
                let known = catalog.providers.map(\.rawValue).joined(separator: ", ")
                throw usage("unknown provider '\(name)' for \(option) (known: \(known))")
            }
            return table
        }
        var invocation = Invocation(source: try table("--from"), target: try table("--to"))
        if let kind = values["--kind"] {
            guard kinds.contains(kind) else {
                throw usage("unknown kind '\(kind)' (kinds: \(kinds.sorted().joined(separator: ", ")))")
            }
            invocation.kind = kind
        }
        invocation.model = values["--model"]
        invocation.options = TranslationOptions(
            policy: flags.contains("--strict") ? .strict : .lenient, providerSettings: settings,
            created: try integer("--created", values))
        invocation.status = try integer("--status", values)
        invocation.report = flags.contains("--report")
        invocation.reportJSON = values["--report-json"]
        invocation.pretty = flags.contains("--pretty")
        invocation.path = path ?? "-"
        if let store = values["--thread-store"] {
            do {
                invocation.threadStore = try FileThreadStore(path: store)
            } catch {
                throw Failure(message: "\(error)", status: .failure)
            }
        }
        return invocation
    }

    private static func integer(_ option: String, _ values: [String: String]) throws(Failure) -> Int? {
        guard let text = values[option] else { return nil }
        guard let value = Int(text) else { throw usage("\(option) takes an integer, not '\(text)'") }
        return value
    }

    private static func usage(_ message: String) -> Failure {
        Failure(message: message, status: .usage)
    }

    private static func convert(
        _ invocation: Invocation, from source: some ProviderCodec, to target: some ProviderCodec,
        reports: inout [TranslationReport]
    ) throws {
        if invocation.kind == "stream" {
            reports.append(try ConvertStream.run(invocation, from: source, to: target))
            return
        }
        let bytes = try InputFile.readAll(invocation.path, limit: JSONLimits.default.maxDocumentBytes + 1)
        let document: JSONValue
        do {
            document = try JSONReader().read(bytes)
        } catch {
            guard invocation.kind == nil, DocumentShape.looksLikeStream(bytes, framing: source.streamFraming) else {
                throw TranslationError(
                    error, provider: source.provider, direction: TranslationDirection(.decode, .chatRequest))
            }
            reports.append(try Self.convertReadStream(bytes, invocation, from: source, to: target))
            return
        }
        let guessed = DocumentShape.isStream(document, framing: source.streamFraming) ? "stream" : nil
        guard let kind = invocation.kind ?? guessed ?? DocumentShape.kind(of: document) else {
            throw Failure(
                message: "cannot tell whether the input is a request, a response or an error; give --kind",
                status: .usage)
        }
        let output: JSONValue
        switch kind {
        case "request":
            var decoding = invocation.context(source, .decode, .chatRequest, model: invocation.model)
            let request = try source.decodeRequest(document, context: &decoding)
            var encoding = invocation.context(target, .encode, .chatRequest, model: request.model)
            let native = try target.encodeRequest(request, context: &encoding)
            reports += [decoding.report, encoding.report]
            if invocation.report { StandardStream.error.writeLine("\(native.method) \(native.path)") }
            output = native.body
        case "response":
            var decoding = invocation.context(source, .decode, .chatResponse, model: invocation.model)
            let response = try source.decodeResponse(document, context: &decoding)
            var encoding = invocation.context(target, .encode, .chatResponse, model: response.model)
            output = try target.encodeResponse(response, context: &encoding)
            reports += [decoding.report, encoding.report]
        case "embeddings-request", "embeddings-response":
            output = try Self.convertEmbeddings(document, kind: kind, invocation, from: source, to: target, &reports)
        case "error":
            var decoding = invocation.context(source, .decode, .error, model: invocation.model)
            let error = try source.decodeError(document, status: invocation.status, context: &decoding)
            var encoding = invocation.context(target, .encode, .error, model: invocation.model)
            let native = try target.encodeError(error.body, status: error.status, context: &encoding)
            reports += [decoding.report, encoding.report]
            if invocation.report { StandardStream.error.writeLine("HTTP status \(native.status)") }
            output = native.body
        default:
            reports.append(try Self.convertReadStream(bytes, invocation, from: source, to: target))
            return
        }
        var text = JSONWriter(options: .init(prettyPrinted: invocation.pretty)).write(output)
        text.append(UInt8(ascii: "\n"))
        try StandardStream.output.write(text)
    }

    /// A stream already read (its kind guessed from its bytes): translated from those bytes when they are the whole
    /// input, else from the file again, as it is read.
    ///
    /// - Throws: ``Failure`` for a stream on standard input over the document limit (its start is gone);
    ///   ``TranslationError`` and ``IOFailure`` from the translation.
    private static func convertReadStream(
        _ bytes: [UInt8], _ invocation: Invocation, from source: some ProviderCodec, to target: some ProviderCodec
    ) throws -> TranslationReport {
        let whole = bytes.count <= JSONLimits.default.maxDocumentBytes
        guard whole || invocation.path != "-" else {
            throw Failure(
                message: "a stream of more than \(JSONLimits.default.maxDocumentBytes) bytes on standard input; "
                    + "give --kind stream to translate it as it is read",
                status: .usage)
        }
        return try ConvertStream.run(invocation, from: source, to: target, prefix: whole ? bytes : nil)
    }

    /// An embeddings request or response through the hub. A provider that makes one call per input (Yandex) writes
    /// a JSON array of its calls' bodies, and reads a JSON array of their responses.
    ///
    /// - Throws: ``Failure`` for a provider without an embeddings API; ``TranslationError`` from the codecs.
    private static func convertEmbeddings(
        _ document: JSONValue, kind: String, _ invocation: Invocation, from source: some ProviderCodec,
        to target: some ProviderCodec, _ reports: inout [TranslationReport]
    ) throws -> JSONValue {
        guard let reader = source as? any EmbeddingsCodec, let writer = target as? any EmbeddingsCodec else {
            let missing = source is any EmbeddingsCodec ? target.provider : source.provider
            throw Failure(message: "\(missing) has no embeddings API", status: .failure)
        }
        let natives = document.arrayValue ?? [document]
        if kind == "embeddings-request" {
            var decoding = invocation.context(source, .decode, .embeddingsRequest, model: invocation.model)
            let request = try Self.joined(natives.map { try reader.decodeEmbeddingsRequest($0, context: &decoding) })
            var encoding = invocation.context(target, .encode, .embeddingsRequest, model: request.model)
            let calls = try writer.encodeEmbeddingsRequest(request, context: &encoding)
            reports += [decoding.report, encoding.report]
            if invocation.report {
                for call in calls { StandardStream.error.writeLine("\(call.method) \(call.path)") }
            }
            return calls.count == 1 ? calls[0].body : .array(calls.map(\.body))
        }
        let request = EmbeddingsRequest(
            input: .texts(Array(repeating: "", count: natives.count)), model: invocation.model ?? "")
        var decoding = invocation.context(source, .decode, .embeddingsResponse, model: invocation.model)
        let response = try reader.decodeEmbeddingsResponse(natives, request: request, context: &decoding)
        guard !response.model.isEmpty else {
            throw Failure(
                message: "the \(source.provider) embeddings response names no model; give it with --model",
                status: .usage)
        }
        var encoding = invocation.context(target, .encode, .embeddingsResponse, model: response.model)
        let bodies = try writer.encodeEmbeddingsResponse(response, context: &encoding)
        reports += [decoding.report, encoding.report]
        return bodies.count == 1 ? bodies[0] : .array(bodies)
    }

    /// The requests of one-call-per-input calls as one request of all their texts.
    ///
    /// - Throws: ``Failure`` when the calls name different models or do not each embed texts.
    private static func joined(_ requests: [EmbeddingsRequest]) throws -> EmbeddingsRequest {
        guard var first = requests.first, requests.count > 1 else {
            guard let only = requests.first else { throw Failure(message: "an empty array of calls", status: .failure) }
            return only
        }
        var texts: [String] = []
        for request in requests {
            switch (request.model == first.model, request.input) {
            case (true, .text(let text)): texts.append(text)
            case (true, .texts(let some)): texts += some
            default: throw Failure(message: "the calls must embed texts with one model to be joined", status: .failure)
            }
        }
        first.input = .texts(texts)
        return first
    }

    private static func emitReports(_ reports: [TranslationReport], _ invocation: Invocation) throws {
        let merged = TranslationReport(entries: reports.flatMap(\.entries))
        if invocation.report, !merged.isEmpty { StandardStream.error.writeLine(merged.rendered) }
        guard let path = invocation.reportJSON else { return }
        var bytes = JSONWriter(options: .init(prettyPrinted: true)).write(merged.json)
        bytes.append(UInt8(ascii: "\n"))
        try OutputFile.write(bytes, to: path)
    }
}

extension ChatCodec {
    /// The framing of the provider's chat streams, from its table.
    fileprivate var streamFraming: Endpoint.Stream.Framing? { table.endpoints[.chat]?.stream?.framing }
}
