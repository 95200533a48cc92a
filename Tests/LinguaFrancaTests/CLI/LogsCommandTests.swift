import Foundation
import LinguaFranca
import Testing

/// `lingua logs convert` as a process: every input line ends up in OUT or in REJ — the rejected ones byte for
/// byte — in order, with the summary and the exit status.
@Suite struct LogsCommandTests {
    static func line(_ members: JSONObject) -> String {
        String(decoding: JSONWriter().write(.object(members)), as: UTF8.self)
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lingua-logs-\(getpid())-\(name)")
    }

    @Test func goodAndBadLinesAreAllAccountedFor() throws {
        let request = try Fixtures.json("anthropic/requests/plain-chat.anthropic.json")
        let response = try Fixtures.json("anthropic/responses/text.anthropic.json")
        let stream = String(decoding: try Fixtures.bytes("anthropic/streams/text.sse"), as: UTF8.self)
        let lines = [
            Self.line(["request": request, "response": response, "trace_id": "t-1"]),
            #"{"request": {broken"#,
            Self.line(["request": ["contents": [["role": "user", "parts": [["text": "привет"]]]]]]),
            "",
            Self.line(["stream": .string(stream), "trace_id": "t-2"]),
            "\u{FEFF}not json at all 🙃",
        ]
        let input = Self.temporary("in.jsonl")
        let output = Self.temporary("out.jsonl")
        let rejects = Self.temporary("rej.jsonl")
        defer { for url in [input, output, rejects] { try? FileManager.default.removeItem(at: url) } }
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let result = try LinguaProcess.run([
            "logs", "convert", "--from", "anthropic", input.path, "-o", output.path, "--rejects", rejects.path,
            "--attach-report",
        ])
        #expect(result.status == 3, "\(result.standardError)")
        #expect(result.standardError.contains("6 lines read, 2 converted, 4 rejected"))
        let converted = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        let rejected = try String(contentsOf: rejects, encoding: .utf8).split(separator: "\n")
        #expect(converted.count + rejected.count == lines.count)
        let first = try JSONReader().read(String(converted[0]))
        #expect(first["trace_id"] == "t-1")
        #expect(first["request"]?["messages"]?[0]?["role"] == "user")
        #expect(first["response"]?["object"] == "chat.completion")
        #expect(first["report"]?.arrayValue != nil)
        let second = try JSONReader().read(String(converted[1]))
        #expect(second["stream"]?.stringValue?.hasSuffix("data: [DONE]\n\n") == true)
        let records = try rejected.map { try JSONReader().read(String($0)) }
        #expect(records.map { $0["line"]?.numberValue?.int } == [2, 3, 4, 6])
        for record in records {
            let number = try #require(record["line"]?.numberValue?.int)
            #expect(record["original"]?.stringValue == lines[number - 1], "line \(number) changed")
            #expect(record["error"]?.stringValue?.isEmpty == false)
        }
    }

    @Test func standardInputAndExitStatuses() throws {
        let request = try Fixtures.json("yandex/requests/plain-chat.yandex.json")
        let good = Self.line(["request": request]) + "\n" + Self.line(["request": request, "n": 2])
        let result = try LinguaProcess.run(["logs", "convert", "--from", "yandex", "-"], input: Array(good.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let lines = String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect((try JSONReader().read(String(lines[1])))["n"] == 2)
        let missing = try LinguaProcess.run(["logs", "convert", "--from", "yandex", "/nonexistent/logs.jsonl"])
        #expect(missing.status == 1)
        let bad = try LinguaProcess.run(["logs", "convert", "--from", "yandex", "--kind", "request", "-"])
        #expect(bad.status == 2)
        let noVerb = try LinguaProcess.run(["logs", "read"])
        #expect(noVerb.status == 2)
    }

    @Test func anOutputThatIsTheInputIsRefusedBeforeAnythingIsWritten() throws {
        let request = try Fixtures.json("yandex/requests/plain-chat.yandex.json")
        let input = Self.temporary("same.jsonl")
        let alias = Self.temporary("same-link.jsonl")
        defer { for url in [input, alias] { try? FileManager.default.removeItem(at: url) } }
        let text = Self.line(["request": request]) + "\n"
        try text.write(to: input, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: input)
        for arguments in [["-o", alias.path], ["--rejects", input.path]] {
            let result = try LinguaProcess.run(["logs", "convert", "--from", "yandex", input.path] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains("is the input"))
            #expect(try String(contentsOf: input, encoding: .utf8) == text, "\(arguments) changed the input")
        }
    }

    @Test func timewebThreadsAreRebuiltAcrossLines() throws {
        let first = Self.line([
            "request": try Fixtures.json("timeweb/requests/first-turn.timeweb.json"),
            "response": try Fixtures.json("timeweb/responses/first-turn.timeweb.json"),
        ])
        let second = Self.line(["request": try Fixtures.json("timeweb/requests/second-turn.timeweb.json")])
        let store = Self.temporary("threads.jsonl")
        defer { try? FileManager.default.removeItem(at: store) }
        let result = try LinguaProcess.run(
            ["logs", "convert", "--from", "timeweb", "--thread-store", store.path, "--option", "agent_id=a1", "-"],
            input: Array((first + "\n" + second + "\n").utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let lines = String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n")
        let continued = try JSONReader().read(String(lines[1]))
        #expect(continued["request"]?["messages"]?.arrayValue?.count == 3)
    }
}

extension LogsCommandTests {
    /// What decoding a line's stream reported is in the attached report, like the request's and response's.
    @Test func aStreamsReportIsAttachedToItsLine() throws {
        let stream = String(decoding: try Fixtures.bytes("yandex/streams/rewrite.ndjson"), as: UTF8.self)
        let line = Self.line(["stream": .string(stream), "trace_id": "t-1"])
        let result = try LinguaProcess.run(
            ["logs", "convert", "--from", "yandex", "--model", "gpt://b1g/yandexgpt/latest", "--attach-report", "-"],
            input: Array((line + "\n").utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let converted = try JSONReader().read(result.standardOutput)
        #expect(converted["trace_id"] == "t-1")
        let entries = converted["report"]?.arrayValue ?? []
        #expect(
            entries.map { "\($0["kind"]?.stringValue ?? "") \($0["path"]?.stringValue ?? "")" } == [
                "approximated result.alternatives[0].message.text"
            ], "\(entries)")
        #expect(entries.first?["direction"] == "decode stream")
    }
}

extension LogsCommandTests {
    /// A log of several batches, good lines mixed with bad ones: any number of jobs gives the same output and the
    /// same rejects, in the input's order (requests only: a decoded response gets a fresh id on every run).
    @Test func jobsKeepTheOrderAndTheResult() throws {
        let request = try Fixtures.json("yandex/requests/plain-chat.yandex.json")
        var lines: [String] = []
        for index in 0..<6_000 {
            switch index % 7 {
            case 3: lines.append("{\"request\": {\"modelUri\": 42}, \"n\": \(index)}")
            case 5: lines.append("not json \(index) — строка")
            default: lines.append(Self.line(["request": request, "n": .number(JSONNumber(index))]))
            }
        }
        let input = Self.temporary("jobs-input.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        var results: [[UInt8]] = []
        var rejects: [[UInt8]] = []
        for jobs in ["1", "2", "3"] {
            let rejected = Self.temporary("jobs-rejects-\(jobs).jsonl")
            defer { try? FileManager.default.removeItem(at: rejected) }
            let result = try LinguaProcess.run(
                [
                    "logs", "convert", "--from", "yandex", "--jobs", jobs, "--progress", input.path, "--rejects",
                    rejected.path,
                ], timeout: 120)
            #expect(result.status == 3, "\(result.standardError)")
            #expect(result.standardError.contains("6000 lines read, 4286 converted, 1714 rejected"))
            results.append(result.standardOutput)
            rejects.append([UInt8](try Data(contentsOf: rejected)))
        }
        #expect(results[0] == results[1] && results[0] == results[2])
        #expect(rejects[0] == rejects[1] && rejects[0] == rejects[2])
        let numbers = String(decoding: results[0], as: UTF8.self).split(separator: "\n").map {
            (try? JSONReader().read(String($0)))?["n"]?.numberValue?.int ?? -1
        }
        #expect(numbers == (0..<6_000).filter { $0 % 7 != 3 && $0 % 7 != 5 })
        let rejectedLines = String(decoding: rejects[0], as: UTF8.self).split(separator: "\n").map {
            (try? JSONReader().read(String($0)))?["line"]?.numberValue?.int ?? -1
        }
        #expect(rejectedLines == (1...6_000).filter { ($0 - 1) % 7 == 3 || ($0 - 1) % 7 == 5 })
        #expect(try LinguaProcess.run(["logs", "convert", "--from", "yandex", "--jobs", "0", "-"]).status == 2)
    }
}

extension LogsCommandTests {
    /// A child logged before its parent: rejected in order, resolved by the two-pass mode, which needs a file.
    @Test func twoPassThreadsResolveChildrenLoggedBeforeTheirParents() throws {
        let first = Self.line([
            "request": try Fixtures.json("timeweb/requests/first-turn.timeweb.json"),
            "response": try Fixtures.json("timeweb/responses/first-turn.timeweb.json"),
        ])
        let second = Self.line(["request": try Fixtures.json("timeweb/requests/second-turn.timeweb.json")])
        let input = Self.temporary("two-pass.jsonl")
        try (second + "\n" + first + "\n").write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let arguments = ["logs", "convert", "--from", "timeweb", "--option", "agent_id=a1", input.path]

        let inOrder = try LinguaProcess.run(arguments)
        #expect(inOrder.status == 3)
        #expect(inOrder.standardError.contains("\"line\":1"), "\(inOrder.standardError)")

        let twoPass = try LinguaProcess.run(arguments + ["--threads", "two-pass"])
        #expect(twoPass.status == 0, "\(twoPass.standardError)")
        #expect(twoPass.standardError.contains("2 lines read, 2 converted, 0 rejected"))
        #expect(twoPass.standardError.contains("2 thread sweeps"))
        let lines = String(decoding: twoPass.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let child = try JSONReader().read(String(lines[0]))
        #expect(child["request"]?["messages"]?.arrayValue?.map { $0["role"] } == ["user", "assistant", "user"])

        let piped = try LinguaProcess.run(
            ["logs", "convert", "--from", "timeweb", "--threads", "two-pass", "-"], input: Array(first.utf8))
        #expect(piped.status == 2)
        #expect(try LinguaProcess.run(arguments + ["--threads", "sideways"]).status == 2)
    }
}

extension LogsCommandTests {
    /// Compresses `file` with the system's gzip into `file.gz`.
    static func gzip(_ file: URL) throws -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c \"$0\" > \"$0.gz\"", file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return URL(fileURLWithPath: file.path + ".gz")
    }

    /// A `.gz` log converts exactly as the plain one; a cut or a non-gzip `.gz` file is an I/O failure, after the
    /// lines before the cut.
    @Test func gzipLogsAreDecompressedAsTheyAreRead() throws {
        let request = try Fixtures.json("anthropic/requests/plain-chat.anthropic.json")
        let response = try Fixtures.json("anthropic/responses/text.anthropic.json")
        let lines = (0..<400).map {
            Self.line(["request": request, "response": response, "n": .number(JSONNumber($0))])
        }
        let plain = Self.temporary("plain.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: plain, atomically: true, encoding: .utf8)
        let compressed = try Self.gzip(plain)
        defer {
            for file in [plain, compressed] { try? FileManager.default.removeItem(at: file) }
        }
        let arguments = ["logs", "convert", "--from", "anthropic", "--created", "1"]
        let expected = try LinguaProcess.run(arguments + [plain.path])
        let fromGzip = try LinguaProcess.run(arguments + [compressed.path])
        #expect(fromGzip.status == 0, "\(fromGzip.standardError)")
        #expect(fromGzip.standardOutput == expected.standardOutput)
        #expect(fromGzip.standardError.contains("400 lines read, 400 converted"))

        let bytes = try Data(contentsOf: compressed)
        let cut = Self.temporary("cut.jsonl.gz")
        try bytes.prefix(bytes.count / 2).write(to: cut)
        let notGzip = Self.temporary("not.jsonl.gz")
        try Data(contentsOf: plain).write(to: notGzip)
        defer {
            for file in [cut, notGzip] { try? FileManager.default.removeItem(at: file) }
        }
        let truncated = try LinguaProcess.run(arguments + [cut.path])
        #expect(truncated.status == 1)
        #expect(truncated.standardError.contains("truncated"), "\(truncated.standardError)")
        #expect(!truncated.standardOutput.isEmpty)
        let wrong = try LinguaProcess.run(arguments + [notGzip.path])
        #expect(wrong.status == 1)
        #expect(wrong.standardError.contains("is not valid gzip"), "\(wrong.standardError)")
    }
}

extension LogsCommandTests {
    /// Runs `lingua ARGUMENTS < input | head -c 64` in bash: lingua's exit status and standard error.
    static func intoAClosingPipe(_ arguments: [String], input: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let command = ([LinguaProcess.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-c", "\(command) < '\(input.path)' | head -c 64 > /dev/null; exit ${PIPESTATUS[0]}"]
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// A reader that goes away early (`| head`) ends the conversion with an I/O failure, not a crash, for a log and
    /// for a stream.
    @Test func aPipeThatClosesEarlyIsAnIOFailure() throws {
        let request = try Fixtures.json("yandex/requests/plain-chat.yandex.json")
        let log = Self.temporary("closing.jsonl")
        try (String(repeating: Self.line(["request": request]) + "\n", count: 20_000)).write(
            to: log, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: log) }
        let logs = try Self.intoAClosingPipe(["logs", "convert", "--from", "yandex", "--jobs", "2", "-"], input: log)
        #expect(logs.status == 1, "\(logs.error)")
        #expect(logs.error.contains("cannot write output"), "\(logs.error)")

        let stream = Self.temporary("closing.sse")
        let events = String(decoding: try Fixtures.bytes("anthropic/streams/text.sse"), as: UTF8.self)
        let body = events.replacingOccurrences(of: "event: message_stop", with: "event: ping_marker")
        let delta =
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"слово \"}}\n\n"
        let start = body.range(of: "event: content_block_stop")?.lowerBound ?? body.endIndex
        try (String(body[..<start]) + String(repeating: delta, count: 50_000)).write(
            to: stream, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: stream) }
        let converted = try Self.intoAClosingPipe(
            ["convert", "--from", "anthropic", "--to", "openai", "--kind", "stream", "-"], input: stream)
        #expect(converted.status == 1, "\(converted.error)")
        #expect(!converted.error.contains("crashed"), "\(converted.error)")
    }
}

extension LogsCommandTests {
    /// A rejects file that cannot be written stops the conversion: exit 1, and no line written twice to the output.
    /// The log spans several batches, so the write fails while reading goes on, with one job and with two.
    @Test(arguments: ["1", "2"])
    func aFailedWriteStopsWithoutWritingALineTwice(_ jobs: String) throws {
        let request = try Fixtures.json("yandex/requests/plain-chat.yandex.json")
        var lines: [String] = []
        for index in 0..<10_000 {
            lines.append(
                index % 100 == 7 ? "broken \(index)" : Self.line(["request": request, "n": .number(JSONNumber(index))]))
        }
        let input = Self.temporary("full-\(jobs).jsonl")
        let output = Self.temporary("full-out-\(jobs).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        defer {
            for file in [input, output] { try? FileManager.default.removeItem(at: file) }
        }
        let result = try LinguaProcess.run([
            "logs", "convert", "--from", "yandex", "--jobs", jobs, input.path, "-o", output.path, "--rejects",
            "/dev/full",
        ])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError.contains("cannot write output"), "\(result.standardError)")
        let numbers = String(decoding: try Data(contentsOf: output), as: UTF8.self).split(separator: "\n").map {
            (try? JSONReader().read(String($0)))?["n"]?.numberValue?.int ?? -1
        }
        #expect(Set(numbers).count == numbers.count, "a line was written twice")
        #expect(numbers == numbers.sorted())
    }
}

extension LogsCommandTests {
    /// A line with a request and its stream: the attached report lists each entry once, and a Timeweb reply that
    /// came as a stream is recorded in the thread store like a response, so the next line continues it.
    /// An attached report would shadow a `report` member the line already has, so such a line is refused, whole.
    @Test func aLineWithItsOwnReportIsRefusedWhenReportsAreAttached() throws {
        let request = try Fixtures.json("anthropic/requests/plain-chat.anthropic.json")
        let line = Self.line(["request": request, "report": ["reviewer": "Зоя", "score": 4]])
        let attached = try LinguaProcess.run(
            ["logs", "convert", "--from", "anthropic", "--attach-report", "-"], input: Array((line + "\n").utf8))
        #expect(attached.status == 3, "\(attached.standardError)")
        #expect(attached.standardOutput.isEmpty)
        let plain = try LinguaProcess.run(
            ["logs", "convert", "--from", "anthropic", "-"], input: Array((line + "\n").utf8))
        #expect(plain.status == 0, "\(plain.standardError)")
        let converted = try JSONReader().read(plain.standardOutput)
        #expect(converted["report"]?["reviewer"] == "Зоя")
    }

    @Test func aLineWithARequestAndAStream() throws {
        let request = try Fixtures.json("anthropic/requests/native-extras.anthropic.json")
        let stream = String(decoding: try Fixtures.bytes("anthropic/streams/text.sse"), as: UTF8.self)
        let result = try LinguaProcess.run(
            ["logs", "convert", "--from", "anthropic", "--attach-report", "-"],
            input: Array((Self.line(["request": request, "stream": .string(stream)]) + "\n").utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let entries = (try JSONReader().read(result.standardOutput))["report"]?.arrayValue ?? []
        let keys = entries.map { "\($0["kind"] ?? "") \($0["path"] ?? "") \($0["direction"] ?? "")" }
        #expect(!entries.isEmpty)
        #expect(Set(keys).count == keys.count, "\(keys)")

        let reply = String(decoding: try Fixtures.bytes("timeweb/responses/first-turn.timeweb.json"), as: UTF8.self)
        let first = Self.line([
            "request": try Fixtures.json("timeweb/requests/first-turn.timeweb.json"), "stream": .string(reply),
        ])
        let second = Self.line(["request": try Fixtures.json("timeweb/requests/second-turn.timeweb.json")])
        let store = Self.temporary("stream-threads.jsonl")
        defer { try? FileManager.default.removeItem(at: store) }
        let threads = try LinguaProcess.run(
            ["logs", "convert", "--from", "timeweb", "--thread-store", store.path, "--option", "agent_id=a1", "-"],
            input: Array((first + "\n" + second + "\n").utf8))
        #expect(threads.status == 0, "\(threads.standardError)")
        let lines = String(decoding: threads.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let continued = try JSONReader().read(String(lines.last ?? ""))
        #expect(continued["request"]?["messages"]?.arrayValue?.count == 3)
    }
}
