import LinguaFranca

/// Translates one log line: the envelope's `request`, `response` and `stream` members from the source provider's
/// format to the target's, the other members passed through. A value with no mutable state, so several threads can
/// translate lines with one translator.
struct LogLineTranslator: Sendable {
    /// Why a line was refused before any translation.
    struct LineError: Error, CustomStringConvertible {
        var description: String
    }

    let source: any ProviderCodec
    let target: any ProviderCodec
    let attachReport: Bool
    /// The contexts every line starts from (the model is the invocation's, so they are resolved once).
    let decodingContext: TranslationContext
    let encodingContext: TranslationContext

    init(
        invocation: ConvertCommand.Invocation, source: any ProviderCodec, target: any ProviderCodec, attachReport: Bool
    ) {
        self.source = source
        self.target = target
        self.attachReport = attachReport
        decodingContext = invocation.context(source, .decode, .chatRequest, model: invocation.model)
        encodingContext = invocation.context(target, .encode, .chatRequest, model: invocation.model)
    }

    /// The converted line, newline-terminated, appended to `output`; or the reject record for line `number` appended
    /// to `rejects`. `reader` reads the line (one per batch, so the names and values lines repeat are cached).
    ///
    /// - Returns: whether the line was converted.
    func translate(
        _ line: ArraySlice<UInt8>, number: Int, reader: inout CachingJSONReader, output: inout [UInt8],
        rejects: inout [UInt8]
    ) -> Bool {
        let start = output.count
        do {
            try convert(line, reader: &reader, into: &output)
            output.append(UInt8(ascii: "\n"))
            return true
        } catch {
            output.removeSubrange(start...)
            Self.reject(line, number: number, reason: "\(error)", into: &rejects)
            return false
        }
    }

    /// Translates the line for its effect on the thread store (the output is dropped), for the two-pass thread mode.
    ///
    /// - Returns: `false` when the line's conversation is not known yet (its parent may come later); `true`
    ///   otherwise, whatever else the line's fate.
    func recordsItsThread(_ line: ArraySlice<UInt8>, reader: inout CachingJSONReader) -> Bool {
        var discarded: [UInt8] = []
        do {
            try convert(line, reader: &reader, into: &discarded)
            return true
        } catch let error as TranslationError {
            return error.code != .threadNotFound
        } catch {
            return true
        }
    }

    /// The reject record of a line: its number, the reason, and the line untouched (as text, or as base64 when it is
    /// not UTF-8).
    static func reject(_ line: ArraySlice<UInt8>, number: Int, reason: String, into rejects: inout [UInt8]) {
        let original: JSONObject =
            if let text = String(validating: line, as: UTF8.self) {
                ["original": .string(text)]
            } else {
                ["original_base64": .string(Base64.encode(Array(line)))]
            }
        writeReject(number: number, reason: reason, original: original, into: &rejects)
    }

    /// Appends a reject record, newline-terminated: the line number, the reason, then what `original` keeps of the
    /// line.
    static func writeReject(number: Int, reason: String, original: JSONObject, into rejects: inout [UInt8]) {
        var record: JSONObject = ["line": .number(JSONNumber(number)), "error": .string(reason)]
        for member in original { record.append(member.value, forKey: member.key) }
        JSONWriter().write(.object(record), into: &rejects)
        rejects.append(UInt8(ascii: "\n"))
    }

    /// One line translated, appended to `output` (partly, when it throws): the envelope's members in order,
    /// translated or passed through, then the report when it is attached.
    private func convert(_ line: ArraySlice<UInt8>, reader: inout CachingJSONReader, into output: inout [UInt8])
        throws
    {
        let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { throw LineError(description: "an empty line") }
        guard case .object(let envelope) = try reader.read(bytes) else {
            throw LineError(description: "a log line must be a JSON object")
        }
        if attachReport, envelope["report"] != nil {
            throw LineError(
                description: "the line has a \"report\" member of its own, which --attach-report would hide")
        }
        var decoding = decodingContext
        var encoding = encodingContext
        var streamReport = TranslationReport()
        var members = EnvelopeMembers()
        for member in envelope {
            switch member.key {
            case "request":
                decoding.direction = TranslationDirection(.decode, .chatRequest)
                encoding.direction = TranslationDirection(.encode, .chatRequest)
                let request = try source.decodeRequest(member.value, context: &decoding)
                members.begin("request", in: &output)
                try target.writeRequestBody(request, context: &encoding, into: &output)
            case "response":
                decoding.direction = TranslationDirection(.decode, .chatResponse)
                encoding.direction = TranslationDirection(.encode, .chatResponse)
                let response = try source.decodeResponse(member.value, context: &decoding)
                members.begin("response", in: &output)
                try target.writeResponse(response, context: &encoding, into: &output)
            case "stream":
                guard case .string(let text) = member.value else {
                    throw LineError(description: "\"stream\" must hold the raw stream text as a string")
                }
                var streamDecoding = decoding
                var streamEncoding = encoding
                streamDecoding.report = TranslationReport()
                streamEncoding.report = TranslationReport()
                streamDecoding.direction = TranslationDirection(.decode, .stream)
                streamEncoding.direction = TranslationDirection(.encode, .stream)
                let translated: [UInt8]
                (translated, streamReport) = try Self.translate(
                    text, from: source, to: target, streamDecoding, streamEncoding)
                members.begin("stream", in: &output)
                JSONWriter().write(.string(String(decoding: translated, as: UTF8.self)), into: &output)
            default:
                members.begin(member.key, in: &output)
                JSONWriter().write(member.value, into: &output)
            }
        }
        if attachReport {
            members.begin("report", in: &output)
            JSONWriter().write(
                TranslationReport(entries: decoding.report.entries + encoding.report.entries + streamReport.entries)
                    .json, into: &output)
        }
        members.end(in: &output)
    }

    /// The output envelope's punctuation: the opening brace, the comma before every member but the first, each key,
    /// and the closing brace.
    private struct EnvelopeMembers {
        private var isFirst = true

        /// Starts a member: what comes before its value.
        mutating func begin(_ key: String, in output: inout [UInt8]) {
            output.append(isFirst ? UInt8(ascii: "{") : UInt8(ascii: ","))
            isFirst = false
            JSONWriter().write(.string(key), into: &output)
            output.append(UInt8(ascii: ":"))
        }

        /// Ends the envelope (`{}` when it had no member).
        func end(in output: inout [UInt8]) {
            if isFirst { output.append(UInt8(ascii: "{")) }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A whole stream text translated, with the report of decoding it.
    private static func translate(
        _ text: String, from source: some ChatCodec, to target: some ChatCodec, _ decoding: TranslationContext,
        _ encoding: TranslationContext
    ) throws(TranslationError) -> ([UInt8], TranslationReport) {
        var translator = source.streamTranslator(to: target, decoding: decoding, encoding: encoding)
        var translated: [UInt8] = []
        try translator.feed(text.utf8, into: &translated)
        try translator.finish(into: &translated)
        return (translated, translator.report)
    }
}
