import Foundation
import LinguaFranca
import Testing

/// `lingua providers` as a process.
@Suite struct ProvidersCommandTests {
    @Test func listsEveryShippedProvider() throws {
        let result = try LinguaProcess.run(["providers"])
        #expect(result.status == 0)
        let lines = String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(
            lines.map { String($0.prefix { $0 != " " }) } == [
                "anthropic", "gemini", "generic-openai", "openai", "timeweb", "timeweb-openai", "yandex",
                "yandex-openai",
            ])
    }

    /// `check` gives the loader's errors, with the file and the JSON path, and one line per good file.
    @Test func checkValidatesNewMappingsFiles() throws {
        let example = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Mappings/examples/top-level-settings.json")
        let good = try LinguaProcess.run(["providers", "check", example.path])
        #expect(good.status == 0, "\(good.standardError)")
        #expect(
            String(decoding: good.standardOutput, as: UTF8.self)
                == "ok: \(example.path): top-level-settings (declarative-chat), 13 parameter rules, 0 model overrides\n"
        )

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lingua-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("top-level-settings.json")
        let text = try String(contentsOf: example, encoding: .utf8)
        try text.replacingOccurrences(of: #""tools": false"#, with: #""tools": true"#)
            .write(to: bad, atomically: true, encoding: .utf8)
        let refused = try LinguaProcess.run(["providers", "check", example.path, bad.path])
        #expect(refused.status == 1)
        #expect(
            refused.standardError.contains(
                "\(bad.path): features.tools: a declarative dialect cannot describe tool calls"),
            "\(refused.standardError)")
        #expect(String(decoding: refused.standardOutput, as: UTF8.self).hasPrefix("ok: \(example.path)"))

        #expect(try LinguaProcess.run(["providers", "check"]).status == 2)
        #expect(try LinguaProcess.run(["providers", "check", "--strict", example.path]).status == 2)
    }

    @Test func effectiveTableForAModel() throws {
        let result = try LinguaProcess.run(["providers", "openai", "--model", "gpt-5-mini"])
        #expect(result.status == 0)
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        #expect(text.contains("overrides applied: gpt-5*"))
        #expect(text.contains("max_tokens: rename → max_completion_tokens"))
        #expect(text.contains("temperature: drop"))
        let base = String(decoding: try LinguaProcess.run(["providers", "openai"]).standardOutput, as: UTF8.self)
        #expect(!base.contains("max_tokens: rename"))
    }

    @Test func jsonOutputIsMachineReadable() throws {
        let result = try LinguaProcess.run([
            "providers", "yandex-openai", "--model", "gpt://b1g/yandexgpt/latest", "--json",
        ])
        #expect(result.status == 0)
        let value = try JSONReader().read(result.standardOutput)
        #expect(value["id"] == "yandex-openai")
        #expect(value["parameters"]?["chat"]?["temperature"]?.stringValue?.hasPrefix("pass") == true)
        #expect(value["features"]?["multipleChoices"] == "no")
        let listing = try JSONReader().read(try LinguaProcess.run(["providers", "--json"]).standardOutput)
        #expect(listing.arrayValue?.count == 8)
    }

    @Test func extraTablesFromADirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lingua-mappings-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let table = CapabilityTableLoadingTests.table("").replacingOccurrences(of: "\"demo\"", with: "\"acme\"")
        try Data(table.utf8).write(to: directory.appendingPathComponent("acme.json"))
        let result = try LinguaProcess.run(["providers", "acme", "--mappings", directory.path])
        #expect(result.status == 0, "\(result.standardError)")
        try Data("{".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let broken = try LinguaProcess.run(["providers", "--mappings", directory.path])
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("broken.json"))
    }

    @Test(arguments: [
        ["providers", "nope"], ["providers", "--model", "x"], ["providers", "openai", "--model"],
        ["providers", "--bogus"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let result = try LinguaProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.standardError.isEmpty)
    }
}
