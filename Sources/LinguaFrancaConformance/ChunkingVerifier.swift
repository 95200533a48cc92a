public import LinguaFranca

/// Checks that a ``StreamTranscoder`` gives the same result however its input is split into pieces — the
/// property every gateway relies on, since network reads split streams anywhere (inside a UTF-8 character,
/// between CR and LF, in the middle of a JSON number).
///
/// Framework-agnostic: it throws ``ChunkingVerificationFailure`` describing the first difference, so Swift
/// Testing (`#expect(throws: Never.self)`, or just `try`) and XCTest users can both call it.
public struct ChunkingVerifier: Sendable {
    /// Inputs up to this many bytes are checked at every two-way split point; longer inputs at this many evenly
    /// spaced points.
    public var exhaustiveSplitLimit: Int
    /// How many runs split the input at random points.
    public var randomRuns: Int
    /// The seed of those random splits, so that a failure can be reproduced.
    public var seed: UInt64
    /// How many truncated prefixes of the input are checked (fed whole and byte by byte, then finished).
    public var truncationChecks: Int

    /// Creates a verifier.
    public init(
        exhaustiveSplitLimit: Int = 4096, randomRuns: Int = 64, seed: UInt64 = 0x4C46_5645, truncationChecks: Int = 64
    ) {
        self.exhaustiveSplitLimit = exhaustiveSplitLimit
        self.randomRuns = randomRuns
        self.seed = seed
        self.truncationChecks = truncationChecks
    }

    /// Feeds `input` whole, one byte at a time, at every two-way split point, and at seeded random split
    /// points, requiring the same outputs and the same error (if any) each time; then feeds truncated prefixes
    /// and requires that `finish` gives the same result whole and byte by byte (an error or partial output,
    /// never a trap).
    ///
    /// - Parameters:
    ///   - input: the stream bytes.
    ///   - makeTranscoder: a fresh transcoder at the start of a stream, called once per run.
    /// - Returns: the outputs of the whole-input run, for further checks.
    /// - Throws: ``ChunkingVerificationFailure`` naming the split that changed the result and the first difference.
    @discardableResult
    public func verify<Transcoder: StreamTranscoder>(
        _ input: [UInt8], makeTranscoder: () -> Transcoder
    ) throws(ChunkingVerificationFailure) -> [Transcoder.Output] where Transcoder.Output: Equatable {
        let reference = Self.run(input, cuts: [], makeTranscoder)
        func check(_ cuts: [Int], _ name: String) throws(ChunkingVerificationFailure) {
            let outcome = Self.run(input, cuts: cuts, makeTranscoder)
            if outcome != reference {
                throw ChunkingVerificationFailure(
                    split: name, cuts: cuts, difference: reference.difference(from: outcome))
            }
        }
        try check(Array(0...input.count), "one byte at a time")
        for cut in Self.points(in: input.count, limit: exhaustiveSplitLimit) {
            try check([cut], "two pieces")
        }
        var generator = SeededRandomNumberGenerator(seed: seed)
        for _ in 0..<randomRuns {
            var cuts: [Int] = []
            var offset = 0
            while offset < input.count {
                offset += Int(generator.next() % 64) + 1
                if offset < input.count { cuts.append(offset) }
            }
            try check(cuts, "random pieces (seed \(seed))")
        }
        for length in Self.points(in: input.count, limit: truncationChecks) {
            let prefix = Array(input[..<length])
            let whole = Self.run(prefix, cuts: [], makeTranscoder)
            let bytewise = Self.run(prefix, cuts: Array(0...length), makeTranscoder)
            if whole != bytewise {
                throw ChunkingVerificationFailure(
                    split: "input truncated to \(length) bytes, fed one byte at a time", cuts: [],
                    difference: whole.difference(from: bytewise))
            }
        }
        return reference.outputs
    }

    private static func points(in count: Int, limit: Int) -> [Int] {
        guard count > 1 else { return [] }
        if count - 1 <= limit { return Array(1..<count) }
        let step = Double(count - 1) / Double(max(limit, 1))
        return Array(Set((0..<limit).map { 1 + Int(Double($0) * step) })).sorted()
    }

    private static func run<Transcoder: StreamTranscoder>(
        _ input: [UInt8], cuts: [Int], _ makeTranscoder: () -> Transcoder
    ) -> Outcome<Transcoder.Output> {
        var transcoder = makeTranscoder()
        var outputs: [Transcoder.Output] = []
        do {
            var start = 0
            for cut in cuts + [input.count] where cut >= start {
                try transcoder.feed(input[start..<cut], into: &outputs)
                start = cut
            }
            try transcoder.finish(into: &outputs)
            return Outcome(outputs: outputs, error: nil)
        } catch {
            return Outcome(outputs: outputs, error: error)
        }
    }
}

/// What one run produced: the outputs, and the error that ended it, if any.
struct Outcome<Output: Equatable>: Equatable {
    var outputs: [Output]
    var error: TranslationError?

    /// An output as compact JSON when it is an OpenAI model value, else as Swift describes it.
    static func show(_ output: Output) -> String {
        guard let model = output as? any JSONModel else { return "\(output)" }
        return model.json.description
    }

    /// A description of how `other` differs from this reference outcome.
    func difference(from other: Outcome) -> String {
        if let index = (0..<min(outputs.count, other.outputs.count)).first(where: { outputs[$0] != other.outputs[$0] })
        {
            return
                "output \(index) differs: expected \(Self.show(outputs[index])), got \(Self.show(other.outputs[index]))"
        }
        if outputs.count != other.outputs.count {
            return "expected \(outputs.count) outputs, got \(other.outputs.count)"
        }
        return
            "expected \(error.map { "error: \($0)" } ?? "no error"), got \(other.error.map { "error: \($0)" } ?? "no error")"
    }
}

/// A chunking verification failure: which split changed the result, and how.
public struct ChunkingVerificationFailure: Error, CustomStringConvertible {
    /// The kind of split ("two pieces", "one byte at a time", "random pieces (seed …)").
    public var split: String
    /// The offsets where the input was cut.
    public var cuts: [Int]
    /// The first difference from the whole-input result.
    public var difference: String

    /// One paragraph naming the split and the difference.
    public var description: String {
        let shownCuts = cuts.count > 12 ? "\(cuts.prefix(12))…" : "\(cuts)"
        return "splitting the input (\(split), cuts at \(shownCuts)) changed the result: \(difference)"
    }
}
