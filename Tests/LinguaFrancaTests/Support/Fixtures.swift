import Foundation
import LinguaFranca

/// Reads fixture files under `Tests/LinguaFrancaTests/Fixtures/`, located from this file's path (no bundle).
enum Fixtures {
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "fixture file not found: \(path)" }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The bytes of `Fixtures/<relativePath>`; throws ``Missing`` when the file does not exist.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: url.path) }
        return [UInt8](data)
    }

    /// The JSON document in `Fixtures/<relativePath>`.
    static func json(_ relativePath: String) throws -> JSONValue {
        try JSONReader().read(bytes(relativePath))
    }

    /// The names of the files in `Fixtures/<folder>` that start with `prefix` and end with `suffix`.
    static func names(in folder: String, prefix: String = "", suffix: String = ".json") -> [String] {
        let url = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.sorted()
    }
}
