public import LinguaFranca

extension CodecConformance {
    /// A value for each OpenAI chat parameter that the capability check sets, chosen to need no clamp and to match
    /// no table's `keep` exception.
    public static var parameterSamples: [String: JSONValue] {
        [
            "temperature": 0.5, "top_p": 0.9, "max_tokens": 321, "max_completion_tokens": 321, "stop": ["END"],
            "n": 2, "presence_penalty": 0.5, "frequency_penalty": 0.5, "seed": 42, "user": "user-42",
            "safety_identifier": "user-42", "logit_bias": ["50256": -100], "logprobs": true, "top_logprobs": 3,
            "store": true, "metadata": ["purpose": "conformance"], "service_tier": "default",
            "prediction": ["type": "content", "content": "draft"], "modalities": ["text", "audio"],
            "audio": ["voice": "alloy", "format": "mp3"], "verbosity": "low", "web_search_options": [:],
            "prompt_cache_key": "conformance", "prompt_cache_retention": "24h", "reasoning_effort": "medium",
            "stream": true, "parallel_tool_calls": false, "tool_choice": "auto",
        ]
    }

    /// Checks the capability table against the codec: for every chat parameter rule of the model `base` names, the
    /// parameter is set on `base` and the request encoded. A `pass` or `rename` must add or change a member whose
    /// path ends with the parameter's (or the rename target's dotted) name, without a drop in the report; a `drop`
    /// or `reject` must leave the encoded output unchanged and be reported as dropped or rejected.
    ///
    /// - Parameters:
    ///   - base: an OpenAI request without the parameters to check (a fixture's, say).
    ///   - exempt: parameters to skip, each with the reason (a parameter the codec maps by itself, say).
    ///   - samples: the value set for each parameter; a rule's value map supplies one when it has keys.
    /// - Returns: what was checked and skipped.
    /// - Throws: ``ConformanceFailure`` listing each parameter whose output disagrees with its rule.
    @discardableResult
    public func verifyCapabilities(
        base: JSONValue, exempt: [String: String] = [:], samples: [String: JSONValue] = parameterSamples
    ) throws(ConformanceFailure) -> CapabilityCoverage {
        guard let baseObject = base.objectValue else {
            throw ConformanceFailure(problems: ["the base request is not an object"])
        }
        let baseline: JSONValue
        do {
            baseline = try encodeRequest(base).0.body
        } catch {
            throw ConformanceFailure(problems: ["the base request does not encode: \(error)"])
        }
        let capabilities = codec.table.capabilities(for: model ?? base["model"]?.stringValue)
        var problems = ProblemList()
        var coverage = CapabilityCoverage()
        for (name, rule) in (capabilities.parameters[.chat] ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let reason = exempt[name] {
                coverage.skipped[name] = reason
                continue
            }
            if baseObject[name] != nil {
                coverage.skipped[name] = "the base request sets it"
                continue
            }
            guard let value = Self.sample(for: name, rule, samples) else {
                coverage.skipped[name] = "no sample value"
                continue
            }
            var object = baseObject
            object.append(value, forKey: name)
            problems.check("\(name): \(value)") {
                try checkRule(rule, of: name, in: .object(object), against: baseline)
            }
            coverage.checked.append(name)
        }
        try problems.throwIfAny()
        return coverage
    }

    private func checkRule(_ rule: ParameterRule, of name: String, in request: JSONValue, against baseline: JSONValue)
        throws
    {
        let (native, report) = try encodeRequest(request)
        let changed = Self.changedPaths(in: native.body, from: baseline)
        let losses = report.entries.filter {
            $0.path.components == [.key(name)] && ($0.kind == .dropped || $0.kind == .rejected)
        }
        switch rule.action {
        case .pass, .rename:
            let target = rule.action == .rename ? rule.target ?? name : name
            let keys = target.split(separator: ".").map { JSONPath.Component.key(String($0)) }
            if !changed.contains(where: { $0.components.reversed().starts(with: keys.reversed()) }) {
                throw ConformanceFailure(problems: [
                    "the table sends it as '\(target)', but the encoded request has no such member"
                        + " (changed: \(changed.isEmpty ? "nothing" : changed.map(\.description).joined(separator: ", ")))"
                ])
            }
            if let loss = losses.first {
                throw ConformanceFailure(problems: ["the table sends it, but the report says: \(loss.message)"])
            }
        case .drop, .reject:
            if !changed.isEmpty {
                throw ConformanceFailure(problems: [
                    "the table says \(rule.action.rawValue), but the encoded request changed at "
                        + changed.map(\.description).joined(separator: ", ")
                ])
            }
            if losses.isEmpty {
                throw ConformanceFailure(problems: [
                    "the table says \(rule.action.rawValue), but the report has no dropped or rejected entry for it"
                ])
            }
        }
    }

    /// The value the check sets: a key of the rule's value map, else the sample, moved inside the rule's clamp;
    /// `nil` when there is none or it is one of the rule's `keep` values.
    static func sample(for name: String, _ rule: ParameterRule, _ samples: [String: JSONValue]) -> JSONValue? {
        var value: JSONValue?
        if let mapped = rule.values?.keys.sorted().first {
            value = .string(mapped)
        } else {
            value = samples[name]
        }
        if let clamp = rule.clamp, let number = value?.numberValue?.double {
            let low = clamp.min?.double ?? -Double.greatestFiniteMagnitude
            let high = clamp.max?.double ?? Double.greatestFiniteMagnitude
            if number < low || number > high {
                value = JSONNumber((max(low, -1e6) + min(high, 1e6)) / 2).map(JSONValue.number)
            }
        }
        guard let value, !rule.keep.contains(where: { SemanticJSON.equal($0, value) }) else { return nil }
        return value
    }

    /// The paths of `document` whose value is absent or different in `baseline`.
    static func changedPaths(in document: JSONValue, from baseline: JSONValue) -> [JSONPath] {
        RobustnessVerifier.paths(in: document).filter { path in
            guard let before = baseline.value(at: path), let after = document.value(at: path) else { return true }
            return !SemanticJSON.equal(before, after)
        }
    }
}

/// Which parameters the capability check proved, and which it skipped and why.
public struct CapabilityCoverage: Sendable, Hashable, CustomStringConvertible {
    /// The parameters whose rule the encoded output agreed with.
    public var checked: [String] = []
    /// The parameters not checked, with the reason.
    public var skipped: [String: String] = [:]

    /// The counts and the skipped parameters.
    public var description: String {
        let reasons = skipped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }
        return "\(checked.count) parameters checked"
            + (reasons.isEmpty ? "" : "; skipped: " + reasons.joined(separator: ", "))
    }
}
