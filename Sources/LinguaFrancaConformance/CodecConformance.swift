public import LinguaFranca

/// Proves a ``ChatCodec`` against its fixture folder: every request and response pair translates both ways to the
/// expected documents with the expected report, round trips lose exactly what the reports list, every stream
/// fixture passes the ``ChunkingVerifier`` and accumulates to the non-streamed response, and every native and
/// OpenAI fixture survives the ``RobustnessVerifier``.
///
/// The folder layout (see the README's "Adding a provider"), with `NATIVE` the folder's ``FixtureFolder/nativeName``:
///
/// | file | meaning |
/// | --- | --- |
/// | `requests/C.openai.json`, `requests/C.NATIVE.json` | encoding the OpenAI body gives the native one, and decoding the native one gives the OpenAI one |
/// | `requests/C.decoded.json` | what decoding gives when it is not `C.openai.json` |
/// | `requests/C.reencoded.json` | a case written native-first: encoding `C.openai.json` gives this, not `C.NATIVE.json` |
/// | `requests/C.report.json`, `responses/C.report.json` | `{"encode": [{kind, path}], "decode": […]}`, compared as sets; a missing list means an empty report |
/// | `responses/C.NATIVE.json`, `responses/C.openai.json` | decoding the native response gives the OpenAI one; encoding it back gives the native one, or `C.reencoded.json`, which must be there when decoding reported changes |
/// | `streams/C.sse` (or `.ndjson`, `.jsonl`, `.json`, `.txt`) with `streams/C.chunks.json` | the decoded chunks |
/// | `streams/C.message.json` | the non-streamed response of the same answer: accumulating the chunks gives its decoding |
/// | `streams/C.error.json` | `{"code", "openai_body"?}`: the error that ends the stream (the chunks are those before it) |
/// | `streams/C.meta.json` | `{"event_index", "event_byte_offset"}` of that error |
/// | `streams/C.report.json` | `{"decode": […]}`: the stream decoder's report; without the file, the report must be empty |
///
/// Framework-agnostic: each check throws a ``ConformanceFailure`` listing every problem it found.
public struct CodecConformance<Codec: ChatCodec>: Sendable {
    /// Makes the stream decoder for a stream fixture, given the fixture's file extension (`sse`, `ndjson`, `json`),
    /// or `nil` for the bytes the codec's own stream encoder writes.
    public typealias StreamDecoderFactory =
        @Sendable (Codec, TranslationContext, _ fileExtension: String?) ->
        Codec.StreamDecoder

    /// The codec under test.
    public var codec: Codec
    /// The options of every translation (fixtures usually fix `created` and `responseID`).
    public var options: TranslationOptions
    /// The model every context is made for; `nil` takes each document's `model` member.
    public var model: String?
    /// How stream decoders are made; by default `codec.makeStreamDecoder(context:)` whatever the extension.
    public var makeStreamDecoder: StreamDecoderFactory
    /// Members of the OpenAI request that the native request carries outside its body (in the URL or headers, as
    /// `stream` for a provider with a separate streaming endpoint): decoding a body cannot give them back, so they
    /// are left out of the decode and round-trip comparisons.
    public var membersOutsideTheBody: Set<String>
    /// The prefix of the tool call ids the codec makes up when the native format has none: a round trip may number
    /// them afresh, so a difference between two such ids is not a loss.
    public var madeUpIDPrefix: String?

    /// Creates a conformance check of `codec`.
    public init(
        codec: Codec, options: TranslationOptions = .init(created: 1_764_547_200), model: String? = nil,
        membersOutsideTheBody: Set<String> = [], madeUpIDPrefix: String? = nil,
        makeStreamDecoder: @escaping StreamDecoderFactory = { codec, context, _ in
            codec.makeStreamDecoder(context: context)
        }
    ) {
        self.codec = codec
        self.options = options
        self.model = model
        self.membersOutsideTheBody = membersOutsideTheBody
        self.madeUpIDPrefix = madeUpIDPrefix
        self.makeStreamDecoder = makeStreamDecoder
    }

    /// What a full run covered.
    public struct Summary: Sendable, Hashable, CustomStringConvertible {
        /// Request cases checked.
        public var requests = 0
        /// Response cases checked.
        public var responses = 0
        /// Stream cases checked.
        public var streams = 0
        /// Mutated documents translated by the robustness check, and how many of them were refused.
        public var variants = 0
        /// Of ``variants``, those refused with a `TranslationError`.
        public var refused = 0

        /// One line of counts.
        public var description: String {
            "\(requests) requests, \(responses) responses, \(streams) streams, "
                + "\(variants) robustness variants (\(refused) refused)"
        }
    }

    /// Runs every check on `folder`.
    ///
    /// - Throws: ``ConformanceFailure`` listing every problem found, or when the folder holds no case at all.
    @discardableResult
    public func verify(_ folder: FixtureFolder, robustness: RobustnessVerifier = .init(maxVariants: 400))
        throws(ConformanceFailure) -> Summary
    {
        var problems = ProblemList()
        var summary = Summary()
        problems.check("requests") { summary.requests = try verifyRequests(in: folder) }
        problems.check("responses") { summary.responses = try verifyResponses(in: folder) }
        problems.check("streams") { summary.streams = try verifyStreams(in: folder) }
        problems.check("robustness") {
            (summary.variants, summary.refused) = try verifyRobustness(of: folder, with: robustness)
        }
        if problems.problems.isEmpty, summary.requests + summary.responses + summary.streams == 0 {
            problems.add("\(folder.path) holds no requests/, responses/ or streams/ case")
        }
        try problems.throwIfAny()
        return summary
    }

    // MARK: Requests

    /// Checks every case in `requests/`: both directions with their reports, and the OpenAI → native → OpenAI round
    /// trip.
    ///
    /// - Returns: how many cases were checked.
    /// - Throws: ``ConformanceFailure`` listing every problem found.
    @discardableResult
    public func verifyRequests(in folder: FixtureFolder) throws(ConformanceFailure) -> Int {
        try Self.verifyEach(in: folder, "requests", endingWith: ".openai.json") { try verifyRequest($0, in: folder) }
    }

    /// Runs `check` on every case of `subfolder` (the stems of the files ending in `suffix`), gathering the problems.
    static func verifyEach(
        in folder: FixtureFolder, _ subfolder: String, endingWith suffix: String, _ check: (String) throws -> Void
    ) throws(ConformanceFailure) -> Int {
        let names = folder.cases(in: subfolder, endingWith: suffix)
        var problems = ProblemList()
        for name in names {
            problems.check("\(subfolder)/\(name)") { try check(name) }
        }
        try problems.throwIfAny()
        return names.count
    }

    private func verifyRequest(_ name: String, in folder: FixtureFolder) throws {
        var problems = ProblemList()
        let openAI = try folder.json("requests", name + ".openai.json")
        let native = try folder.json("requests", name + "." + folder.nativeName + ".json")
        let reports = try ExpectedReports(folder.json("requests", name + ".report.json"))
        let reencoded = try folder.optionalJSON("requests", name + ".reencoded.json")
        let decodedExpectation = try folder.optionalJSON("requests", name + ".decoded.json")

        let (encoded, encodeReport) = try encodeRequest(openAI)
        problems.compare(
            encoded.body, with: reencoded ?? native,
            "encoding \(name).openai.json (expected \(reencoded == nil ? name + "." + folder.nativeName : name + ".reencoded").json)"
        )
        problems.compare(encodeReport, with: reports.encode, "the encode report")

        let (decoded, decodeReport) = try decodeRequest(native, model: openAI["model"]?.stringValue)
        problems.compare(
            decoded.json, with: withoutMembersOutsideTheBody(decodedExpectation ?? openAI),
            "decoding \(name).\(folder.nativeName).json (expected \(decodedExpectation == nil ? name + ".openai" : name + ".decoded").json)"
        )
        problems.compare(decodeReport, with: reports.decode, "the decode report")

        if reencoded == nil {
            let (back, backReport) = try decodeRequest(encoded.body, model: openAI["model"]?.stringValue)
            problems.checkRoundTrip(
                original: withoutMembersOutsideTheBody(openAI), back: back.json, encode: encodeReport,
                decode: backReport, madeUpIDPrefix: madeUpIDPrefix)
        }
        try problems.throwIfAny()
    }

    /// Translates an OpenAI request (given as JSON) to the native request, with the report.
    ///
    /// - Throws: `TranslationError` from reading or encoding.
    public func encodeRequest(_ openAI: JSONValue) throws(TranslationError) -> (NativeRequest, TranslationReport) {
        let request = try ChatCompletionRequest(json: openAI)
        var context = codec.makeContext(.encode, .chatRequest, model: model ?? request.model, options: options)
        let native = try codec.encodeRequest(request, context: &context)
        return (native, context.report)
    }

    /// Translates a native request to the OpenAI request, with the report.
    ///
    /// - Parameter fallbackModel: the model when ``model`` is `nil` and the body names none (a provider with the
    ///   model in the URL).
    /// - Throws: `TranslationError` from decoding.
    public func decodeRequest(_ native: JSONValue, model fallbackModel: String? = nil) throws(TranslationError)
        -> (ChatCompletionRequest, TranslationReport)
    {
        var context = codec.makeContext(
            .decode, .chatRequest, model: model ?? native["model"]?.stringValue ?? fallbackModel, options: options)
        let request = try codec.decodeRequest(native, context: &context)
        return (request, context.report)
    }

    private func withoutMembersOutsideTheBody(_ request: JSONValue) -> JSONValue {
        guard !membersOutsideTheBody.isEmpty, var object = request.objectValue else { return request }
        for member in membersOutsideTheBody { object.removeValue(forKey: member) }
        return .object(object)
    }

    // MARK: Responses

    /// Checks every case in `responses/`: decoding with its report, encoding back, and the OpenAI → native → OpenAI
    /// round trip.
    ///
    /// - Returns: how many cases were checked.
    /// - Throws: ``ConformanceFailure`` listing every problem found.
    @discardableResult
    public func verifyResponses(in folder: FixtureFolder) throws(ConformanceFailure) -> Int {
        try Self.verifyEach(in: folder, "responses", endingWith: ".openai.json") { try verifyResponse($0, in: folder) }
    }

    private func verifyResponse(_ name: String, in folder: FixtureFolder) throws {
        var problems = ProblemList()
        let openAI = try folder.json("responses", name + ".openai.json")
        let native = try folder.json("responses", name + "." + folder.nativeName + ".json")
        let reports = try ExpectedReports(folder.json("responses", name + ".report.json"))
        let reencoded = try folder.optionalJSON("responses", name + ".reencoded.json")

        let (decoded, decodeReport) = try decodeResponse(native, model: openAI["model"]?.stringValue)
        problems.compare(decoded.json, with: openAI, "decoding \(name).\(folder.nativeName).json")
        problems.compare(decodeReport, with: reports.decode, "the decode report")

        let (encoded, encodeReport) = try encodeResponse(openAI)
        if let expected = reencoded ?? (reports.decode.isEmpty ? Optional(native) : nil) {
            problems.compare(encoded, with: expected, "encoding \(name).openai.json")
        } else {
            problems.add(
                "decoding reported changes, so encoding \(name).openai.json cannot give \(name).\(folder.nativeName).json "
                    + "back: \(name).reencoded.json must say what it gives")
        }
        problems.compare(encodeReport, with: reports.encode, "the encode report")
        let (back, backReport) = try decodeResponse(encoded, model: openAI["model"]?.stringValue)
        problems.checkRoundTrip(
            original: openAI, back: back.json, encode: encodeReport, decode: backReport, madeUpIDPrefix: madeUpIDPrefix)
        try problems.throwIfAny()
    }

    /// Translates a native response to the OpenAI chat completion, with the report.
    ///
    /// - Parameter fallbackModel: the model when ``model`` is `nil` and the body names none.
    /// - Throws: `TranslationError` from decoding.
    public func decodeResponse(_ native: JSONValue, model fallbackModel: String? = nil) throws(TranslationError)
        -> (ChatCompletion, TranslationReport)
    {
        var context = codec.makeContext(
            .decode, .chatResponse, model: model ?? native["model"]?.stringValue ?? fallbackModel, options: options)
        let completion = try codec.decodeResponse(native, context: &context)
        return (completion, context.report)
    }

    /// Translates an OpenAI chat completion (given as JSON) to the native response, with the report.
    ///
    /// - Throws: `TranslationError` from reading or encoding.
    public func encodeResponse(_ openAI: JSONValue) throws(TranslationError) -> (JSONValue, TranslationReport) {
        let completion = try ChatCompletion(json: openAI)
        var context = codec.makeContext(.encode, .chatResponse, model: model ?? completion.model, options: options)
        let native = try codec.encodeResponse(completion, context: &context)
        return (native, context.report)
    }

    // MARK: Robustness

    /// Runs the robustness verifier over every native and OpenAI request and response fixture, through the
    /// direction that reads it.
    ///
    /// - Returns: how many variants ran, and how many were refused with a `TranslationError`.
    /// - Throws: ``ConformanceFailure`` naming each variant that failed otherwise.
    public func verifyRobustness(of folder: FixtureFolder, with verifier: RobustnessVerifier = .init())
        throws(ConformanceFailure) -> (variants: Int, refused: Int)
    {
        var problems = ProblemList()
        var totals = (variants: 0, refused: 0)
        func run(_ subfolder: String, _ suffix: String, _ translate: (JSONValue) throws -> Void) {
            for name in folder.cases(in: subfolder, endingWith: suffix) {
                problems.check("\(subfolder)/\(name)\(suffix)") {
                    let counts = try verifier.verify(try folder.json(subfolder, name + suffix), translate: translate)
                    totals.variants += counts.variants
                    totals.refused += counts.refused
                }
            }
        }
        let nativeSuffix = "." + folder.nativeName + ".json"
        run("requests", nativeSuffix) { _ = try decodeRequest($0) }
        run("requests", ".openai.json") { _ = try encodeRequest($0) }
        run("responses", nativeSuffix) { _ = try decodeResponse($0) }
        run("responses", ".openai.json") { _ = try encodeResponse($0) }
        try problems.throwIfAny()
        return totals
    }
}

/// The report entries a fixture's `report.json` lists for each direction; a missing list means no entry.
struct ExpectedReports {
    var encode: Set<ReportedChange>
    var decode: Set<ReportedChange>

    /// The lists of `document`; an empty report for a missing file.
    init(_ document: JSONValue?) throws(ConformanceFailure) {
        encode =
            try document.flatMap { (document) throws(ConformanceFailure) in try Self.list(document, "encode") } ?? []
        decode =
            try document.flatMap { (document) throws(ConformanceFailure) in try Self.list(document, "decode") } ?? []
    }

    private static func list(_ document: JSONValue, _ direction: String) throws(ConformanceFailure)
        -> Set<ReportedChange>?
    {
        guard let entries = document[direction] else { return nil }
        guard let array = entries.arrayValue else {
            throw ConformanceFailure(problems: ["the report file's '\(direction)' is not an array"])
        }
        var changes: Set<ReportedChange> = []
        for entry in array {
            guard let kind = entry["kind"]?.stringValue, let path = entry["path"]?.stringValue else {
                throw ConformanceFailure(problems: ["a report entry is not {\"kind\", \"path\"}: \(entry)"])
            }
            changes.insert(ReportedChange(kind: kind, path: path))
        }
        return changes
    }
}

/// A report entry as fixtures list it: its kind and its path (`JSONPath.description`, `""` for the document).
public struct ReportedChange: Sendable, Hashable, CustomStringConvertible {
    /// The entry's kind (`dropped`, `renamed`, …).
    public var kind: String
    /// Where, in the source document.
    public var path: String

    /// Creates a change.
    public init(kind: String, path: String) {
        self.kind = kind
        self.path = path
    }

    /// `kind at path`.
    public var description: String { "\(kind) at \(path.isEmpty ? "(document)" : path)" }

    /// The changes a report holds.
    public static func of(_ report: TranslationReport) -> Set<ReportedChange> {
        Set(report.entries.map { ReportedChange(kind: $0.kind.rawValue, path: $0.path.description) })
    }
}

extension ProblemList {
    /// Records a problem when `actual` and `expected` differ semantically.
    mutating func compare(_ actual: JSONValue, with expected: JSONValue, _ what: String) {
        if let diff = SemanticJSON.diff(expected: expected, actual: actual) { add("\(what) differs:\n\(diff)") }
    }

    /// Records a problem when the report's entries are not the listed ones.
    mutating func compare(_ report: TranslationReport, with listed: Set<ReportedChange>, _ what: String) {
        let actual = ReportedChange.of(report)
        guard actual != listed else { return }
        let missing = listed.subtracting(actual).map(\.description).sorted()
        let extra = actual.subtracting(listed).map(\.description).sorted()
        add(
            "\(what) differs: missing [\(missing.joined(separator: ", "))], unexpected [\(extra.joined(separator: ", "))]"
        )
    }

    /// Records a problem for each difference between `original` and `back` that no report entry accounts for.
    mutating func checkRoundTrip(
        original: JSONValue, back: JSONValue, encode: TranslationReport, decode: TranslationReport,
        madeUpIDPrefix: String?
    ) {
        let differences = SemanticJSON.differences(expected: original, actual: back, limit: 200).filter { difference in
            guard let prefix = madeUpIDPrefix, let before = difference.expected?.stringValue,
                let after = difference.actual?.stringValue
            else { return true }
            return !(before.hasPrefix(prefix) && after.hasPrefix(prefix))
        }
        let unreported = RoundTripAccounting(encode: encode, decode: decode).unreported(differences)
        guard !unreported.isEmpty else { return }
        add(
            "the round trip changed what no report lists:\n"
                + unreported.prefix(20).map { "  \($0)" }.joined(separator: "\n"))
    }
}
