import LinguaFranca

/// `lingua json [--check] [--pretty] [FILE|-]`: reads one JSON document with the library's reader.
enum JSONCommand {
    static let help = """
        usage: lingua json [--check] [--pretty] [FILE|-]

        Reads one JSON document strictly by RFC 8259 and writes it back compact on standard output
        (object key order, number literals and string contents are kept). Reads standard input when
        FILE is '-' or absent.

        options:
          --check     write nothing; only set the exit status
          --pretty    indent the output
          -h, --help  show this help

        exit status: 0 valid, 1 invalid or unreadable (one line on standard error with the position),
        2 usage error.

        examples:
          lingua json Examples/openai-chat-request.json
          curl -s https://example.invalid/log.json | lingua json --check && echo valid
        """

    static func run(arguments: [String]) -> ExitStatus {
        var check = false
        var pretty = false
        var path: String?
        for argument in arguments {
            switch argument {
            case "--check": check = true
            case "--pretty": pretty = true
            case "-h", "--help":
                StandardStream.output.writeLine(help)
                return .success
            case "-":
                guard path == nil else { return usageError("more than one input given") }
                path = "-"
            case let option where option.hasPrefix("-"):
                return usageError("unknown option '\(option)'")
            default:
                guard path == nil else { return usageError("more than one input given") }
                path = argument
            }
        }
        let source = path ?? "-"
        let reader = JSONReader()
        let bytes: [UInt8]
        do {
            bytes = try InputFile.readAll(source, limit: reader.limits.maxDocumentBytes + 1)
        } catch {
            StandardStream.error.writeLine("lingua json: \(error)")
            return .failure
        }
        let value: JSONValue
        do {
            value = try reader.read(bytes)
        } catch {
            let name = source == "-" ? "<stdin>" : source
            StandardStream.error.writeLine("lingua json: \(name): \(error)")
            return .failure
        }
        guard !check else { return .success }
        var output = JSONWriter(options: .init(prettyPrinted: pretty)).write(value)
        output.append(UInt8(ascii: "\n"))
        do {
            try StandardStream.output.write(output)
        } catch {
            StandardStream.error.writeLine("lingua json: \(error)")
            return .failure
        }
        return .success
    }

    private static func usageError(_ message: String) -> ExitStatus {
        StandardStream.error.writeLine("lingua json: \(message)\nusage: lingua json [--check] [--pretty] [FILE|-]")
        return .usage
    }
}
