import LinguaFranca

/// `lingua providers [NAME [--model M]] [--json] [--mappings DIR]`: what each provider's capability table says;
/// `lingua providers check FILE…`: whether Mappings files load.
enum ProvidersCommand {
    static let help = """
        usage: lingua providers [NAME [--model M]] [--json] [--mappings DIR]
               lingua providers check FILE...

        Without NAME, lists the providers with a one-line summary. With NAME, prints the effective
        capability table for that provider, or for one of its models with --model (model overrides
        applied): endpoints, features, and what happens to each parameter.

        check validates new Mappings files with the errors the loader gives (file, JSON path, reason),
        and that a codec exists for each table's API family (for declarative-chat, that the dialect
        can be run); it prints one line per file and exits 1 when any file is refused.

        options:
          --model M        resolve the table for model M (glob overrides applied)
          --json           print JSON instead of text
          --mappings DIR   also load the *.json tables in DIR (replacing built-in ones with the same id)
          -h, --help       show this help

        examples:
          lingua providers
          lingua providers openai --model gpt-5-mini
          lingua providers yandex-openai --json
          lingua providers check Mappings/examples/top-level-settings.json
        """

    static func run(arguments: [String]) -> ExitStatus {
        if arguments.first == "check" { return check(Array(arguments.dropFirst())) }
        var name: String?
        var model: String?
        var json = false
        var mappings: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--json": json = true
            case "--model", "--mappings":
                guard let value = rest.popFirst() else { return usageError("\(argument) needs a value") }
                if argument == "--model" { model = value } else { mappings = value }
            case "-h", "--help":
                StandardStream.output.writeLine(help)
                return .success
            case let option where option.hasPrefix("-"):
                return usageError("unknown option '\(option)'")
            default:
                guard name == nil else { return usageError("more than one provider given") }
                name = argument
            }
        }
        var catalog = CapabilityCatalog.embedded
        if let mappings {
            do {
                catalog = try catalog.loading(directory: mappings)
            } catch {
                StandardStream.error.writeLine("lingua providers: \(error)")
                return .failure
            }
        }
        guard let name else {
            if model != nil { return usageError("--model needs a provider name") }
            print(json ? prettyJSON(listing(catalog)) : listingText(catalog))
            return .success
        }
        guard let table = catalog.table(ProviderID(rawValue: name)) else {
            let known = catalog.providers.map(\.rawValue).joined(separator: ", ")
            StandardStream.error.writeLine("lingua providers: unknown provider '\(name)'; known: \(known)")
            return .usage
        }
        let capabilities = table.capabilities(for: model)
        print(json ? prettyJSON(details(capabilities)) : detailsText(capabilities))
        return .success
    }

    /// The largest Mappings file `check` reads.
    private static let maxTableBytes = 16 << 20

    /// Loads each file as the catalog would, and makes its codec; one line per file.
    private static func check(_ files: [String]) -> ExitStatus {
        if files.contains(where: { $0 == "-h" || $0 == "--help" }) {
            StandardStream.output.writeLine(help)
            return .success
        }
        if let option = files.first(where: { $0.hasPrefix("-") }) {
            return usageError("unknown option '\(option)' for check")
        }
        guard !files.isEmpty else { return usageError("check needs at least one Mappings file") }
        var refused = 0
        for file in files {
            do {
                let bytes = try InputFile.readAll(file, limit: Self.maxTableBytes + 1)
                guard bytes.count <= Self.maxTableBytes else {
                    throw IOFailure(message: "\(file) is over 16 MiB, larger than any capability table")
                }
                let table = try CapabilityTable(bytes: bytes, file: file)
                _ = try CodecRegistry.codec(for: table)
                let rules = table.parameters.values.reduce(0) { $0 + $1.count }
                StandardStream.output.writeLine(
                    "ok: \(file): \(table.id) (\(table.apiFamily)), \(rules) parameter rules, "
                        + "\(table.models.count) model overrides")
            } catch {
                refused += 1
                StandardStream.error.writeLine("lingua providers check: \(error)")
            }
        }
        return refused == 0 ? .success : .failure
    }

    private static func prettyJSON(_ value: JSONValue) -> String {
        String(decoding: JSONWriter(options: .init(prettyPrinted: true)).write(value), as: UTF8.self)
    }

    private static func print(_ text: String) {
        StandardStream.output.writeLine(text)
    }

    private static func summary(_ table: CapabilityTable) -> String {
        let operations = APIOperation.allCases.filter { table.endpoints[$0] != nil }.map(\.rawValue)
        let count = table.models.count
        let overrides = count == 0 ? "" : ", \(count) model override\(count == 1 ? "" : "s")"
        return
            "\(table.name) (\(table.apiFamily) \(table.apiVersion)): \(operations.joined(separator: ", "))\(overrides)"
    }

    private static func listing(_ catalog: CapabilityCatalog) -> JSONValue {
        .array(
            catalog.providers.compactMap { catalog.table($0) }.map { table in
                ["id": .string(table.id.rawValue), "summary": .string(summary(table))]
            })
    }

    private static func listingText(_ catalog: CapabilityCatalog) -> String {
        let tables = catalog.providers.compactMap { catalog.table($0) }
        let width = tables.map(\.id.rawValue.count).max() ?? 0
        return tables.map { table in
            table.id.rawValue + String(repeating: " ", count: width - table.id.rawValue.count + 2) + summary(table)
        }.joined(separator: "\n")
    }

    private static func details(_ capabilities: ProviderCapabilities) -> JSONValue {
        let table = capabilities.table
        var object: JSONObject = ["id": .string(table.id.rawValue), "name": .string(table.name)]
        if let model = capabilities.model { object["model"] = .string(model) }
        object["overrides"] = .array(capabilities.appliedOverrides.map(JSONValue.string))
        object["endpoints"] = .object(
            JSONObject(
                members: APIOperation.allCases.compactMap { operation in
                    table.endpoints[operation].map {
                        JSONObject.Member(key: operation.rawValue, value: .string("\($0.method) \($0.path)"))
                    }
                }))
        object["features"] = .object(
            JSONObject(
                members: capabilities.features.resolvedSummary.map {
                    JSONObject.Member(key: $0.name, value: .string($0.value))
                }))
        object["parameters"] = .object(
            JSONObject(
                members: APIOperation.allCases.compactMap { operation in
                    guard let rules = capabilities.parameters[operation], !rules.isEmpty else { return nil }
                    let members = rules.keys.sorted().compactMap { name in
                        rules[name].map { JSONObject.Member(key: name, value: .string($0.summary)) }
                    }
                    return JSONObject.Member(key: operation.rawValue, value: .object(JSONObject(members: members)))
                }))
        object["docs"] = .array(table.docs.map(JSONValue.string))
        return .object(object)
    }

    private static func detailsText(_ capabilities: ProviderCapabilities) -> String {
        let table = capabilities.table
        var lines = ["\(table.id): \(summary(table))"]
        if let model = capabilities.model {
            let applied =
                capabilities.appliedOverrides.isEmpty ? "none" : capabilities.appliedOverrides.joined(separator: ", ")
            lines.append("model \(model) (overrides applied: \(applied))")
        }
        lines.append("\nendpoints:")
        for operation in APIOperation.allCases {
            guard let endpoint = table.endpoints[operation] else { continue }
            lines.append("  \(operation.rawValue): \(endpoint.method) \(endpoint.path)")
        }
        lines.append("\nfeatures:")
        for (name, value) in capabilities.features.resolvedSummary { lines.append("  \(name): \(value)") }
        for operation in APIOperation.allCases {
            guard let rules = capabilities.parameters[operation], !rules.isEmpty else { continue }
            lines.append("\n\(operation.rawValue) parameters (others pass unchanged):")
            for name in rules.keys.sorted() {
                if let rule = rules[name] { lines.append("  \(name): \(rule.summary)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func usageError(_ message: String) -> ExitStatus {
        StandardStream.error.writeLine(
            "lingua providers: \(message)\nusage: lingua providers [NAME [--model M]] [--json] [--mappings DIR]"
                + " | lingua providers check FILE...")
        return .usage
    }
}
