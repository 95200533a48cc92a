import Foundation
import LinguaFranca
import Testing

/// A malformed table fails to load with an error naming the file and the JSON path.
@Suite struct CapabilityTableLoadingTests {
    static let minimal = #"""
        {"id": "demo", "name": "Demo", "api": {"family": "openai-chat", "version": "v1"}, "docs": ["test"],
         "endpoints": {"chat": {"method": "POST", "path": "/v1/chat/completions"}}, "features": {}
        """#

    static func table(_ extra: String) -> String { minimal + extra + "}" }

    struct Broken: Sendable, CustomTestStringConvertible {
        var json: String
        var path: String
        var fragment: String
        var testDescription: String { path.isEmpty ? fragment : path }
    }

    static let broken: [Broken] = [
        Broken(json: table(#", "parameter": {}"#), path: "parameter", fragment: "unknown key 'parameter'"),
        Broken(
            json: table(#", "parameters": {"chat": {"temperature": {"action": "clip"}}}"#),
            path: "parameters.chat.temperature.action", fragment: "unknown value 'clip'"),
        Broken(
            json: table(#", "parameters": {"chat": {"temperature": {"clamp": {"min": 2, "max": 1}}}}"#),
            path: "parameters.chat.temperature.clamp", fragment: "min 2 is greater than max 1"),
        Broken(
            json: table(#", "parameters": {"chat": {"temprature": {"action": "drop"}}}"#),
            path: "parameters.chat.temprature", fragment: "not an OpenAI chat parameter"),
        Broken(
            json: table(#", "parameters": {"chat": {"max_tokens": {"action": "rename"}}}"#),
            path: "parameters.chat.max_tokens", fragment: "needs 'to'"),
        Broken(
            json: table(#", "parameters": {"chat": {"top_p": {"action": "drop", "clamp": {"max": 1}}}}"#),
            path: "parameters.chat.top_p.clamp", fragment: "applies to pass and rename"),
        Broken(
            json: table(
                #", "parameters": {"chat": {"max_tokens": {"action": "rename", "to": "options"}, "n": {"action": "rename", "to": "options.n"}}}"#
            ),
            path: "parameters.chat.n.to", fragment: "collides"),
        Broken(json: table(#", "models": [{"match": "gpt-[5"}]"#), path: "models[0].match", fragment: "no closing ']'"),
        Broken(json: table(#", "models": [{"match": "o[3-1]*"}]"#), path: "models[0].match", fragment: "reversed"),
        Broken(
            json: table(#", "models": [{"match": "gpt-5*"}, {"match": "*-mini"}]"#), path: "models[1].match",
            fragment: "ties with models[0]"),
        Broken(
            json: table(#", "models": [{"match": "o1*"}, {"match": "gpt-5*", "features": {"vision": "yes"}}]"#),
            path: "models[1].features.vision", fragment: "expected true or false"),
        Broken(
            json: table(
                #", "models": [{"match": "gpt-5*", "parameters": {"chat": {"n": {"action": "rename", "to": "x"}, "seed": {"action": "rename", "to": "x.seed"}}}}]"#
            ),
            path: "models[0].parameters.chat.seed.to", fragment: "collides"),
        Broken(
            json: minimal.replacingOccurrences(of: #""id": "demo""#, with: #""id": "Demo!""#) + "}", path: "id",
            fragment: "lowercase"),
        Broken(
            json: minimal.replacingOccurrences(of: #""docs": ["test"]"#, with: #""docs": []"#) + "}", path: "docs",
            fragment: "non-empty array"),
        Broken(
            json: minimal.replacingOccurrences(of: #""method": "POST""#, with: #""method": "PUT""#) + "}",
            path: "endpoints.chat.method", fragment: "expected GET or POST"),
        Broken(
            json: table(#", "endpoints": {}"#).replacingOccurrences(
                of: #", "endpoints": {}"#, with: #", "features": {"systemRole": "banner"}"#),
            path: "features.systemRole", fragment: "unknown value 'banner'"),
        Broken(json: minimal, path: "", fragment: "invalid JSON"),
    ]

    @Test(arguments: broken)
    func brokenTablesNameFileAndPath(_ case: Broken) throws {
        let error = try #require(throws: CapabilityTableError.self) {
            try CapabilityTable(bytes: Array(`case`.json.utf8), file: "demo.json")
        }
        #expect(error.file == "demo.json")
        #expect(error.path.description == `case`.path || `case`.path.isEmpty, "\(error)")
        #expect(error.description.contains(`case`.fragment), "\(error)")
        #expect(error.description.hasPrefix("demo.json: "))
    }

    @Test func idMustMatchTheFileName() throws {
        let error = try #require(throws: CapabilityTableError.self) {
            try CapabilityTable(bytes: Array(Self.table("").utf8), file: "Mappings/other.json")
        }
        #expect(error.path.description == "id")
    }

    @Test func validTableLoadsWithEverything() throws {
        let json = Self.table(
            #"""
            , "baseURL": "https://llm.example.invalid", "auth": {"header": "Authorization", "scheme": "Bearer"},
            "parameters": {"chat": {"max_tokens": {"action": "rename", "to": "completionOptions.maxTokens", "convert": "number-to-string", "default": 1000}}},
            "models": [{"match": "*-lite", "features": {"tools": false}}, {"match": "yandexgpt*", "features": {"vision": false}}],
            "values": {"finish_reason": {"ALTERNATIVE_STATUS_FINAL": "stop"}}
            """#)
        let table = try CapabilityTable(bytes: Array(json.utf8), file: "demo.json")
        #expect(table.parameters[.chat]?["max_tokens"]?.target == "completionOptions.maxTokens")
        #expect(table.values["finish_reason"]?["ALTERNATIVE_STATUS_FINAL"] == "stop")
        let lite = table.capabilities(for: "yandexgpt-lite")
        #expect(lite.features.tools == false)
        #expect(lite.features.vision == false)
        #expect(lite.appliedOverrides == ["*-lite", "yandexgpt*"])
    }
}

/// Model globs: matching, specificity, and overlap of two patterns.
@Suite struct ModelPatternTests {
    @Test func matching() throws {
        let cases: [(String, String, Bool)] = [
            ("gpt-5*", "gpt-5", true), ("gpt-5*", "gpt-5-mini", true), ("gpt-5*", "gpt-4o", false),
            ("o[134]*", "o3-mini", true), ("o[134]*", "o2", false), ("*-reasoning", "deepseek-reasoning", true),
            ("*-reasoning", "reasoning-x", false), ("gpt-?o", "gpt-4o", true), ("gpt-?o", "gpt-4oo", false),
            ("[!a-n]*", "o1", true), ("[!a-n]*", "gpt", false), ("a*b*c", "aXXbYYc", true), ("a*b*c", "acb", false),
        ]
        for (pattern, name, expected) in cases {
            #expect(try ModelPattern(pattern).matches(name) == expected, "\(pattern) ~ \(name)")
        }
    }

    @Test func specificityAndOverlap() throws {
        #expect(try ModelPattern("gpt-5*").specificity == 5)
        #expect(try ModelPattern("o[134]*").specificity == 2)
        #expect(try ModelPattern("gpt-5*").overlaps(ModelPattern("*-mini")))
        #expect(try !ModelPattern("o1*").overlaps(ModelPattern("o3*")))
        #expect(try !ModelPattern("gpt-5*").overlaps(ModelPattern("o[134]*")))
        #expect(try ModelPattern("o[1-3]*").overlaps(ModelPattern("o[3-5]-mini")))
        #expect(try !ModelPattern("o[12]*").overlaps(ModelPattern("o[34]*")))
        #expect(try ModelPattern("*").overlaps(ModelPattern("x")))
    }
}

/// Overrides apply from the least to the most specific pattern, whatever their order in the file.
@Suite struct ModelOverridePrecedenceTests {
    static let json = CapabilityTableLoadingTests.table(
        #"""
        , "parameters": {"chat": {"temperature": {"clamp": {"max": 2}}, "seed": {"action": "drop"}}},
        "models": [
          {"match": "gpt-5-chat*", "parameters": {"chat": {"temperature": {"action": "pass"}}}, "features": {"tools": false}},
          {"match": "gpt-*", "parameters": {"chat": {"temperature": {"clamp": {"max": 1}}}}, "features": {"vision": false}},
          {"match": "gpt-5*", "parameters": {"chat": {"temperature": {"action": "drop", "keep": [1]}}}},
          {"match": "o1*", "features": {"tools": false}},
          {"match": "o3*", "features": {"tools": true}}
        ]
        """#)

    @Test func mostSpecificWinsAndOthersStillApply() throws {
        let table = try CapabilityTable(bytes: Array(Self.json.utf8), file: "demo.json")
        let chat = table.capabilities(for: "gpt-5-chat-latest")
        #expect(chat.appliedOverrides == ["gpt-*", "gpt-5*", "gpt-5-chat*"])
        #expect(chat.rule(for: "temperature").action == .pass)
        #expect(chat.rule(for: "seed").action == .drop)
        #expect(chat.features.vision == false && chat.features.tools == false)
        #expect(table.capabilities(for: "gpt-5-mini").rule(for: "temperature").action == .drop)
        #expect(table.capabilities(for: "gpt-4o").rule(for: "temperature").clamp?.max == 1)
        #expect(table.capabilities(for: "claude-3").rule(for: "temperature").clamp?.max == 2)
        #expect(table.capabilities(for: nil).appliedOverrides.isEmpty)
        #expect(table.capabilities(for: "o1-mini").features.tools == false)
        #expect(table.capabilities(for: "o3").features.tools == true)
    }
}
