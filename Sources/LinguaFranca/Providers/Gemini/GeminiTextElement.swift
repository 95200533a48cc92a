/// A stream element that only adds text to one candidate — nearly every element of a Gemini stream — read straight
/// from the event's bytes, without a tree.
///
/// Only that shape is accepted: `candidates` holding one candidate of `index` and `content` (`role`, and `parts`
/// that each hold only `text`), with `usageMetadata`, `modelVersion` and `responseId` beside it. An element with a
/// finish reason, a thought, a function call, an error, prompt feedback or any other member gives `nil` and goes to
/// the decoder's tree path, which reads it (and reports its errors) as before.
struct GeminiTextElement {
    /// The candidate's `index`, when the element gives one.
    var candidateIndex: Int?
    /// The text of each part, in order.
    var texts: [String] = []
    /// `usageMetadata`, read as ``GeminiUsage/scan(_:)`` reads it.
    var usage: GeminiUsage.Counts?
    var modelVersion: String?
    var responseID: String?

    /// The element that fills `bytes`, or `nil` when they hold anything else. `reader` gives the limits;
    /// `workspace` is reused from element to element, with its string caches, and so are the usage `details`.
    static func scan(
        _ bytes: [UInt8], reader: JSONReader, workspace: inout JSONScanner.Workspace,
        details: inout GeminiUsage.RememberedDetails
    ) -> Self? {
        bytes.withUnsafeBufferPointer { buffer in
            JSONScanner.scan(buffer, reader: reader, workspace: &workspace) { (scanner) throws(JSONScanner.Stop) in
                try read(&scanner, details: &details)
            }
        }
    }

    private static func read(_ scanner: inout JSONScanner, details: inout GeminiUsage.RememberedDetails)
        throws(JSONScanner.Stop) -> Self
    {
        var element = Self()
        var candidates = 0
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            switch key {
            case "candidates":
                try scanner.enterArray()
                while try scanner.nextElement() {
                    candidates += 1
                    try element.readCandidate(&scanner)
                }
            case "usageMetadata":
                if try !scanner.readNull() { element.usage = try GeminiUsage.scan(&scanner, remembering: &details) }
            case "modelVersion": element.modelVersion = try scanner.readString()
            case "responseId": element.responseID = try scanner.readString()
            default: throw JSONScanner.Stop()
            }
        }
        guard candidates == 1 else { throw JSONScanner.Stop() }
        return element
    }

    private mutating func readCandidate(_ scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            switch key {
            case "index": candidateIndex = try scanner.readInt()
            case "content": try readContent(&scanner)
            default: throw JSONScanner.Stop()
            }
        }
    }

    private mutating func readContent(_ scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            switch key {
            case "role": _ = try scanner.readString()
            case "parts":
                try scanner.enterArray()
                while try scanner.nextElement() { texts.append(try Self.readTextPart(&scanner)) }
            default: throw JSONScanner.Stop()
            }
        }
    }

    private static func readTextPart(_ scanner: inout JSONScanner) throws(JSONScanner.Stop) -> String {
        var text: String?
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            guard case "text" = key else { throw JSONScanner.Stop() }
            text = try scanner.readString()
        }
        guard let text else { throw JSONScanner.Stop() }
        return text
    }
}

/// A Gemini stream repeats each text element but for its text and the running token counts of `usageMetadata`.
extension GeminiTextElement: RepeatingStreamElement {
    static let varyingMembers: [VaryingMember<GeminiTextElement>] = [
        .string(
            [.key("candidates"), .index(0), .key("content"), .key("parts"), .index(0), .key("text")],
            value: { $0.texts.first },
            replace: { element, text in
                guard !element.texts.isEmpty else { return }
                element.texts[0] = text
            }),
        usageCount("promptTokenCount", value: { $0.prompt }, replace: { $0.prompt = $1 }),
        usageCount("candidatesTokenCount", value: { $0.candidates }, replace: { $0.candidates = $1 }),
        usageCount("thoughtsTokenCount", value: { $0.thoughts }, replace: { $0.thoughts = $1 }),
        usageCount("totalTokenCount", value: { $0.total }, replace: { $0.total = $1 }),
    ]

    /// The count `key` of `usageMetadata`.
    private static func usageCount(
        _ key: String, value: @escaping @Sendable (GeminiUsage.Counts) -> Int?,
        replace: @escaping @Sendable (inout GeminiUsage.Counts, Int) -> Void
    ) -> VaryingMember<GeminiTextElement> {
        .integer(
            [.key("usageMetadata"), .key(key)], value: { $0.usage.flatMap(value) },
            replace: { element, count in
                guard var usage = element.usage else { return }
                replace(&usage, count)
                element.usage = usage
            })
    }
}
