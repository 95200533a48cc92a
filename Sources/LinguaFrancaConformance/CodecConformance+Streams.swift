import LinguaFranca

extension CodecConformance {
    /// The stream fixture extensions, in the order they are looked for.
    static var streamExtensions: [String] { ["sse", "ndjson", "jsonl", "json", "txt"] }

    /// Checks every case in `streams/`: the chunking verifier on the bytes, the chunks, the error or its absence,
    /// the report, `accumulate(chunks) == decode(message)`, and the chunks re-encoded by the codec's stream encoder
    /// and decoded again describing the same answer.
    ///
    /// - Returns: how many cases were checked.
    /// - Throws: ``ConformanceFailure`` listing every problem found.
    @discardableResult
    public func verifyStreams(in folder: FixtureFolder) throws(ConformanceFailure) -> Int {
        try Self.verifyEach(in: folder, "streams", endingWith: ".chunks.json") { try verifyStream($0, in: folder) }
    }

    private func verifyStream(_ name: String, in folder: FixtureFolder) throws {
        var problems = ProblemList()
        guard let fileExtension = Self.streamExtensions.first(where: { folder.contains("streams", name + "." + $0) })
        else {
            throw ConformanceFailure(problems: [
                "no stream file beside \(name).chunks.json (looked for .\(Self.streamExtensions.joined(separator: ", ."))"
            ])
        }
        let bytes = try folder.bytes("streams", name + "." + fileExtension)
        guard let expectedChunks = try folder.json("streams", name + ".chunks.json").arrayValue else {
            throw ConformanceFailure(problems: ["\(name).chunks.json is not an array of chunks"])
        }
        let context = codec.makeContext(.decode, .stream, model: model, options: options)
        let makeDecoder = { makeStreamDecoder(codec, context, fileExtension) }

        do {
            try ChunkingVerifier().verify(bytes, makeTranscoder: makeDecoder)
        } catch {
            problems.add("\(error)")
        }
        let run = Self.decode(bytes, with: makeDecoder())
        if run.chunks.count != expectedChunks.count {
            problems.add("decoding gave \(run.chunks.count) chunks, \(name).chunks.json lists \(expectedChunks.count)")
        }
        for (index, pair) in zip(run.chunks, expectedChunks).enumerated() {
            problems.compare(pair.0.json, with: pair.1, "chunk \(index)")
        }
        let listed = try ExpectedReports(folder.optionalJSON("streams", name + ".report.json")).decode
        problems.compare(run.report, with: listed, "the stream decoder's report")
        if let expectedError = try folder.optionalJSON("streams", name + ".error.json") {
            let meta = try folder.optionalJSON("streams", name + ".meta.json")
            problems.checkStreamError(run.error, expected: expectedError, meta: meta)
        } else if let error = run.error {
            problems.add("decoding failed, and there is no \(name).error.json: \(error)")
        } else {
            try checkAnswer(run.chunks, name: name, in: folder, problems: &problems)
        }
        try problems.throwIfAny()
    }

    /// `accumulate(chunks) == decode(message)` when there is a message fixture, and the chunks re-encoded then
    /// decoded again accumulating to the same answer.
    private func checkAnswer(
        _ chunks: [ChatCompletionChunk], name: String, in folder: FixtureFolder, problems: inout ProblemList
    ) throws {
        let accumulated = try Self.accumulate(chunks)
        if let message = try folder.optionalJSON("streams", name + ".message.json") {
            let (decoded, _) = try decodeResponse(message)
            problems.compare(accumulated.json, with: decoded.json, "the accumulated stream vs \(name).message.json")
        }
        var encoder = codec.makeStreamEncoder(
            context: codec.makeContext(.encode, .stream, model: model, options: options))
        var encoded: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &encoded) }
        try encoder.finish(into: &encoded)
        let context = codec.makeContext(.decode, .stream, model: model, options: options)
        let again = Self.decode(encoded, with: makeStreamDecoder(codec, context, nil))
        if let error = again.error {
            problems.add("the stream encoder's output does not decode: \(error)")
        } else {
            problems.compare(
                try Self.accumulate(again.chunks).json, with: accumulated.json,
                "the chunks re-encoded and decoded again")
        }
    }

    /// Feeds `bytes` whole and finishes: the chunks, the error that ended the run, and the decoder's report.
    static func decode(_ bytes: [UInt8], with decoder: Codec.StreamDecoder)
        -> (chunks: [ChatCompletionChunk], error: TranslationError?, report: TranslationReport)
    {
        var decoder = decoder
        var chunks: [ChatCompletionChunk] = []
        do {
            try decoder.feed(bytes[...], into: &chunks)
            try decoder.finish(into: &chunks)
            return (chunks, nil, decoder.report)
        } catch {
            return (chunks, error, decoder.report)
        }
    }

    static func accumulate(_ chunks: [ChatCompletionChunk]) throws(TranslationError) -> ChatCompletion {
        var accumulator = ChunkAccumulator()
        for chunk in chunks { try accumulator.add(chunk) }
        return try accumulator.makeCompletion()
    }
}

extension ProblemList {
    /// Records a problem when the stream did not end with the expected error (`code`, `openai_body`, and the
    /// position from the meta file).
    mutating func checkStreamError(_ error: TranslationError?, expected: JSONValue, meta: JSONValue?) {
        guard let error else {
            add("decoding succeeded, but the error file expects \(expected["code"] ?? "an error")")
            return
        }
        if error.code.rawValue != expected["code"]?.stringValue {
            add("the stream failed with \(error.code), expected \(expected["code"] ?? "?"): \(error)")
        }
        if let body = expected["openai_body"] {
            compare(error.providerErrorBody ?? .null, with: body, "the error's OpenAI body")
        }
        if let meta {
            let position = error.streamPosition
            if position?.index != meta["event_index"]?.numberValue?.int
                || position?.byteOffset != meta["event_byte_offset"]?.numberValue?.int
            {
                add("the error is at \(position.map(\.description) ?? "no position"), the meta file says \(meta)")
            }
        }
    }
}
