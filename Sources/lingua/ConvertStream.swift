import LinguaFranca

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Translates a stream as it is read: source stream bytes → OpenAI chunks → target stream bytes, one read at a
/// time, so memory stays flat however long the stream is.
enum ConvertStream {
    /// Runs the stream translation on the invocation's input; `prefix`, when given, is the whole input already read.
    ///
    /// - Throws: ``TranslationError`` for a stream that cannot be translated; ``IOFailure`` for I/O.
    static func run(
        _ invocation: ConvertCommand.Invocation, from source: some ChatCodec, to target: some ChatCodec,
        prefix: [UInt8]? = nil
    ) throws {
        var decoder = source.makeStreamDecoder(
            context: invocation.context(source, .decode, .stream, model: invocation.model))
        var encoder = target.makeStreamEncoder(
            context: invocation.context(target, .encode, .stream, model: invocation.model))
        var chunks: [ChatCompletionChunk] = []
        var output: [UInt8] = []
        func pass(_ bytes: ArraySlice<UInt8>) throws {
            chunks.removeAll(keepingCapacity: true)
            output.removeAll(keepingCapacity: true)
            try decoder.feed(bytes, into: &chunks)
            for chunk in chunks { try encoder.encode(chunk, into: &output) }
            if !output.isEmpty { try StandardStream.output.write(output) }
        }
        if let prefix {
            try pass(prefix[...])
        } else {
            try InputFile.forEachRead(invocation.path) { (bytes) throws in try pass(bytes) }
        }
        chunks.removeAll(keepingCapacity: true)
        output.removeAll(keepingCapacity: true)
        try decoder.finish(into: &chunks)
        for chunk in chunks { try encoder.encode(chunk, into: &output) }
        try encoder.finish(into: &output)
        try StandardStream.output.write(output)
    }
}

/// Tells a document's kind from its shape, for `lingua convert` without `--kind`.
enum DocumentShape {
    /// `request`, `response` or `error` when the members say so unambiguously; `nil` otherwise.
    static func kind(of document: JSONValue) -> String? {
        guard case .object(let object) = document else { return nil }
        let has = { (key: String) in object[key] != nil }
        if has("error") && !has("choices") && !has("candidates") || object["type"] == "error" { return "error" }
        if has("message") && has("id") { return "response" }
        if has("messages") || has("contents") || has("message") { return has("choices") ? nil : "request" }
        if has("choices") || has("candidates") || has("promptFeedback") || has("result") || object["type"] == "message"
        {
            return "response"
        }
        return nil
    }

    /// Whether bytes that are not one JSON document start like an event stream or a JSON array stream.
    static func looksLikeStream(_ bytes: [UInt8]) -> Bool {
        let start = bytes.drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        return start.starts(with: "data:".utf8) || start.starts(with: "event:".utf8) || start.starts(with: ":".utf8)
    }
}
