import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Seeded mutations of real stream fixtures, fed in random pieces: every transcoder returns outputs or a
/// `TranslationError`, and never traps or hangs.
@Suite struct StreamRobustnessTests {
    static func mutations(of seeds: [[UInt8]], count: Int, seed: UInt64) -> [[UInt8]] {
        var generator = SeededRandomNumberGenerator(seed: seed)
        var results: [[UInt8]] = []
        for _ in 0..<count {
            var bytes = seeds[Int.random(in: 0..<seeds.count, using: &generator)]
            for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: index)
                case 2: bytes.insert(Array("\r\n:[]{},\"\\".utf8).randomElement(using: &generator) ?? 0, at: index)
                case 3: bytes.removeSubrange(index..<bytes.count)
                default: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 40)], at: index)
                }
            }
            results.append(bytes)
        }
        return results
    }

    static func run<Transcoder: StreamTranscoder>(
        _ input: [UInt8], _ transcoder: Transcoder, using generator: inout SeededRandomNumberGenerator
    ) -> (outputs: Int, error: TranslationError?) {
        var transcoder = transcoder
        var outputs: [Transcoder.Output] = []
        do {
            var start = 0
            while start < input.count {
                let end = min(input.count, start + Int.random(in: 1...97, using: &generator))
                try transcoder.feed(input[start..<end], into: &outputs)
                start = end
            }
            try transcoder.finish(into: &outputs)
            return (outputs.count, nil)
        } catch {
            return (outputs.count, error)
        }
    }

    @Test func mutatedStreamsNeverTrap() throws {
        let names = Fixtures.names(in: "openai-stream", suffix: ".sse")
        #expect(names.count >= 12)
        let seeds = try names.map { try Fixtures.bytes("openai-stream/" + $0) }
        var generator = SeededRandomNumberGenerator(seed: 0x57_12EA)
        var failures = 0
        var successes = 0
        for input in Self.mutations(of: seeds, count: 600, seed: 0xD15C0) {
            let results = [
                Self.run(
                    input, ServerSentEventParser(limits: .init(maxLineBytes: 4096, maxEventBytes: 8192)),
                    using: &generator
                ).error,
                Self.run(input, OpenAIChatStreamDecoder(), using: &generator).error,
                Self.run(input, OpenAICompletionStreamDecoder(), using: &generator).error,
                Self.run(input, JSONLinesReader(), using: &generator).error,
                Self.run(input, JSONArrayStreamReader(), using: &generator).error,
            ]
            for error in results {
                if let error {
                    failures += 1
                    #expect(!error.description.isEmpty && !error.description.contains("\n"))
                } else {
                    successes += 1
                }
            }
        }
        #expect(failures > 0 && successes > 0)
    }

    @Test func accumulatorFoldsWhateverTheDecoderAccepts() throws {
        let seeds = try ["chat-tool-calls.sse", "chat-n2.sse", "chat-refusal.sse"].map {
            try Fixtures.bytes("openai-stream/" + $0)
        }
        for input in Self.mutations(of: seeds, count: 300, seed: 0xACC) {
            var decoder = OpenAIChatStreamDecoder(options: .init(requiresDone: false))
            var chunks: [ChatCompletionChunk] = []
            _ = try? decoder.feed(input, into: &chunks)
            _ = try? decoder.finish(into: &chunks)
            var accumulator = ChunkAccumulator()
            for chunk in chunks { _ = try? accumulator.add(chunk) }
            if let completion = try? accumulator.makeCompletion() {
                #expect(completion.object == "chat.completion")
            }
        }
    }

    @Test func mutatedCapabilityTablesLoadOrFailClearly() throws {
        let seeds = try EmbeddedMappingsTests.mappingFiles().map { Array($0.text.utf8) }
        var loaded = 0
        for input in Self.mutations(of: seeds, count: 400, seed: 0x7AB1E) {
            do {
                _ = try CapabilityTable(bytes: input, file: "mutated")
                loaded += 1
            } catch {
                #expect(error.description.hasPrefix("mutated: "))
            }
        }
        #expect(loaded > 0 && loaded < 400)
    }
}
