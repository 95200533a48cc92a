import Foundation
import LinguaFranca
import LinguaFrancaConformance
import Testing

/// `lingua json` driven as a process: exit statuses, output, and no crash or hang on any input.
@Suite struct JSONCommandTests {
    @Test func validFileIsWrittenBackCompact() throws {
        let path = Fixtures.directory.appendingPathComponent("openai/chat.response.basic.json").path
        let result = try LinguaProcess.run(["json", path])
        #expect(result.status == 0)
        let expected = JSONWriter().write(try Fixtures.json("openai/chat.response.basic.json")) + [0x0A]
        #expect(result.standardOutput == expected)
        #expect(result.standardError.isEmpty)
    }

    @Test func standardInputAndCheckMode() throws {
        let valid = try LinguaProcess.run(["json", "--check", "-"], input: Array(#" {"a": [1.0, -0]} "#.utf8))
        #expect(valid.status == 0)
        #expect(valid.standardOutput.isEmpty)
        let invalid = try LinguaProcess.run(["json", "--check"], input: Array("{\"a\":\n [1,]}".utf8))
        #expect(invalid.status == 1)
        #expect(invalid.standardOutput.isEmpty)
        #expect(invalid.standardError.contains("line 2, column 5"))
        #expect(invalid.standardError.split(separator: "\n").count == 1)
    }

    @Test func prettyOutputReadsBackEqual() throws {
        let input = try Fixtures.bytes("openai/chat.request.multimodal.json")
        let result = try LinguaProcess.run(["json", "--pretty"], input: input)
        #expect(result.status == 0)
        #expect(try JSONReader().read(result.standardOutput) == JSONReader().read(input))
    }

    @Test(arguments: [["json", "--bogus"], ["json", "a.json", "b.json"], ["frobnicate"], []])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try LinguaProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains("usage"))
    }

    @Test func unreadableFileExitsOne() throws {
        let result = try LinguaProcess.run(["json", "/nonexistent/lingua-test.json"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot open"))
    }

    @Test func helpExitsZero() throws {
        let result = try LinguaProcess.run(["json", "--help"])
        #expect(result.status == 0)
        #expect(String(decoding: result.standardOutput, as: UTF8.self).contains("--check"))
    }

    /// Seeded byte mutations of real fixtures, plus hostile shapes: every run exits 0 or 1, never a signal.
    @Test func noInputCrashesOrHangs() throws {
        var generator = SeededRandomNumberGenerator(seed: 0x5EED_1F)
        let seeds = try ["chat.request.tools.json", "chat.response.logprobs.json", "embeddings.response.base64.json"]
            .map { try Fixtures.bytes("openai/" + $0) }
        var inputs: [[UInt8]] = [
            [], [0xEF, 0xBB, 0xBF], Array(repeating: UInt8(ascii: "["), count: 200_000),
            Array(repeating: UInt8(ascii: "{"), count: 100_000), [0xFF, 0xFE, 0x00, 0x7B], [0x22, 0x5C, 0x75],
        ]
        for _ in 0..<40 {
            var bytes = seeds[Int.random(in: 0..<seeds.count, using: &generator)]
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.removeSubrange(index..<min(bytes.count, index + 16))
                default: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 5)], at: index)
                }
                if bytes.isEmpty { break }
            }
            inputs.append(bytes)
        }
        for input in inputs {
            let result = try LinguaProcess.run(["json"], input: input)
            #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.standardError)")
        }
    }
}
