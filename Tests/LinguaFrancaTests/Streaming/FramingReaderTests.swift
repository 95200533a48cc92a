import LinguaFranca
import LinguaFrancaConformance
import Testing

/// JSON Lines and JSON-array streams: traces, errors, and chunking invariance.
@Suite struct FramingReaderTests {
    @Test func jsonLinesSkipBlankLinesAndTolerateCRLF() throws {
        let text = "{\"a\":\"Привет\"}\r\n\n  \r\n[1,2.50]\n\"😀\"\n{\"last\":true}"
        let values = try ChunkingVerifier().verify(Array(text.utf8)) { JSONLinesReader() }
        #expect(values == [["a": "Привет"], [1, .number(JSONNumber(literal: "2.50") ?? 0)], "😀", ["last": true]])
    }

    @Test func jsonLinesErrorNamesTheLine() throws {
        let text = "{\"ok\":1}\n\n{\"bad\":}\n{\"ok\":2}\n"
        var reader = JSONLinesReader()
        var values: [JSONValue] = []
        let error = try #require(throws: TranslationError.self) { try reader.feed(Array(text.utf8), into: &values) }
        #expect(error.code == .malformedJSON)
        #expect(error.streamPosition == .init(index: 2, byteOffset: 10, unit: "line"))
        #expect(error.description.contains("line 3 at byte 10"))
        #expect(values == [["ok": 1]])
        try ChunkingVerifier().verify(Array(text.utf8)) { JSONLinesReader() }
    }

    @Test func jsonLinesLineLimit() throws {
        var reader = JSONLinesReader(reader: JSONReader(limits: JSONLimits(maxDocumentBytes: 32)))
        var values: [JSONValue] = []
        let error = try #require(throws: TranslationError.self) {
            for _ in 0..<10 { try reader.feed(Array("\"0123456789".utf8), into: &values) }
        }
        #expect(error.code == .limitExceeded)
    }

    @Test func arrayStreamYieldsElementsAsTheyComplete() throws {
        let text =
            "\u{FEFF}[{\"candidates\":[{\"text\":\"При\\\"вет\"}]}\r\n,\r\n{\"b\":[1,{\"c\":\"]},\"}]} , 3 ,\"x\", [ ] ]\n"
        let values = try ChunkingVerifier().verify(Array(text.utf8)) { JSONArrayStreamReader() }
        #expect(
            values == [
                ["candidates": [["text": "При\"вет"]]], ["b": [1, ["c": "]},"]]], 3, "x", [],
            ])
        var reader = JSONArrayStreamReader()
        var partial: [JSONValue] = []
        try reader.feed(Array("[{\"a\":1},{\"b\"".utf8), into: &partial)
        #expect(partial == [["a": 1]])
    }

    @Test func onlyACompleteLeadingByteOrderMarkIsSkipped() throws {
        let withMark = try ChunkingVerifier().verify([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) { JSONArrayStreamReader() }
        #expect(withMark == [1])
        for broken in [[0xEF] + Array("[1]".utf8), [0xEF, 0xBB] + Array("[1]".utf8), [0xBB] + Array("[1]".utf8)] {
            var reader = JSONArrayStreamReader()
            var values: [JSONValue] = []
            #expect(throws: TranslationError.self, "\(broken)") {
                try reader.feed(broken, into: &values)
                try reader.finish(into: &values)
            }
            try ChunkingVerifier().verify(broken) { JSONArrayStreamReader() }
        }
    }

    @Test func emptyArrayAndBadShapes() throws {
        #expect(try ChunkingVerifier().verify(Array(" [ ] ".utf8)) { JSONArrayStreamReader() } == [])
        for (text, code) in [
            ("{\"a\":1}", TranslationError.Code.malformedJSON), ("[1,]", .malformedJSON), ("[1 2]", .malformedJSON),
            ("[{\"a\":}]", .malformedJSON), ("[1] x", .malformedJSON), ("[1,2", .truncatedStream),
            ("", .truncatedStream),
        ] {
            var reader = JSONArrayStreamReader()
            var values: [JSONValue] = []
            let error = try #require(throws: TranslationError.self, "\(text)") {
                try reader.feed(Array(text.utf8), into: &values)
                try reader.finish(into: &values)
            }
            #expect(error.code == code, "\(text)")
            try ChunkingVerifier().verify(Array(text.utf8)) { JSONArrayStreamReader() }
        }
    }
}

/// The verifier itself must catch a transcoder that depends on how its input is split.
@Suite struct ChunkingVerifierSelfTests {
    /// Emits one output per `feed` call: correct only when the whole input arrives at once.
    struct CountsFeeds: StreamTranscoder {
        var feeds = 0
        mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [Int]) throws(TranslationError) {
            if !bytes.isEmpty { output.append(bytes.count) }
        }
        mutating func finish(into output: inout [Int]) throws(TranslationError) {}
    }

    /// Loses a byte that arrives alone: the kind of boundary bug the verifier exists for.
    struct DropsLoneBytes: StreamTranscoder {
        mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(TranslationError) {
            if bytes.count > 1 { output.append(contentsOf: bytes) }
        }
        mutating func finish(into output: inout [UInt8]) throws(TranslationError) {}
    }

    @Test func splitSensitiveTranscodersFail() {
        let input = Array("data: x\n\n".utf8)
        #expect(throws: ChunkingVerificationFailure.self) { try ChunkingVerifier().verify(input) { CountsFeeds() } }
        #expect(throws: ChunkingVerificationFailure.self) { try ChunkingVerifier().verify(input) { DropsLoneBytes() } }
    }
}
