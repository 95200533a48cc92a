import LinguaFranca
import Testing

/// Each rule kind under each policy, applied by `TranslationContext.applyParameterRules`.
@Suite struct ParameterRuleTests {
    static func context(_ rules: String, policy: TranslationOptions.Policy = .lenient) throws -> TranslationContext {
        let json = CapabilityTableLoadingTests.table(#", "parameters": {"chat": "# + rules + "}")
        let table = try CapabilityTable(bytes: Array(json.utf8), file: "demo.json")
        return TranslationContext(
            options: TranslationOptions(policy: policy), capabilities: table.capabilities(for: "demo-model"),
            direction: TranslationDirection(.encode, .chatRequest))
    }

    static func apply(_ rules: String, to request: JSONValue, policy: TranslationOptions.Policy = .lenient) throws
        -> (JSONValue, TranslationReport)
    {
        var context = try context(rules, policy: policy)
        let object = try #require(request.objectValue)
        let result = try context.applyParameterRules(to: object, operation: .chat)
        return (.object(result), context.report)
    }

    @Test func passAndUnlistedParametersAreUntouched() throws {
        let temperature = JSONValue.number(JSONNumber(literal: "0.70") ?? 0)
        let (body, report) = try Self.apply(
            #"{"temperature": {"action": "pass"}}"#, to: ["model": "m", "temperature": temperature, "seed": 7])
        #expect(body == ["model": "m", "temperature": temperature, "seed": 7])
        #expect(report.isEmpty)
    }

    @Test func renameIntoANestedPath() throws {
        let (body, report) = try Self.apply(
            #"{"max_tokens": {"action": "rename", "to": "completionOptions.maxTokens", "convert": "number-to-string"}, "temperature": {"action": "rename", "to": "completionOptions.temperature"}}"#,
            to: ["model": "m", "max_tokens": 500, "temperature": 0.3])
        #expect(body == ["model": "m", "completionOptions": ["maxTokens": "500", "temperature": 0.3]])
        #expect(report.entries.map(\.kind) == [.converted, .renamed, .renamed])
        #expect(report.entries.map(\.path.description) == ["max_tokens", "max_tokens", "temperature"])
    }

    @Test func dropKeepsListedValuesAndIsALoss() throws {
        let rules = #"{"temperature": {"action": "drop", "keep": [1], "reason": "only the default"}}"#
        let (kept, keptReport) = try Self.apply(rules, to: ["temperature": .number(JSONNumber(literal: "1.0") ?? 0)])
        #expect(kept["temperature"] != nil)
        #expect(keptReport.isEmpty)
        let (dropped, report) = try Self.apply(rules, to: ["temperature": 0.2])
        #expect(dropped == [:])
        #expect(report.entries.first?.kind == .dropped)
        #expect(report.entries.first?.message.contains("only the default") == true)
        let error = try #require(throws: TranslationError.self) {
            try Self.apply(rules, to: ["temperature": 0.2], policy: .strict)
        }
        #expect(error.code == .unsupported)
        #expect(error.path.description == "temperature")
        #expect(error.message.contains("demo") && error.message.contains("demo-model"))
    }

    @Test func rejectIsALossToo() throws {
        let rules = #"{"logit_bias": {"action": "reject", "reason": "the endpoint refuses it"}}"#
        let (body, report) = try Self.apply(rules, to: ["logit_bias": ["50256": -100]])
        #expect(body == [:])
        #expect(report.entries.map(\.kind) == [.rejected])
        #expect(throws: TranslationError.self) { try Self.apply(rules, to: ["logit_bias": [:]], policy: .strict) }
    }

    @Test func clampBothWays() throws {
        let rules = #"{"temperature": {"clamp": {"min": 0, "max": 1}}}"#
        #expect(try Self.apply(rules, to: ["temperature": 1.7]).0 == ["temperature": 1])
        #expect(try Self.apply(rules, to: ["temperature": -0.5]).0 == ["temperature": 0])
        let (inRange, report) = try Self.apply(rules, to: ["temperature": 0.5])
        #expect(inRange == ["temperature": 0.5])
        #expect(report.isEmpty)
        #expect(try Self.apply(rules, to: ["temperature": 1.7]).1.entries.map(\.kind) == [.clamped])
        let error = try #require(throws: TranslationError.self) {
            try Self.apply(rules, to: ["temperature": 1.7], policy: .strict)
        }
        #expect(error.code == .unsupported)
    }

    @Test func defaultAndRequired() throws {
        let rules =
            #"{"max_tokens": {"action": "rename", "to": "max_output", "default": 1024}, "model": {"required": true}}"#
        let (body, report) = try Self.apply(rules, to: ["model": "m"], policy: .strict)
        #expect(body == ["model": "m", "max_output": 1024])
        #expect(report.entries.map(\.kind) == [.defaulted])
        let error = try #require(throws: TranslationError.self) { try Self.apply(rules, to: ["n": 1]) }
        #expect(error.code == .missingField)
        #expect(error.path.description == "model")
    }

    static let conversionCases: [(String, JSONValue, JSONValue)] = [
        ("number-to-string", JSONValue.number(JSONNumber(literal: "1.50") ?? 0), JSONValue.string("1.50")),
        ("string-to-number", "42", 42),
        ("string-to-array", "STOP", ["STOP"]),
        ("array-to-string", ["only"], "only"),
        ("seconds-to-milliseconds", 1.5, 1500),
        ("milliseconds-to-seconds", 2500, 2.5),
    ]

    @Test(arguments: conversionCases)
    func conversions(_ conversion: String, _ input: JSONValue, _ expected: JSONValue) throws {
        let (body, report) = try Self.apply(
            #"{"stop": {"convert": "\#(conversion)"}}"#, to: ["stop": input], policy: .strict)
        #expect(body == ["stop": expected])
        #expect(report.entries.map(\.kind) == [.converted])
    }

    @Test func conversionFailuresAndLossyConversions() throws {
        let error = try #require(throws: TranslationError.self) {
            try Self.apply(#"{"seed": {"convert": "string-to-number"}}"#, to: ["seed": "abc"])
        }
        #expect(error.code == .invalidValue)
        let (body, report) = try Self.apply(#"{"stop": {"convert": "array-to-string"}}"#, to: ["stop": ["a", "b"]])
        #expect(body == ["stop": "a"])
        #expect(report.entries.map(\.kind) == [.approximated])
    }

    @Test func valueMaps() throws {
        let rules =
            #"{"reasoning_effort": {"action": "rename", "to": "reasoningOptions.mode", "values": {"low": "ENABLED_HIDDEN", "high": "ENABLED_HIDDEN"}}}"#
        let (body, report) = try Self.apply(rules, to: ["reasoning_effort": "low"])
        #expect(body == ["reasoningOptions": ["mode": "ENABLED_HIDDEN"]])
        #expect(report.entries.map(\.kind) == [.converted, .renamed])
        let (unmapped, unmappedReport) = try Self.apply(rules, to: ["reasoning_effort": "minimal"])
        #expect(unmapped == [:])
        #expect(unmappedReport.entries.map(\.kind) == [.rejected])
        #expect(throws: TranslationError.self) {
            try Self.apply(rules, to: ["reasoning_effort": "minimal"], policy: .strict)
        }
    }

    @Test func explicitParameterWinsOverARenameInEitherOrder() throws {
        let rules = #"{"max_tokens": {"action": "rename", "to": "max_completion_tokens"}}"#
        let (first, firstReport) = try Self.apply(rules, to: ["max_tokens": 100, "max_completion_tokens": 200])
        #expect(first == ["max_completion_tokens": 200])
        #expect(firstReport.entries.map(\.kind) == [.renamed, .dropped])
        let (second, _) = try Self.apply(rules, to: ["max_completion_tokens": 200, "max_tokens": 100])
        #expect(second == ["max_completion_tokens": 200])
    }

    @Test func reportRendersAndEncodes() throws {
        let (_, report) = try Self.apply(#"{"temperature": {"clamp": {"max": 1}}}"#, to: ["temperature": 2])
        #expect(
            report.rendered
                == "clamped temperature (demo demo-model, encode chat request): 2 is above the maximum; sent 1")
        #expect(
            report.json == [
                [
                    "kind": "clamped", "path": "temperature", "provider": "demo", "model": "demo-model",
                    "direction": "encode chat request", "message": "2 is above the maximum; sent 1",
                ]
            ])
    }
}
