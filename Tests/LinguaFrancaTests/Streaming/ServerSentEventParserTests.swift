import LinguaFranca
import LinguaFrancaConformance
import Testing

/// The SSE framing layer, traced event by event, under every split.
@Suite struct ServerSentEventParserTests {
    private func events(_ text: String, _ parser: ServerSentEventParser = .init()) throws -> [ServerSentEvent] {
        try ChunkingVerifier(randomRuns: 16).verify(Array(text.utf8)) { parser }
    }

    @Test func fieldsCommentsAndMultiLineData() throws {
        let text = """
            : a comment
            event: delta
            id: 7
            retry: 2500
            data: first
            data:second
            data

            data: {"x":1}

            """
        #expect(
            try events(text) == [
                ServerSentEvent(event: "delta", data: "first\nsecond\n", id: "7", retry: 2500),
                ServerSentEvent(data: #"{"x":1}"#, id: "7"),
            ])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEnding(_ end: String) throws {
        let text = ["data: Привет 👋", "data: мир", "", "data: 中文", "", ""].joined(separator: end)
        #expect(try events(text).map(\.data) == ["Привет 👋\nмир", "中文"])
    }

    /// Only CR and LF end a line: the other bytes below 0x0E (NUL, tab, vertical tab, form feed) are data,
    /// wherever they fall among the eight-byte words the line end is looked for in.
    @Test func otherControlBytesDoNotEndALine() throws {
        let controls = ["\u{0}", "\t", "\u{0B}", "\u{0C}", "\u{01}\u{08}"]
        for offset in 0..<9 {
            let data = controls.map { String(repeating: "ж", count: offset) + $0 + "x" }.joined()
            #expect(try events("data: \(data)\r\ndata:\(data)\n\n").map(\.data) == ["\(data)\n\(data)"])
        }
    }

    @Test func crAtTheEndOfOnePieceAndLFAtTheStartOfTheNext() throws {
        var parser = ServerSentEventParser()
        var output: [ServerSentEvent] = []
        try parser.feed(Array("data: a\r".utf8), into: &output)
        try parser.feed(Array("\ndata: b\r".utf8), into: &output)
        try parser.feed(Array("\n\r\n".utf8), into: &output)
        try parser.finish(into: &output)
        #expect(output.map(\.data) == ["a\nb"])
    }

    @Test func byteOrderMarkOnlyAtTheStart() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let input = bom + Array("data: x\n\n".utf8) + bom + Array("data: y\n\n".utf8)
        // Only a leading mark is stripped: later, it is part of the line, so "\u{FEFF}data" is an unknown field.
        let result = try ChunkingVerifier().verify(input) { ServerSentEventParser() }
        #expect(result.map(\.data) == ["x"])
        let notABOM = try ChunkingVerifier().verify([0xEF, 0xBB] + Array("\n\ndata: z\n\n".utf8)) {
            ServerSentEventParser()
        }
        #expect(notABOM.map(\.data) == ["z"])
    }

    @Test func eventsWithoutDataAreNotDispatched() throws {
        #expect(try events("event: ping\n\n: keep-alive\n\nid: 3\n\n").isEmpty)
        #expect(try events("data\n\n").map(\.data) == [""])
    }

    @Test func incompleteLastEvent() throws {
        let text = "data: one\n\ndata: two"
        #expect(try events(text).map(\.data) == ["one", "two"])
        #expect(try events(text, ServerSentEventParser(incompleteEvent: .discard)).map(\.data) == ["one"])
        var parser = ServerSentEventParser(incompleteEvent: .reject)
        var output: [ServerSentEvent] = []
        try parser.feed(Array(text.utf8), into: &output)
        let error = try #require(throws: TranslationError.self) { try parser.finish(into: &output) }
        #expect(error.code == .truncatedStream)
        #expect(error.streamPosition?.byteOffset == 11)
        #expect(output.map(\.data) == ["one"])
    }

    @Test func overlongLinesAndEventsAreErrors() throws {
        let limits = ServerSentEventParser.Limits(maxLineBytes: 64, maxEventBytes: 100)
        var parser = ServerSentEventParser(limits: limits)
        var output: [ServerSentEvent] = []
        let longLine = "data: " + String(repeating: "ж", count: 40)
        let error = try #require(throws: TranslationError.self) {
            for byte in Array(longLine.utf8) { try parser.feed([byte], into: &output) }
        }
        #expect(error.code == .limitExceeded)
        var eventParser = ServerSentEventParser(limits: limits)
        let bigEvent = String(repeating: "data: 0123456789012345678901234567890123456789\n", count: 3)
        let eventError = try #require(throws: TranslationError.self) {
            try eventParser.feed(Array(bigEvent.utf8), into: &output)
        }
        #expect(eventError.code == .limitExceeded)
        #expect(eventError.streamPosition == .init(index: 0, byteOffset: 0, unit: "event"))
    }

    /// With 256-byte limits, 10 MB of keep-alive comments in uneven pieces neither fail nor produce events: the
    /// only buffers the parser has are bounded by those limits, and comments never reach them.
    @Test func endlessKeepAliveCommentsStayBounded() throws {
        var parser = ServerSentEventParser(limits: .init(maxLineBytes: 256, maxEventBytes: 256))
        var output: [ServerSentEvent] = []
        let piece = Array(String(repeating: ": keep-alive\n", count: 1000).utf8)
        var sent = 0
        var size = 1
        while sent < 10_000_000 {
            try parser.feed(piece[..<min(size, piece.count)], into: &output)
            try parser.feed(piece[min(size, piece.count)...], into: &output)
            sent += piece.count
            size = (size * 7 + 3) % piece.count
        }
        try parser.feed(Array("data: still alive\n\n".utf8), into: &output)
        #expect(output.map(\.data) == ["still alive"])
    }

    @Test func writerOutputParsesBackToTheSameEvents() throws {
        let events = [
            ServerSentEvent(data: "plain"),
            ServerSentEvent(event: "error", data: "line one\nline two\r\nline three\rend", id: "42", retry: 1000),
            ServerSentEvent(data: ""),
            ServerSentEvent(data: "trailing newline\n"),
            ServerSentEvent(data: "Ж👩‍💻 中"),
        ]
        var bytes: [UInt8] = []
        for event in events { ServerSentEventWriter().write(event, into: &bytes) }
        ServerSentEventWriter().writeComment("keep-alive", into: &bytes)
        let parsed = try ChunkingVerifier().verify(bytes) { ServerSentEventParser() }
        #expect(
            parsed.map(\.data) == ["plain", "line one\nline two\nline three\nend", "", "trailing newline\n", "Ж👩‍💻 中"])
        #expect(parsed[1].event == "error")
        #expect(parsed[1].retry == 1000)
        #expect(parsed.dropFirst().allSatisfy { $0.id == "42" })
    }

    @Test(arguments: Fixtures.names(in: "openai-stream", suffix: ".sse"))
    func everyStreamFixtureFramesTheSameUnderAnySplit(_ name: String) throws {
        let events = try ChunkingVerifier().verify(try Fixtures.bytes("openai-stream/" + name)) {
            ServerSentEventParser()
        }
        #expect(!events.isEmpty)
    }
}
