extension TranslationContext {
    /// Applies the provider's rules for `operation` to a request object, in member order: drops, rejections,
    /// value maps, clamps, conversions and renames (into dotted native paths), then defaults and requirements
    /// for parameters the request lacks. Parameters without a rule pass unchanged. Every change is recorded.
    ///
    /// When a renamed parameter lands where the request already has an explicit one (`max_tokens` renamed to
    /// `max_completion_tokens` next to a `max_completion_tokens`), the explicit one wins and the other is dropped.
    /// A default is not applied where a rename already put a value (`max_completion_tokens` renamed to a
    /// `max_tokens` that has a default).
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a loss under `.strict`;
    ///   ``TranslationError/Code/missingField`` for a required parameter with no value and no default;
    ///   ``TranslationError/Code/invalidValue`` for a value a conversion cannot handle (`"abc"` to a number).
    public mutating func applyParameterRules(to object: JSONObject, operation: APIOperation) throws(TranslationError)
        -> JSONObject
    {
        let rules = capabilities.parameters[operation] ?? [:]
        guard !rules.isEmpty else { return object }
        var output = RuleOutput(capacity: object.count + 2)
        for member in object {
            guard let rule = rules[member.key] else {
                try output.place(member.value, at: member.key, from: member.key, explicit: true, context: &self)
                continue
            }
            guard let value = try translate(member.value, of: member.key, by: rule) else { continue }
            let target = rule.action == .rename ? rule.target ?? member.key : member.key
            if target != member.key { try record(.renamed, at: [.key(member.key)], "sent as \(target)") }
            try output.place(value, at: target, from: member.key, explicit: target == member.key, context: &self)
        }
        // Only the names of the rules that apply are gathered (and sorted, as dictionary order varies): most
        // requests set what the table defaults, so usually none.
        var missing: [String] = []
        for (name, rule) in rules where (rule.defaultValue != nil || rule.isRequired) && object[name] == nil {
            missing.append(name)
        }
        missing.sort()
        for name in missing {
            guard let rule = rules[name] else { continue }
            let target = rule.action == .rename ? rule.target ?? name : name
            if output.object.value(atDottedPath: target) != nil { continue }
            if let value = rule.defaultValue {
                try record(.defaulted, at: [.key(name)], "the request has none; sent \(target): \(value)")
                try output.place(value, at: target, from: name, explicit: false, context: &self)
            } else if rule.isRequired {
                throw error(
                    .missingField, at: [.key(name)], "\(provider) requires '\(name)' and the table gives no default")
            }
        }
        return output.object
    }

    /// The value to send for one parameter, or `nil` when it is dropped or rejected.
    private mutating func translate(_ value: JSONValue, of name: String, by rule: ParameterRule)
        throws(TranslationError)
        -> JSONValue?
    {
        // Made only for a report or an error: most values pass unchanged.
        func path() -> JSONPath { [.key(name)] }
        switch rule.action {
        case .drop, .reject:
            if value.isNull || rule.keep.contains(where: { $0.sameNumberOrValue(as: value) }) {
                return value.isNull ? nil : value
            }
            let reason = rule.reason.map { ": \($0)" } ?? ""
            try record(rule.action == .drop ? .dropped : .rejected, at: path(), "not sent\(reason)")
            return nil
        case .pass, .rename:
            guard !value.isNull else { return value }
            var value = value
            if let map = rule.values {
                guard case .string(let text) = value, let mapped = map[text] else {
                    let accepted = map.keys.sorted().joined(separator: ", ")
                    try record(
                        .rejected, at: path(), "the value \(value) is not accepted (accepted: \(accepted)); not sent")
                    return nil
                }
                if mapped != value { try record(.converted, at: path(), "\(value) sent as \(mapped)") }
                value = mapped
            }
            if let clamp = rule.clamp, case .number(let number) = value, let double = number.double {
                if let low = clamp.min, let bound = low.double, double < bound {
                    try record(.clamped, at: path(), "\(number.literal) is below the minimum; sent \(low.literal)")
                    value = .number(low)
                } else if let high = clamp.max, let bound = high.double, double > bound {
                    try record(.clamped, at: path(), "\(number.literal) is above the maximum; sent \(high.literal)")
                    value = .number(high)
                }
            }
            if let conversion = rule.conversion {
                value = try convert(value, by: conversion, at: path())
            }
            return value
        }
    }

    private mutating func convert(_ value: JSONValue, by conversion: ParameterRule.Conversion, at path: JSONPath)
        throws(TranslationError) -> JSONValue
    {
        let converted: JSONValue
        switch (conversion, value) {
        case (.numberToString, .number(let number)):
            converted = .string(number.literal)
        case (.stringToNumber, .string(let text)):
            guard let number = JSONNumber(literal: text) else {
                throw error(.invalidValue, at: path, "'\(text)' is not a number, so it cannot be sent as one")
            }
            converted = .number(number)
        case (.stringToArray, .string):
            converted = .array([value])
        case (.arrayToString, .array(let elements)):
            guard let first = elements.first else { return value }
            guard elements.count == 1 else {
                try record(.approximated, at: path, "only the first of \(elements.count) values can be sent")
                return first
            }
            converted = first
        case (.secondsToMilliseconds, .number(let number)):
            guard let seconds = number.double, let scaled = JSONNumber(seconds * 1000) else { return value }
            converted = .number(scaled.int.map { JSONNumber($0) } ?? scaled)
        case (.millisecondsToSeconds, .number(let number)):
            guard let milliseconds = number.double, let scaled = JSONNumber(milliseconds / 1000) else { return value }
            converted = .number(scaled)
        default:
            return value
        }
        try record(.converted, at: path, "\(value) sent as \(converted) (\(conversion.rawValue))")
        return converted
    }
}

/// The object being built by rule application, with the source of every member a rename produced.
private struct RuleOutput {
    var object: JSONObject
    /// The targets a rename or default placed, with the parameter each came from: a few at most, so searched in
    /// order rather than hashed.
    private var renamedSources: [(target: String, source: String)] = []

    init(capacity: Int) {
        object = JSONObject(minimumCapacity: capacity)
    }

    /// Puts `value` at a dotted `target`; an explicit parameter wins over one a rename or default put there.
    ///
    /// An explicit parameter can only meet a member that a rename or default placed, since the request's own
    /// keys are unique; so unless one was placed at its name, it is appended without a search.
    mutating func place(
        _ value: JSONValue, at target: String, from source: String, explicit: Bool, context: inout TranslationContext
    ) throws(TranslationError) {
        let renamed = renamedSources.firstIndex { $0.target == target }
        if explicit, renamed == nil {
            object.append(value, forKey: target)
            return
        }
        if object.value(atDottedPath: target) != nil {
            if explicit, let renamed {
                let earlier = renamedSources[renamed].source
                try context.record(
                    .dropped, at: [.key(earlier)], "'\(target)' is set explicitly; '\(earlier)' not sent")
            } else {
                try context.record(.dropped, at: [.key(source)], "'\(target)' is already set; '\(source)' not sent")
                return
            }
        }
        if let renamed {
            if explicit { renamedSources.remove(at: renamed) } else { renamedSources[renamed].source = source }
        } else {
            // Not explicit: an explicit parameter with nothing placed at its name was appended above.
            renamedSources.append((target, source))
        }
        object.setValue(value, atDottedPath: target)
    }
}

extension JSONPath {
    /// The path of a dotted member path (`context.history` → `context.history` as two keys).
    init(dotted: String) {
        self.init(dotted.split(separator: ".").map { JSONPath.Component.key(String($0)) })
    }
}

extension JSONValue {
    /// Equality that compares numbers by value (`1` and `1.0` are the same temperature) and anything else exactly.
    func sameNumberOrValue(as other: JSONValue) -> Bool {
        if case .number(let mine) = self, case .number(let theirs) = other, let left = mine.double,
            let right = theirs.double
        {
            return left == right
        }
        return self == other
    }
}
