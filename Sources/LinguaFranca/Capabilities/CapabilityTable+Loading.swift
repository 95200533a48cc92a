extension CapabilityTable {
    /// Reads and validates a table from JSON bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file name, used in errors and checked against the table's `id` (`openai.json` ↔ `openai`).
    /// - Throws: ``CapabilityTableError`` naming the file and the JSON path of the first problem.
    public init(bytes: some Collection<UInt8>, file: String) throws(CapabilityTableError) {
        let value: JSONValue
        do {
            value = try JSONReader().read(bytes)
        } catch {
            throw CapabilityTableError(file: file, path: error.path, message: "invalid JSON: \(error)")
        }
        try self.init(json: value, file: file)
    }

    /// Validates and builds a table from a JSON document (see `Mappings/SCHEMA.md`).
    ///
    /// - Throws: ``CapabilityTableError`` naming the file and the JSON path of the first problem.
    public init(json: JSONValue, file: String) throws(CapabilityTableError) {
        do {
            try self.init(validating: json, file: file)
        } catch {
            var error = error
            error.file = file
            throw error
        }
    }

    private init(validating json: JSONValue, file: String) throws(CapabilityTableError) {
        let top = try TableObject(
            json,
            allowed: [
                "id", "name", "api", "docs", "baseURL", "auth", "endpoints", "features", "parameters", "models",
                "values", "dialect",
            ])
        let id = try top.require("id", TableObject.string)
        guard !id.isEmpty, id.utf8.allSatisfy({ $0.isDigit || ($0 >= 0x61 && $0 <= 0x7A) || $0 == .minus }) else {
            throw CapabilityTableError(
                path: ["id"], message: "the id '\(id)' must be lowercase letters, digits and '-'")
        }
        if file.hasSuffix(".json"), let base = file.split(separator: "/").last, base.dropLast(5) != id {
            throw CapabilityTableError(path: ["id"], message: "the id '\(id)' does not match the file name \(base)")
        }
        let api = try top.require("api") { (value) throws(CapabilityTableError) in
            let api = try TableObject(value, allowed: ["family", "version"])
            return (try api.require("family", TableObject.string), try api.require("version", TableObject.string))
        }
        let endpoints = try top.require("endpoints", Self.endpoints)
        let parameters = try top.read("parameters", Self.parameters) ?? [:]
        let models = try top.read("models") { (value) throws(CapabilityTableError) in
            try Self.models(value, base: parameters)
        }
        do throws(CapabilityTableError) {
            try Self.checkRenames(parameters)
        } catch {
            throw error.prefixed(by: "parameters")
        }
        let features = try top.require("features", Self.features)
        let dialect: ChatDialect?
        if api.0 == DeclarativeChatCodec.family {
            guard top.has("dialect") else {
                throw CapabilityTableError(message: "a \(api.0) table needs 'dialect', the description of its format")
            }
            dialect = try top.read("dialect", ChatDialect.load)
            if features.tools != false {
                throw CapabilityTableError(
                    path: ["features", "tools"],
                    message: "a declarative dialect cannot describe tool calls; set tools to false or write a codec")
            }
            if let claimed = [("jsonObject", features.jsonObject), ("jsonSchema", features.jsonSchema)]
                .first(where: { $0.1 != false })
            {
                throw CapabilityTableError(
                    path: ["features", .key(claimed.0)],
                    message: "a declarative dialect cannot describe response formats; set \(claimed.0) to false or "
                        + "write a codec")
            }
            if let framing = endpoints[.chat]?.stream?.framing, framing != .ndjson, framing != .sse {
                throw CapabilityTableError(
                    path: ["endpoints", "chat", "stream", "framing"],
                    message: "a declarative dialect streams ndjson or sse (data-only events), not \(framing.rawValue)")
            }
            if endpoints[.chat]?.stream?.end != nil {
                throw CapabilityTableError(
                    path: ["endpoints", "chat", "stream", "end"],
                    message: "a declarative dialect's stream ends with the line whose dialect.stream.end member is "
                        + "true; an end marker such as [DONE] cannot be described")
            }
        } else if top.has("dialect") {
            throw CapabilityTableError(
                path: ["dialect"], message: "'dialect' applies to \(DeclarativeChatCodec.family) tables only")
        } else {
            dialect = nil
        }
        self.init(
            id: ProviderID(rawValue: id), name: try top.require("name", TableObject.string),
            apiFamily: api.0, apiVersion: api.1,
            docs: try top.require("docs") { (value) throws(CapabilityTableError) in
                guard case .array(let lines) = value, !lines.isEmpty else {
                    throw CapabilityTableError(
                        message: "expected a non-empty array of strings saying what the table is based on")
                }
                var docs: [String] = []
                for (index, line) in lines.enumerated() {
                    do throws(CapabilityTableError) {
                        docs.append(try TableObject.string(line))
                    } catch {
                        throw error.prefixed(by: .index(index))
                    }
                }
                return docs
            },
            baseURL: try top.string("baseURL"),
            auth: try top.read("auth") { (value) throws(CapabilityTableError) in
                let auth = try TableObject(value, allowed: ["header", "scheme"])
                return CapabilityTable.Auth(
                    header: try auth.require("header", TableObject.string), scheme: try auth.string("scheme"))
            },
            endpoints: endpoints, features: features, parameters: parameters,
            models: models ?? [], values: try top.read("values", Self.valueMaps) ?? [:], dialect: dialect)
    }

    private static func endpoints(_ value: JSONValue) throws(CapabilityTableError) -> [APIOperation: Endpoint] {
        var result: [APIOperation: Endpoint] = [:]
        for (name, endpoint) in try TableObject.eachMember(
            of: value,
            { (name, value) throws(CapabilityTableError) in
                _ = try TableObject.choice(APIOperation.self)(.string(name))
                return try Self.endpoint(value)
            })
        {
            if let operation = APIOperation(rawValue: name) { result[operation] = endpoint }
        }
        return result
    }

    private static func endpoint(_ value: JSONValue) throws(CapabilityTableError) -> Endpoint {
        let object = try TableObject(value, allowed: ["method", "path", "headers", "stream"])
        let method = try object.require("method", TableObject.string)
        guard method == "GET" || method == "POST" else {
            throw CapabilityTableError(path: ["method"], message: "expected GET or POST, found \(method)")
        }
        let path = try object.require("path", TableObject.string)
        let opened = path.count(where: { $0 == "{" })
        guard path.hasPrefix("/"), opened == path.count(where: { $0 == "}" }) else {
            throw CapabilityTableError(path: ["path"], message: "a path starts with '/' and closes every '{'")
        }
        let headers = try object.read("headers") { (value) throws(CapabilityTableError) in
            try TableObject.eachMember(of: value) { (_, value) throws(CapabilityTableError) in
                try TableObject.string(value)
            }
        }
        let stream = try object.read("stream") { (value) throws(CapabilityTableError) in
            let stream = try TableObject(value, allowed: ["framing", "text", "end", "path"])
            return Endpoint.Stream(
                framing: try stream.require("framing", TableObject.choice(Endpoint.Stream.Framing.self)),
                text: try stream.read("text", TableObject.choice(Endpoint.Stream.Text.self)) ?? .delta,
                end: try stream.string("end"), path: try stream.string("path"))
        }
        return Endpoint(
            method: method, path: path, headers: (headers ?? []).map { HTTPHeader(name: $0.0, value: $0.1) },
            stream: stream)
    }

    private static func features(_ value: JSONValue) throws(CapabilityTableError) -> ProviderFeatures {
        let object = try TableObject(
            value,
            allowed: [
                "tools", "parallelToolCalls", "vision", "audio", "files", "jsonObject", "jsonSchema", "systemRole",
                "streaming", "streamUsage", "multipleChoices", "logprobs", "legacyFunctions", "embeddings",
            ])
        return ProviderFeatures(
            tools: try object.bool("tools"), parallelToolCalls: try object.bool("parallelToolCalls"),
            vision: try object.bool("vision"), audio: try object.bool("audio"), files: try object.bool("files"),
            jsonObject: try object.bool("jsonObject"), jsonSchema: try object.bool("jsonSchema"),
            systemRole: try object.read("systemRole", TableObject.choice(ProviderFeatures.SystemRole.self)),
            streaming: try object.bool("streaming"), streamUsage: try object.bool("streamUsage"),
            multipleChoices: try object.bool("multipleChoices"), logprobs: try object.bool("logprobs"),
            legacyFunctions: try object.read(
                "legacyFunctions", TableObject.choice(ProviderFeatures.LegacyFunctions.self)),
            embeddings: try object.read("embeddings") { (value) throws(CapabilityTableError) in
                let embeddings = try TableObject(value, allowed: ["input", "formats", "dimensions"])
                let input = try embeddings.read("input", TableObject.string) ?? "batch"
                guard input == "batch" || input == "single" else {
                    throw CapabilityTableError(path: ["input"], message: "expected batch or single, found \(input)")
                }
                let formats = try embeddings.read("formats") { (value) throws(CapabilityTableError) -> [String] in
                    guard case .array(let items) = value else {
                        throw CapabilityTableError(message: "expected an array of formats")
                    }
                    var formats: [String] = []
                    for item in items {
                        let format = try TableObject.string(item)
                        guard format == "float" || format == "base64" else {
                            throw CapabilityTableError(message: "unknown format '\(format)'; expected float or base64")
                        }
                        formats.append(format)
                    }
                    return formats
                }
                return ProviderFeatures.Embeddings(
                    batchInput: input == "batch", formats: formats ?? ["float", "base64"],
                    dimensions: try embeddings.bool("dimensions") ?? true)
            })
    }

    private static func parameters(
        _ value: JSONValue
    ) throws(CapabilityTableError) -> [APIOperation: [String: ParameterRule]] {
        var result: [APIOperation: [String: ParameterRule]] = [:]
        for (name, rules) in try TableObject.eachMember(
            of: value,
            { (name, value) throws(CapabilityTableError) in
                let operation = try TableObject.choice(APIOperation.self)(.string(name))
                return try TableObject.eachMember(of: value) { (parameter, value) throws(CapabilityTableError) in
                    guard operation.knownParameters.contains(parameter) else {
                        throw CapabilityTableError(message: "'\(parameter)' is not an OpenAI \(name) parameter")
                    }
                    return try Self.rule(value)
                }
            })
        {
            if let operation = APIOperation(rawValue: name) {
                result[operation] = Dictionary(rules, uniquingKeysWith: { $1 })
            }
        }
        return result
    }

    static func rule(_ value: JSONValue) throws(CapabilityTableError) -> ParameterRule {
        let object = try TableObject(
            value, allowed: ["action", "to", "reason", "keep", "clamp", "convert", "values", "default", "required"])
        let action = try object.read("action", TableObject.choice(ParameterRule.Action.self)) ?? .pass
        let sends = action == .pass || action == .rename
        for key in ["clamp", "convert", "values", "default", "required"] where !sends && object.has(key) {
            throw CapabilityTableError(
                path: [.key(key)], message: "'\(key)' applies to pass and rename, not \(action.rawValue)")
        }
        for key in ["reason", "keep"] where sends && object.has(key) {
            throw CapabilityTableError(
                path: [.key(key)], message: "'\(key)' applies to drop and reject, not \(action.rawValue)")
        }
        let target = try object.string("to")
        if action == .rename, target?.isEmpty ?? true {
            throw CapabilityTableError(message: "a rename needs 'to', the native name")
        }
        if action != .rename, target != nil {
            throw CapabilityTableError(path: ["to"], message: "'to' applies to rename only")
        }
        if let target, target.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            throw CapabilityTableError(path: ["to"], message: "'\(target)' has an empty path segment")
        }
        let clamp = try object.read("clamp") { (value) throws(CapabilityTableError) in
            let clamp = try TableObject(value, allowed: ["min", "max"])
            let bounds = ParameterRule.Clamp(
                min: try clamp.read("min", TableObject.number), max: try clamp.read("max", TableObject.number))
            if let low = bounds.min?.double, let high = bounds.max?.double, low > high {
                throw CapabilityTableError(
                    message: "min \(bounds.min?.literal ?? "") is greater than max \(bounds.max?.literal ?? "")")
            }
            return bounds
        }
        return ParameterRule(
            action: action, target: target, reason: try object.string("reason"),
            keep: try object.read("keep") { (value) throws(CapabilityTableError) in
                guard case .array(let values) = value else {
                    throw CapabilityTableError(message: "expected an array of values")
                }
                return values
            } ?? [],
            clamp: clamp, conversion: try object.read("convert", TableObject.choice(ParameterRule.Conversion.self)),
            values: try object.read("values") { (value) throws(CapabilityTableError) in
                Dictionary(try TableObject.eachMember(of: value) { (_, value) throws(CapabilityTableError) in value }) {
                    $1
                }
            },
            defaultValue: object.members["default"], isRequired: try object.bool("required") ?? false)
    }

    private static func models(
        _ value: JSONValue, base: [APIOperation: [String: ParameterRule]]
    ) throws(CapabilityTableError) -> [ModelOverride] {
        guard case .array(let items) = value else {
            throw CapabilityTableError(message: "expected an array of model overrides")
        }
        var overrides: [ModelOverride] = []
        for (index, item) in items.enumerated() {
            do throws(CapabilityTableError) {
                let object = try TableObject(item, allowed: ["match", "features", "parameters"])
                let pattern = try object.require("match") { (value) throws(CapabilityTableError) in
                    try ModelPattern(try TableObject.string(value))
                }
                let parameters = try object.read("parameters", Self.parameters) ?? [:]
                var merged = base
                for (operation, rules) in parameters { merged[operation, default: [:]].merge(rules) { $1 } }
                do throws(CapabilityTableError) {
                    try checkRenames(merged)
                } catch {
                    throw error.prefixed(by: .key("parameters"))
                }
                for (earlier, other) in overrides.enumerated()
                where other.pattern.specificity == pattern.specificity && other.pattern.overlaps(pattern) {
                    throw CapabilityTableError(
                        path: ["match"],
                        message:
                            "'\(pattern)' ties with models[\(earlier)] '\(other.pattern)': equally specific patterns that can match the same model; make one more specific"
                    )
                }
                overrides.append(
                    ModelOverride(
                        pattern: pattern, features: try object.read("features", Self.features) ?? .init(),
                        parameters: parameters))
            } catch {
                throw error.prefixed(by: .index(index))
            }
        }
        return overrides
    }

    /// Rename targets must not nest: no rule may write inside the native path another writes. Two rules may share a
    /// target (OpenAI's `max_tokens` and `max_completion_tokens` are one native limit); the first in the request is
    /// sent and the other dropped, reported.
    private static func checkRenames(_ parameters: [APIOperation: [String: ParameterRule]]) throws(CapabilityTableError)
    {
        for (operation, rules) in parameters {
            let targets = rules.compactMap { name, rule in rule.action == .rename ? (name, rule.target ?? "") : nil }
                .sorted { $0.0 < $1.0 }
            for (index, (name, target)) in targets.enumerated() {
                for (otherName, otherTarget) in targets[(index + 1)...]
                where otherTarget.hasPrefix(target + ".") || target.hasPrefix(otherTarget + ".") {
                    throw CapabilityTableError(
                        path: [.key(operation.rawValue), .key(otherName), "to"],
                        message:
                            "'\(otherTarget)' collides with the rename of '\(name)' to '\(target)' (one is inside the other)"
                    )
                }
            }
        }
    }

    private static func valueMaps(_ value: JSONValue) throws(CapabilityTableError) -> [String: [String: String]] {
        Dictionary(
            try TableObject.eachMember(of: value) { (_, map) throws(CapabilityTableError) in
                Dictionary(
                    try TableObject.eachMember(of: map) { (_, value) throws(CapabilityTableError) in
                        try TableObject.string(value)
                    }
                ) { $1 }
            }
        ) { $1 }
    }
}

extension APIOperation {
    /// The OpenAI parameter names of this operation's request, which rules may name.
    public var knownParameters: Set<String> {
        switch self {
        case .chat:
            [
                "model", "messages", "audio", "frequency_penalty", "function_call", "functions", "logit_bias",
                "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities", "n",
                "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key", "prompt_cache_retention",
                "reasoning_effort", "response_format", "safety_identifier", "seed", "service_tier", "stop", "store",
                "stream", "stream_options", "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user",
                "verbosity", "web_search_options",
            ]
        case .embeddings: ["input", "model", "dimensions", "encoding_format", "user"]
        case .completions:
            [
                "model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs", "max_tokens", "n",
                "presence_penalty", "seed", "stop", "stream", "stream_options", "suffix", "temperature", "top_p",
                "user",
            ]
        case .models: []
        }
    }
}
