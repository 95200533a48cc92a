import Foundation
import Testing

@testable import LinguaFranca

/// `Mappings/` is the only source of truth: the embedded copy must equal it, and every table must load.
///
/// To regenerate the embedded copy after editing `Mappings/`:
/// `UPDATE_EMBEDDED_MAPPINGS=1 swift test --filter EmbeddedMappingsTests`
@Suite struct EmbeddedMappingsTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let mappings = root.appendingPathComponent("Mappings")
    static let generated = root.appendingPathComponent(
        "Sources/LinguaFranca/Capabilities/EmbeddedMappings.generated.swift")

    static func mappingFiles() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: mappings.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: mappings.appendingPathComponent(name))
            var text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            while text.hasSuffix("\n") { text.removeLast() }
            return (name, text)
        }
    }

    /// The Swift source embedding `files`, with raw-string delimiters no file content can end early.
    static func source(for files: [(name: String, text: String)]) -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Generated from Mappings/*.json by EmbeddedMappingsTests. Do not edit: change Mappings/ and run",
            "// UPDATE_EMBEDDED_MAPPINGS=1 swift test --filter EmbeddedMappingsTests",
            "",
            "/// The capability tables of `Mappings/`, compiled into the library.",
            "enum EmbeddedMappings {",
            "    static let files: [(name: String, contents: StaticString)] = [",
        ]
        for file in files {
            var hashes = "#"
            while file.text.contains("\"" + hashes) || file.text.contains("\\" + hashes) { hashes += "#" }
            lines.append("        (")
            lines.append("            \"\(file.name)\",")
            lines.append("            \(hashes)\"\"\"")
            lines.append(file.text)
            lines.append("\"\"\"\(hashes)")
            lines.append("        ),")
        }
        lines.append("    ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func embeddedCopyMatchesMappings() throws {
        let files = try Self.mappingFiles()
        #expect(files.count >= 4)
        let expected = Self.source(for: files)
        if ProcessInfo.processInfo.environment["UPDATE_EMBEDDED_MAPPINGS"] == "1" {
            try expected.write(to: Self.generated, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(
            actual == expected,
            "Sources/LinguaFranca/Capabilities/EmbeddedMappings.generated.swift differs from Mappings/; regenerate it with: UPDATE_EMBEDDED_MAPPINGS=1 swift test --filter EmbeddedMappingsTests"
        )
        #expect(EmbeddedMappings.files.map(\.name) == files.map(\.name))
    }

    @Test func everyShippedTableLoads() throws {
        #expect(CapabilityCatalog.embeddedProblems.isEmpty, "\(CapabilityCatalog.embeddedProblems)")
        for file in try Self.mappingFiles() {
            let table = try CapabilityTable(bytes: Array(file.text.utf8), file: file.name)
            let embeddedMatches = CapabilityCatalog.embedded.table(table.id) == table
            #expect(embeddedMatches, "the embedded \(file.name) differs from Mappings/\(file.name)")
            #expect(!table.docs.isEmpty)
        }
        for provider in ["openai", "yandex-openai", "timeweb-openai", "generic-openai"] {
            let shipped = CapabilityCatalog.embedded.table(ProviderID(rawValue: provider)) != nil
            #expect(shipped, "\(provider) is not embedded")
        }
    }
}
