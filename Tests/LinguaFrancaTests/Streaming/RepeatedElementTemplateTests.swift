import LinguaFrancaConformance
import Testing

@testable import LinguaFranca

/// A stream element made from the previous one (only its varying strings changed) must be the element reading it
/// in full gives, down to its re-encoded bytes; anything else must be read in full, errors included.
@Suite struct RepeatedElementTemplateTests {
    /// A chunk as OpenAI streams it, with `content` (raw JSON string content, escapes as written) and `padding`
    /// as its varying strings.
    static func contentChunk(
        _ content: String, padding: String = "h7Qz", model: String = "gpt-4o-mini-2024-07-18", index: Int = 0
    ) -> String {
        """
        {"id":"chatcmpl-BVx9Жq2fG8vQe1","object":"chat.completion.chunk","created":1764583327,"model":"\(model)",\
        "service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":\(index),\
        "delta":{"content":"\(content)"},"logprobs":null,"finish_reason":null}],"usage":null,\
        "obfuscation":"\(padding)"}
        """
    }

    static func toolArgumentsChunk(_ arguments: String) -> String {
        """
        {"id":"chatcmpl-T00l","object":"chat.completion.chunk","created":1764583327,"model":"gpt-4.1",\
        "choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"\(arguments)"}}]},\
        "logprobs":null,"finish_reason":null}],"obfuscation":"x"}
        """
    }

    static func reasoningChunk(_ reasoning: String) -> String {
        """
        {"id":"0193f1c2-5d1e-7b7e-9a43-77a2ad6a3e10","object":"chat.completion.chunk","created":1764583327,\
        "model":"deepseek-reasoner","system_fingerprint":"fp_ffc7281d48_prod0820_fp8_kvcache",\
        "choices":[{"index":0,"delta":{"content":null,"reasoning_content":"\(reasoning)"},"logprobs":null,\
        "finish_reason":null}]}
        """
    }

    /// The payloads as one SSE stream ending with `[DONE]`.
    static func stream(_ payloads: [String]) -> [UInt8] {
        Array((payloads.map { "data: \($0)\n\n" }.joined() + "data: [DONE]\n\n").utf8)
    }

    /// Each payload read on its own as a tree, the path that knows nothing of templates.
    static func readAlone(_ payload: String) throws -> ChatCompletionChunk {
        try ChatCompletionChunk(json: try JSONReader().read(Array(payload.utf8)))
    }

    /// Requires that the stream decoder gives, for every payload, the chunk and the bytes reading it alone gives.
    static func expectSameAsReadingAlone(
        _ payloads: [String], verifier: ChunkingVerifier = ChunkingVerifier(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let chunks = try verifier.verify(stream(payloads)) { OpenAIChatStreamDecoder() }
        try #require(chunks.count == payloads.count, sourceLocation: sourceLocation)
        for (chunk, payload) in zip(chunks, payloads) {
            let alone = try readAlone(payload)
            #expect(chunk == alone, sourceLocation: sourceLocation)
            // The same remembered layout, down to the written bytes (escapes come out as the writer writes them).
            #expect(chunk.jsonBytes() == alone.jsonBytes(), sourceLocation: sourceLocation)
        }
    }

    @Test func contentFragmentsOfEveryKindMatchReadingAlone() throws {
        try Self.expectSameAsReadingAlone([
            Self.contentChunk("Конечно"),
            Self.contentChunk(""),
            Self.contentChunk("😀 👩‍💻"),
            Self.contentChunk(#"\ud83d\ude00 and \u2014"#),
            Self.contentChunk(#"ends with a backslash \\"#),
            Self.contentChunk(#"\\"#),
            Self.contentChunk(#"lone \ud800 surrogate, read as the reader reads it"#),
            Self.contentChunk(#"\"quoted\""#),
            Self.contentChunk(#"line\nbreak\ttab"#),
            Self.contentChunk("Конечно", padding: "h7Qz"),
            Self.contentChunk("Конечно", padding: "longer padding 0123456789"),
            Self.contentChunk("", padding: ""),
            Self.contentChunk(String(repeating: "длинный текст ", count: 200)),
        ])
    }

    @Test func changesOutsideTheVaryingStringsAreReadInFull() throws {
        try Self.expectSameAsReadingAlone([
            Self.contentChunk("один"),
            Self.contentChunk("два"),
            Self.contentChunk("три", model: "gpt-4o-2024-11-20"),
            Self.contentChunk("четыре", index: 1),
            Self.contentChunk("пять", index: 12),
            #"{"id":"chatcmpl-BVx9Жq2fG8vQe1","object":"chat.completion.chunk","created":1764583327,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{"content":null},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"h7Qz"}"#,
            #"{"id":"chatcmpl-BVx9Жq2fG8vQe1","object":"chat.completion.chunk","created":1764583327,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null,"obfuscation":"h7Qz"}"#,
            Self.contentChunk("шесть"),
            Self.contentChunk("семь"),
        ])
    }

    @Test func toolArgumentsAndReasoningVary() throws {
        try Self.expectSameAsReadingAlone([
            Self.toolArgumentsChunk(""),
            Self.toolArgumentsChunk(#"{\"city\": \"Моск"#),
            Self.toolArgumentsChunk(#"ва\"}"#),
            Self.toolArgumentsChunk("}"),
        ])
        try Self.expectSameAsReadingAlone([
            Self.reasoningChunk("Пользователь"),
            Self.reasoningChunk(" спрашивает"),
            Self.reasoningChunk(#" \"почему\"?\n"#),
        ])
    }

    @Test func theTemplateIsUsedWhenOnlyTheVaryingStringsChange() throws {
        var template = RepeatedElementTemplate(for: ChatCompletionChunk.self)
        let reader = JSONReader()
        let first = Array(Self.contentChunk("Привет").utf8)
        try first.withUnsafeBufferPointer { bytes in
            #expect(template.element(in: bytes, reader: reader) == nil)
            template.remember(try Self.readAlone(Self.contentChunk("Привет")), readFrom: bytes, reader: reader)
        }
        for payload in [Self.contentChunk(", мир"), Self.contentChunk("!", padding: "Zz9")] {
            let made = Array(payload.utf8).withUnsafeBufferPointer { template.element(in: $0, reader: reader) }
            #expect(made == (try Self.readAlone(payload)))
        }
        for payload in [Self.contentChunk("!", model: "other"), Self.contentChunk(#"bad \x escape"#)] {
            #expect(Array(payload.utf8).withUnsafeBufferPointer { template.element(in: $0, reader: reader) } == nil)
        }
    }

    @Test func aDecodedValueThatDisagreesWithItsBytesMakesNoTemplate() throws {
        let content = VaryingMember<ChatCompletionChunk>.string(
            [.key("choices"), .index(0), .key("delta"), .key("content")],
            value: { _ in "not what the bytes say" }, replace: { _, _ in })
        var template = RepeatedElementTemplate(varying: [content])
        let reader = JSONReader()
        let payload = Self.contentChunk("a")
        try Array(payload.utf8).withUnsafeBufferPointer { bytes in
            template.remember(try Self.readAlone(payload), readFrom: bytes, reader: reader)
            #expect(template.element(in: bytes, reader: reader) == nil)
        }
    }

    /// A bad varying string after a run of good chunks fails exactly as it fails read alone.
    @Test(arguments: [
        #"bad \x escape"#, "raw \u{01} control", #"cut \u12"#, #"not hex \u12zz"#,
    ])
    func aBadVaryingStringIsTheErrorReadingAloneGives(_ content: String) throws {
        let bad = Self.contentChunk(content)
        let (chunks, error) = decodeWhole(
            Self.stream([Self.contentChunk("a"), Self.contentChunk("b"), bad]), with: OpenAIChatStreamDecoder())
        #expect(chunks.count == 2)
        let aloneError = #expect(throws: TranslationError.self) { try ChatCompletionChunk(jsonBytes: Array(bad.utf8)) }
        #expect(error?.code == aloneError?.code)
        #expect(error?.code == .malformedJSON)
    }

    @Test func invalidUTF8InAVaryingStringIsMalformed() throws {
        var bytes = Self.stream([Self.contentChunk("a"), Self.contentChunk("b"), Self.contentChunk("c")])
        let last = try #require(bytes.lastIndex(of: UInt8(ascii: "c")))
        bytes[last] = 0xC3
        let (chunks, error) = decodeWhole(bytes, with: OpenAIChatStreamDecoder())
        #expect(chunks.count == 2)
        #expect(error?.code == .malformedJSON)
    }

    @Test func theStringLimitHoldsForVaryingStrings() throws {
        let reader = JSONReader(limits: JSONLimits(maxStringBytes: 40))
        let decoder = OpenAIChatStreamDecoder(options: .init(reader: reader))
        let (chunks, error) = decodeWhole(
            Self.stream([
                Self.contentChunk("short"), Self.contentChunk("short too"),
                Self.contentChunk(String(repeating: "x", count: 41)),
            ]), with: decoder)
        #expect(chunks.count == 2)
        #expect(error?.code == .limitExceeded)
    }

    @Test func legacyCompletionTextVaries() throws {
        let payloads = ["Once", " upon", #" a \"time\""#, ""].map { text in
            """
            {"id":"cmpl-8vXk2","object":"text_completion","created":1764583327,"choices":[{"text":"\(text)",\
            "index":0,"logprobs":null,"finish_reason":null}],"model":"gpt-3.5-turbo-instruct"}
            """
        }
        let chunks = try ChunkingVerifier().verify(Self.stream(payloads)) { OpenAICompletionStreamDecoder() }
        #expect(chunks.map { $0.choices.first?.text } == ["Once", " upon", #" a "time""#, ""])
        for (chunk, payload) in zip(chunks, payloads) {
            #expect(chunk.jsonBytes() == Array(payload.utf8))
        }
    }

    /// Random streams mixing varying strings drawn from escapes, non-ASCII text and quotes with structural changes.
    @Test func randomStreamsMatchReadingAlone() throws {
        var random = SeededRandomNumberGenerator(seed: 0x5EED_7E3A)
        let pieces = [
            "a", "Ж", "😀", #"\""#, #"\\"#, #"\n"#, #"\u00e9"#, #"\ud83c\udf28"#, " ", "{", "}", ",", ":", "中",
        ]
        func text() -> String {
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }
                .joined()
        }
        for _ in 0..<20 {
            var payloads: [String] = []
            for _ in 0..<30 {
                switch Int.random(in: 0..<10, using: &random) {
                case 0:
                    payloads.append(Self.contentChunk(text(), model: "model-\(Int.random(in: 0..<2, using: &random))"))
                case 1: payloads.append(Self.contentChunk(text(), index: Int.random(in: 0..<2, using: &random)))
                case 2: payloads.append(Self.toolArgumentsChunk(text()))
                default: payloads.append(Self.contentChunk(text(), padding: text()))
                }
            }
            try Self.expectSameAsReadingAlone(
                payloads, verifier: ChunkingVerifier(exhaustiveSplitLimit: 32, randomRuns: 4, truncationChecks: 4))
        }
    }

    /// A Gemini text element as `alt=sse` streams it: its text and running counts vary.
    static func geminiElement(_ text: String, candidates: String, total: String, thoughts: String? = nil) -> String {
        let thoughtCount = thoughts.map { #","thoughtsTokenCount":\#($0)"# } ?? ""
        return """
            {"candidates":[{"content":{"parts":[{"text":"\(text)"}],"role":"model"},"index":0}],\
            "usageMetadata":{"promptTokenCount":1873,"candidatesTokenCount":\(candidates),"totalTokenCount":\(total),\
            "promptTokensDetails":[{"modality":"TEXT","tokenCount":1873}]\(thoughtCount)},\
            "modelVersion":"gemini-2.5-flash","responseId":"KcBEKanD0F0rPZkcHFuep8"}
            """
    }

    /// The Gemini decoder's SSE path makes text elements from templates; its JSON-array path reads every element as
    /// a tree. Both must give the same chunks and the same error, with counts that grow, shrink in length, turn
    /// negative, overflow or are not integers.
    @Test func geminiElementsMatchTheTreePath() throws {
        let codec = try GeminiChatCodec()
        let context = codec.makeContext(
            .decode, .stream, model: "gemini-2.5-flash",
            options: TranslationOptions(created: 1_764_547_200, streamUsage: true))
        var random = SeededRandomNumberGenerator(seed: 0x6E6D_1A1)
        let texts = ["Конечно", " план", "", #"\"quoted\""#, #"\u00e9"#, "🌊 中", #"back\\"#]
        let counts = ["1", "9", "10", "99", "100", "12345", "-3", "0"]
        let oddCounts = ["007", "1.0", "1e3", "99999999999999999999", "\"4\""]
        for run in 0..<12 {
            var elements: [String] = []
            for _ in 0..<24 {
                let text = texts.randomElement(using: &random) ?? ""
                let odd = run % 3 == 0 && Int.random(in: 0..<12, using: &random) == 0
                let candidates = (odd ? oddCounts : counts).randomElement(using: &random) ?? "1"
                let total = counts.randomElement(using: &random) ?? "1"
                let thoughts = run.isMultiple(of: 2) ? counts.randomElement(using: &random) : nil
                elements.append(Self.geminiElement(text, candidates: candidates, total: total, thoughts: thoughts))
            }
            // The finish element has no usage, so the usage chunk carries the last text element's counts.
            elements.append(
                #"{"candidates":[{"content":{"parts":[{"text":""}],"role":"model"},"finishReason":"STOP","index":0}],"#
                    + #""modelVersion":"gemini-2.5-flash","responseId":"KcBEKanD0F0rPZkcHFuep8"}"#)
            let sse = Array(elements.map { "data: \($0)\r\n\r\n" }.joined().utf8)
            let (fromTemplates, templateError) = decodeWhole(
                sse, with: codec.makeStreamDecoder(context: context, framing: .serverSentEvents))
            // Fed an element at a time, so that the elements before a bad one are decoded, as in the SSE stream.
            var arrayDecoder = codec.makeStreamDecoder(context: context, framing: .jsonArray)
            var fromTrees: [ChatCompletionChunk] = []
            var treeError: TranslationError?
            do {
                for (position, element) in elements.enumerated() {
                    try arrayDecoder.feed(Array(((position == 0 ? "[" : ",\r\n") + element).utf8), into: &fromTrees)
                }
                try arrayDecoder.feed(Array("]".utf8), into: &fromTrees)
                try arrayDecoder.finish(into: &fromTrees)
            } catch {
                treeError = error
            }
            #expect(fromTemplates.map(\.json.canonical) == fromTrees.map(\.json.canonical), "run \(run)")
            #expect(templateError?.code == treeError?.code, "run \(run)")
            if templateError == nil { #expect(fromTemplates.last?.usage != nil, "run \(run)") }
        }
    }

    @Test func geminiCountsComeFromEachElement() throws {
        var template = RepeatedElementTemplate(for: GeminiTextElement.self)
        let reader = JSONReader()
        var hits = 0
        for (candidates, total) in [(1, 1874), (2, 1875), (10, 1883), (9, 1882), (123_456, 125_329), (-1, 0)] {
            let element = Array(Self.geminiElement("то", candidates: "\(candidates)", total: "\(total)").utf8)
            var workspace = JSONScanner.Workspace(cachingStrings: true)
            var details = GeminiUsage.RememberedDetails()
            let scanned = try #require(
                GeminiTextElement.scan(element, reader: reader, workspace: &workspace, details: &details))
            element.withUnsafeBufferPointer { bytes in
                if let made = template.element(in: bytes, reader: reader) {
                    hits += 1
                    #expect(made.usage?.usage == scanned.usage?.usage)
                    #expect(made.texts == scanned.texts)
                    #expect(made.usage?.candidates == candidates)
                } else {
                    template.remember(scanned, readFrom: bytes, reader: reader)
                }
            }
        }
        #expect(hits == 5)
    }
}
