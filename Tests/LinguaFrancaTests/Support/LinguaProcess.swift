import Foundation

/// Runs the built `lingua` executable as a separate process, the way a user or a pipeline does.
struct LinguaProcess {
    struct Result {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: String
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var path: String
        var description: String { "the lingua executable is not at \(path); run swift build first" }
    }

    /// `.build/<configuration>/lingua`, next to the test bundle.
    static var executable: URL {
        let bundle = Bundle.main.bundleURL
        let directory = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return directory.appendingPathComponent("lingua")
    }

    /// Runs `lingua arguments…` with `input` on standard input, waiting at most `timeout` seconds.
    static func run(_ arguments: [String], input: [UInt8] = [], timeout: TimeInterval = 20) throws -> Result {
        let url = executable
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw NotBuilt(path: url.path) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = Collected()
        let errors = Collected()
        let group = DispatchGroup()
        for (pipe, collected) in [(stdout, output), (stderr, errors)] {
            group.enter()
            DispatchQueue.global().async {
                collected.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            return Result(status: -1, standardOutput: [], standardError: "timed out after \(timeout) s")
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: [UInt8](output.data),
            standardError: String(decoding: errors.data, as: UTF8.self))
    }
}

/// Bytes read from a pipe by a reader thread; read by the caller only after the dispatch group's wait.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
