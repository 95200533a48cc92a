/// The `lingua` command: dispatches to a subcommand and turns its outcome into an exit status.
enum CommandLineTool {
    static let usage = """
        usage: lingua <command> [options]

        Translates LLM API traffic between providers' native formats and the OpenAI formats.

        commands:
          convert    translate a request, response, stream or error body between providers
          json       read one JSON document strictly (RFC 8259) and write it back compact
          logs       convert logged traffic, one exchange per line (logs convert --help)
          providers  list providers, or show one provider's capability table for a model

        Run 'lingua <command> --help' for a command's options and examples.
        """

    static func run(arguments: [String]) -> ExitStatus {
        guard let command = arguments.first else {
            StandardStream.error.writeLine(usage)
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "convert":
            return ConvertCommand.run(arguments: rest)
        case "json":
            return JSONCommand.run(arguments: rest)
        case "logs":
            return LogsCommand.run(arguments: rest)
        case "providers":
            return ProvidersCommand.run(arguments: rest)
        case "-h", "--help", "help":
            StandardStream.output.writeLine(usage)
            return .success
        default:
            StandardStream.error.writeLine("lingua: unknown command '\(command)'\n\n\(usage)")
            return .usage
        }
    }
}

/// The process exit statuses every `lingua` command uses.
struct ExitStatus: Equatable {
    var rawValue: Int32

    /// The work was done.
    static let success = ExitStatus(rawValue: 0)
    /// The input was refused (invalid JSON, a translation error) or could not be read or written.
    static let failure = ExitStatus(rawValue: 1)
    /// The command line was wrong.
    static let usage = ExitStatus(rawValue: 2)
}
