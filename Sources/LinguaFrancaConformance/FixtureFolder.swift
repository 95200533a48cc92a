import LinguaFranca

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A provider's fixture folder, laid out as the README's "Adding a provider" guide describes: `requests/`,
/// `responses/` and `streams/` subfolders, one case per file stem, the native side named after the provider
/// (`plain-chat.anthropic.json` next to `plain-chat.openai.json` and `plain-chat.report.json`).
public struct FixtureFolder: Sendable {
    /// The folder's path.
    public let path: String
    /// The middle part of native files' names (`anthropic` in `plain-chat.anthropic.json`).
    public let nativeName: String

    /// Opens a fixture folder.
    ///
    /// - Throws: ``ConformanceFailure`` when `path` is not a readable directory.
    public init(path: String, nativeName: String) throws(ConformanceFailure) {
        guard (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else {
            throw ConformanceFailure(problems: ["the fixture folder \(path) does not exist"])
        }
        self.path = path
        self.nativeName = nativeName
    }

    /// The names of the files in `subfolder`, sorted; empty when it does not exist.
    func fileNames(in subfolder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + subfolder)) ?? []).sorted()
    }

    /// The case names in `subfolder`: the stems of the files ending in `suffix`.
    func cases(in subfolder: String, endingWith suffix: String) -> [String] {
        fileNames(in: subfolder).filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }
    }

    /// Whether `subfolder/name` exists.
    func contains(_ subfolder: String, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + subfolder + "/" + name)
    }

    /// The bytes of `subfolder/name`.
    ///
    /// - Throws: ``ConformanceFailure`` when the file cannot be read.
    func bytes(_ subfolder: String, _ name: String) throws(ConformanceFailure) -> [UInt8] {
        let file = path + "/" + subfolder + "/" + name
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConformanceFailure(problems: ["the fixture file \(subfolder)/\(name) is missing"])
        }
        return [UInt8](data)
    }

    /// The JSON document in `subfolder/name`.
    ///
    /// - Throws: ``ConformanceFailure`` when the file is missing or is not JSON.
    func json(_ subfolder: String, _ name: String) throws(ConformanceFailure) -> JSONValue {
        let bytes = try bytes(subfolder, name)
        do {
            return try JSONReader().read(bytes)
        } catch {
            throw ConformanceFailure(problems: ["the fixture file \(subfolder)/\(name) is not JSON: \(error)"])
        }
    }

    /// The JSON document in `subfolder/name` when the file exists, else `nil`.
    ///
    /// - Throws: ``ConformanceFailure`` when it exists and is not JSON.
    func optionalJSON(_ subfolder: String, _ name: String) throws(ConformanceFailure) -> JSONValue? {
        guard contains(subfolder, name) else { return nil }
        return try json(subfolder, name)
    }
}
