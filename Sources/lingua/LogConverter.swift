import LinguaFranca

/// Converts a log, one exchange per line, in order, as it reads: each line's `request`, `response` and `stream`
/// members are translated and the others pass through; a line that cannot be translated goes untouched to the
/// rejects with its number and the reason.
struct LogConverter {
    /// Why a line was rejected before any translation.
    private struct LineError: Error, CustomStringConvertible {
        var description: String
    }

    let invocation: ConvertCommand.Invocation
    let source: any ProviderCodec
    let target: any ProviderCodec
    let attachReport: Bool
    let output: StandardStream
    let rejects: StandardStream

    private(set) var linesRead = 0
    private(set) var converted = 0
    private(set) var rejected = 0
    private(set) var bytesRead = 0
    private var outputBuffer: [UInt8] = []
    private var rejectBuffer: [UInt8] = []
    /// The contexts every line starts from (the model is the invocation's, so they are resolved once).
    private let decodingContext: TranslationContext
    private let encodingContext: TranslationContext

    init(
        invocation: ConvertCommand.Invocation, source: any ProviderCodec, target: any ProviderCodec,
        attachReport: Bool, output: StandardStream, rejects: StandardStream
    ) {
        self.invocation = invocation
        self.source = source
        self.target = target
        self.attachReport = attachReport
        self.output = output
        self.rejects = rejects
        decodingContext = invocation.context(source, .decode, .chatRequest, model: invocation.model)
        encodingContext = invocation.context(target, .encode, .chatRequest, model: invocation.model)
    }

    /// Reads the whole input and writes every line to the output or the rejects.
    ///
    /// - Throws: ``IOFailure`` when the input cannot be read or an output cannot be written.
    mutating func run() throws {
        var carried: [UInt8] = []
        try InputFile.forEachRead(invocation.path) { (piece) throws in
            var start = piece.startIndex
            while let newline = piece[start...].firstIndex(of: UInt8(ascii: "\n")) {
                if carried.isEmpty {
                    try handle(piece[start..<newline], ended: true)
                } else {
                    carried.append(contentsOf: piece[start..<newline])
                    try handle(carried[...], ended: true)
                    carried.removeAll(keepingCapacity: true)
                }
                start = piece.index(after: newline)
            }
            carried.append(contentsOf: piece[start...])
        }
        if !carried.isEmpty { try handle(carried[...], ended: false) }
        try flush(force: true)
    }

    private mutating func handle(_ line: ArraySlice<UInt8>, ended: Bool) throws {
        linesRead += 1
        bytesRead += line.count + (ended ? 1 : 0)
        do {
            JSONWriter().write(try convert(line), into: &outputBuffer)
            outputBuffer.append(UInt8(ascii: "\n"))
            converted += 1
        } catch {
            rejected += 1
            var record: JSONObject = ["line": .number(JSONNumber(linesRead)), "error": .string("\(error)")]
            if let text = String(validating: line, as: UTF8.self) {
                record.append(.string(text), forKey: "original")
            } else {
                record.append(.string(Base64Text.encode(Array(line))), forKey: "original_base64")
            }
            JSONWriter().write(.object(record), into: &rejectBuffer)
            rejectBuffer.append(UInt8(ascii: "\n"))
        }
        try flush(force: false)
    }

    private mutating func flush(force: Bool) throws {
        if !outputBuffer.isEmpty, force || outputBuffer.count >= 1 << 16 {
            try output.write(outputBuffer)
            outputBuffer.removeAll(keepingCapacity: true)
        }
        if !rejectBuffer.isEmpty, force || rejectBuffer.count >= 1 << 16 {
            try rejects.write(rejectBuffer)
            rejectBuffer.removeAll(keepingCapacity: true)
        }
    }

    /// One line translated: the envelope's members in order, translated or passed through.
    private func convert(_ line: ArraySlice<UInt8>) throws -> JSONValue {
        let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { throw LineError(description: "an empty line") }
        guard case .object(let envelope) = try JSONReader().read(bytes) else {
            throw LineError(description: "a log line must be a JSON object")
        }
        var decoding = decodingContext
        var encoding = encodingContext
        var result = JSONObject(minimumCapacity: envelope.count + 1)
        var streamReport = TranslationReport()
        for member in envelope {
            switch member.key {
            case "request":
                decoding.direction = TranslationDirection(.decode, .chatRequest)
                encoding.direction = TranslationDirection(.encode, .chatRequest)
                let request = try source.decodeRequest(member.value, context: &decoding)
                result.append(try target.encodeRequest(request, context: &encoding).body, forKey: "request")
            case "response":
                decoding.direction = TranslationDirection(.decode, .chatResponse)
                encoding.direction = TranslationDirection(.encode, .chatResponse)
                let response = try source.decodeResponse(member.value, context: &decoding)
                result.append(try target.encodeResponse(response, context: &encoding), forKey: "response")
            case "stream":
                guard case .string(let text) = member.value else {
                    throw LineError(description: "\"stream\" must hold the raw stream text as a string")
                }
                decoding.direction = TranslationDirection(.decode, .stream)
                encoding.direction = TranslationDirection(.encode, .stream)
                let translated: [UInt8]
                (translated, streamReport) = try Self.translate(text, from: source, to: target, decoding, encoding)
                result.append(.string(String(decoding: translated, as: UTF8.self)), forKey: "stream")
            default:
                result.append(member.value, forKey: member.key)
            }
        }
        if attachReport {
            result.append(
                TranslationReport(entries: decoding.report.entries + encoding.report.entries + streamReport.entries)
                    .json, forKey: "report")
        }
        return .object(result)
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

/// Standard padded base64, for rejected lines that are not UTF-8.
enum Base64Text {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` as base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let first = bytes[index]
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            output.append(alphabet[Int(first >> 2)])
            output.append(alphabet[Int((first & 0x03) << 4 | second >> 4)])
            output.append(
                index + 1 < bytes.count ? alphabet[Int((second & 0x0F) << 2 | third >> 6)] : UInt8(ascii: "="))
            output.append(index + 2 < bytes.count ? alphabet[Int(third & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
