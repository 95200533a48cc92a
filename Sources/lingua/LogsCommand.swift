import LinguaFranca

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lingua logs convert --from P [--to Q] IN [-o OUT] [--rejects REJ]`: logged exchanges, one JSON object per line,
/// converted line by line; every input line ends up in OUT or in REJ.
enum LogsCommand {
    static let help = """
        usage: lingua logs convert --from P [--to Q] [options] IN|- [-o OUT] [--rejects REJ]

        Converts logged traffic, one exchange per line (JSON Lines), from provider P's format to Q's
        (openai by default), in order, reading and writing as it goes (memory stays flat).

        Each input line is an object: {"request": …, "response": …, "stream": "<the raw stream text>",
        …any other members, passed through unchanged}; each of request, response and stream is optional.
        The output line has the same members, translated. A line that cannot be translated goes, untouched,
        to REJ as {"line": N, "error": "…", "original": "<the line>"} ("original_base64" when the line is not
        UTF-8); nothing is lost: OUT and REJ together hold every input line.

        options:
          -o, --output FILE   where converted lines go (standard output by default)
          --rejects FILE      where rejected lines go (standard error's summary still counts them); without it,
                              rejected lines go to standard error
          --attach-report     add each line's translation report as "report" (a line that has a "report" of
                              its own is rejected rather than hidden)
          --jobs N            translate on N threads (default 1); the output keeps the input's order
          --threads MODE      in-order (the default): a line's parent must come before it; two-pass: first
                              sweep the file, recording every exchange in the thread store, as many times as
                              lines whose parent comes later still get resolved, then convert (needs a file,
                              not standard input; without --thread-store an in-memory store is used; a
                              read failure during the sweeps writes nothing)
          --progress          draw the progress line even when standard error is not a terminal (it is
                              drawn on a terminal anyway: lines, MB, percentage of a file, lines/s, MB/s)
          --model M, --option KEY=VALUE, --strict, --lenient, --created N, --thread-store FILE, --mappings DIR
                              as for lingua convert
          -h, --help          show this help

        A file whose name ends in .gz is decompressed as it is read (concatenated gzip members too); for
        gzip on a pipe: zcat logs.jsonl.gz | lingua logs convert --from P - -o out.jsonl

        exit status: 0 every line converted, 3 some lines rejected, 1 I/O failure, 2 usage error; a
        summary line (lines read, converted, rejected, time, MB/s) goes to standard error.

        examples:
          lingua logs convert --from anthropic traffic.jsonl -o openai.jsonl --rejects rejected.jsonl
          lingua logs convert --from timeweb --thread-store threads.jsonl calls.jsonl -o openai.jsonl
          lingua logs convert --from yandex --jobs 2 big.jsonl -o openai.jsonl --rejects rejected.jsonl
        """

    static func run(arguments: [String]) -> ExitStatus {
        guard arguments.first == "convert" else {
            if arguments.first == "-h" || arguments.first == "--help" {
                StandardStream.output.writeLine(help)
                return .success
            }
            StandardStream.error.writeLine("lingua logs: expected 'convert'\n\(usageLine)")
            return .usage
        }
        var rest = Array(arguments.dropFirst())
        var output: String?
        var rejects: String?
        var attachReport = false
        var jobs = 1
        var forceProgress = false
        var twoPass = false
        var passed: [String] = []
        while !rest.isEmpty {
            let argument = rest.removeFirst()
            switch argument {
            case "-o", "--output", "--rejects":
                guard !rest.isEmpty else { return usage("\(argument) needs a value") }
                if argument == "--rejects" { rejects = rest.removeFirst() } else { output = rest.removeFirst() }
            case "--attach-report":
                attachReport = true
            case "--progress":
                forceProgress = true
            case "--threads":
                guard let mode = rest.first, mode == "in-order" || mode == "two-pass" else {
                    return usage("--threads needs in-order or two-pass")
                }
                rest.removeFirst()
                twoPass = mode == "two-pass"
            case "--jobs":
                guard let value = rest.first, let count = Int(value), (1...64).contains(count) else {
                    return usage("--jobs needs a number of threads from 1 to 64")
                }
                rest.removeFirst()
                jobs = count
            case "--kind", "--report", "--report-json", "--status", "--pretty":
                return usage("\(argument) does not apply to logs convert")
            case "-h", "--help":
                StandardStream.output.writeLine(help)
                return .success
            default:
                passed.append(argument)
            }
        }
        if !passed.contains("--to") { passed += ["--to", "openai"] }
        var invocation: ConvertCommand.Invocation
        do {
            guard let parsed = try ConvertCommand.parse(passed) else {
                StandardStream.output.writeLine(help)
                return .success
            }
            invocation = parsed
        } catch {
            StandardStream.error.writeLine("lingua logs convert: \(error.message)\n\(usageLine)")
            return error.status
        }
        if twoPass {
            guard invocation.path != "-" else { return usage("--threads two-pass reads the file twice; give a file") }
            if invocation.threadStore == nil { invocation.threadStore = InMemoryThreadStore(capacity: Int.max) }
        }
        for path in [output, rejects].compactMap({ $0 }) where InputFile.isSameFile(path, as: invocation.path) {
            StandardStream.error.writeLine(
                "lingua logs convert: \(path) is the input; writing it would destroy the log\n\(usageLine)")
            return .usage
        }
        do {
            let source = try CodecRegistry.codec(for: invocation.source)
            let target = try CodecRegistry.codec(for: invocation.target)
            let out = try output.map { (path) throws(IOFailure) in try OutputFile.open(path) } ?? StandardStream.output
            let rej = try rejects.map { (path) throws(IOFailure) in try OutputFile.open(path) } ?? StandardStream.error
            if jobs > 1, invocation.threadStore != nil {
                StandardStream.error.writeLine(
                    "lingua logs convert: a thread store needs the lines in order; translating with one job")
                jobs = 1
            }
            let translator = LogLineTranslator(
                invocation: invocation, source: source, target: target, attachReport: attachReport)
            let progress =
                forceProgress || ProgressLine.standardErrorIsATerminal ? ProgressLine(path: invocation.path) : nil
            var converter = LogConverter(
                translator: translator, path: invocation.path, jobs: jobs, output: out, rejects: rej,
                progress: progress)
            let clock = ContinuousClock()
            let elapsed = try clock.measure {
                if twoPass { try converter.resolveThreads() }
                try converter.run()
            }
            let seconds = elapsed.seconds
            let megabytes = Double(converter.bytesRead) / 1_048_576
            StandardStream.error.writeLine(
                "lingua logs convert: \(converter.linesRead) lines read, \(converter.converted) converted, "
                    + "\(converter.rejected) rejected in \(format(seconds)) s (\(format(megabytes / seconds)) MB/s)"
                    + (twoPass ? "; \(converter.threadSweeps) thread sweeps" : ""))
            return converter.rejected == 0 ? .success : ExitStatus(rawValue: 3)
        } catch {
            StandardStream.error.writeLine("lingua logs convert: \(error)")
            return .failure
        }
    }

    private static let usageLine =
        "usage: lingua logs convert --from P [--to Q] [options] IN|- [-o OUT] [--rejects REJ]"

    private static func usage(_ message: String) -> ExitStatus {
        StandardStream.error.writeLine("lingua logs convert: \(message)\n\(usageLine)")
        return .usage
    }

    private static func format(_ value: Double) -> String { ProgressLine.format(value, decimals: 2) }
}
