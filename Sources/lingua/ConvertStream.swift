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
    /// - Returns: the report of decoding the stream.
    /// - Throws: ``TranslationError`` for a stream that cannot be translated (after writing what was translated
    ///   before it); ``IOFailure`` for I/O.
    static func run(
        _ invocation: ConvertCommand.Invocation, from source: some ChatCodec, to target: some ChatCodec,
        prefix: [UInt8]? = nil
    ) throws -> TranslationReport {
        var translator = source.streamTranslator(
            to: target, decoding: invocation.context(source, .decode, .stream, model: invocation.model),
            encoding: invocation.context(target, .encode, .stream, model: invocation.model))
        var output: [UInt8] = []
        func pass(_ step: (inout [UInt8]) throws(TranslationError) -> Void) throws {
            output.removeAll(keepingCapacity: true)
            do {
                try step(&output)
            } catch {
                try StandardStream.output.write(output)
                throw error
            }
            if !output.isEmpty { try StandardStream.output.write(output) }
        }
        if let prefix {
            try pass { (output) throws(TranslationError) in try translator.feed(prefix, into: &output) }
        } else {
            try InputFile.forEachRead(invocation.path) { (bytes) throws in
                try pass { (output) throws(TranslationError) in try translator.feed(bytes, into: &output) }
            }
        }
        try pass { (output) throws(TranslationError) in try translator.finish(into: &output) }
        return translator.report
    }
}

/// Tells a document's kind from its shape, for `lingua convert` without `--kind`.
enum DocumentShape {
    /// `request`, `response`, `embeddings-request`, `embeddings-response` or `error` when the members say so
    /// unambiguously; `nil` otherwise.
    static func kind(of document: JSONValue) -> String? {
        if case .array(let elements) = document, let first = elements.first {
            let kind = Self.kind(of: first)
            guard kind?.hasPrefix("embeddings-") == true, elements.allSatisfy({ Self.kind(of: $0) == kind }) else {
                return nil
            }
            return kind
        }
        guard case .object(let object) = document else { return nil }
        let has = { (key: String) in object[key] != nil }
        if has("error") && !has("choices") && !has("candidates") || object["type"] == "error" { return "error" }
        if has("embedding") || has("embeddings") || object["object"] == "list" && has("data") {
            return "embeddings-response"
        }
        if has("input") && !has("messages") || has("requests") || has("modelUri") && has("text")
            || has("content") && !has("contents") && !has("messages") && !has("role")
        {
            return "embeddings-request"
        }
        if has("message") && has("id") { return "response" }
        if has("messages") || has("contents") || has("message") { return has("choices") ? nil : "request" }
        if has("choices") || has("candidates") || has("promptFeedback") || has("result") || object["type"] == "message"
        {
            return "response"
        }
        return nil
    }

    /// Whether bytes that are not one JSON document look like a stream: an event stream, or, when the source
    /// streams JSON lines, several lines that start like objects.
    static func looksLikeStream(_ bytes: [UInt8], framing: Endpoint.Stream.Framing?) -> Bool {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        let start = bytes.drop { isSpace($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if start.starts(with: "data:".utf8) || start.starts(with: "event:".utf8) || start.starts(with: ":".utf8) {
            return true
        }
        guard framing == .ndjson, start.first == UInt8(ascii: "{"),
            let newline = start.firstIndex(of: UInt8(ascii: "\n"))
        else { return false }
        return start[newline...].first { !isSpace($0) } == UInt8(ascii: "{")
    }

    /// Whether a document that parsed is a stream: a JSON array from a source that streams JSON arrays.
    static func isStream(_ document: JSONValue, framing: Endpoint.Stream.Framing?) -> Bool {
        guard case .array = document else { return false }
        return framing == .jsonArray
    }
}
