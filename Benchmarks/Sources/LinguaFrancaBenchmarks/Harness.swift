/// Times one operation: repeated in rounds of at least `roundTime`, reporting the median round.
struct Measurement {
    var name: String
    /// The median round.
    var microsecondsPerOperation: Double
    /// The fastest round: closest to the intrinsic cost on a machine shared with noisy neighbours.
    var bestMicrosecondsPerOperation: Double
    var bytesPerOperation: Int

    var megabytesPerSecond: Double {
        Double(bytesPerOperation) / microsecondsPerOperation
    }
}

struct Harness {
    var rounds = 9
    var roundTime = Duration.milliseconds(150)
    var filter: String?
    /// Set by `--count-only baseline|candidate N`: measurements run N times untimed (comparisons one side), for
    /// counting instructions with callgrind.
    var countOnly: (candidate: Bool, repeats: Int)?
    private(set) var results: [Measurement] = []

    mutating func measure(_ name: String, bytes: Int, _ operation: () throws -> Void) rethrows {
        if let filter, filter.hasPrefix("=") ? name != filter.dropFirst() : !name.contains(filter) { return }
        if let countOnly {
            for _ in 0..<countOnly.repeats { try operation() }
            return
        }
        let clock = ContinuousClock()
        let warmUpEnd = clock.now + roundTime
        while clock.now < warmUpEnd { try operation() }
        var perRound = 1
        while true {
            let elapsed = try clock.measure { for _ in 0..<perRound { try operation() } }
            if elapsed >= roundTime { break }
            perRound *= elapsed < roundTime / 16 ? 8 : 2
        }
        var samples: [Double] = []
        for _ in 0..<rounds {
            let elapsed = try clock.measure { for _ in 0..<perRound { try operation() } }
            samples.append(elapsed.microseconds / Double(perRound))
        }
        samples.sort()
        let result = Measurement(
            name: name, microsecondsPerOperation: samples[samples.count / 2],
            bestMicrosecondsPerOperation: samples[0], bytesPerOperation: bytes)
        results.append(result)
        print(row(result))
    }

    /// Times `candidate` against `baseline` in alternating rounds, so that a noisy neighbour slows both alike,
    /// and returns the median over rounds of candidate time / baseline time.
    mutating func compare(
        _ name: String, bytes: Int, baseline: () throws -> Void, candidate: () throws -> Void
    ) rethrows -> Double? {
        if let filter, !name.contains(filter) { return nil }
        if let side = countOnly {
            // Instruction counting under valgrind: run one side a fixed number of times, untimed.
            for _ in 0..<side.repeats { try side.candidate ? candidate() : baseline() }
            return nil
        }
        let clock = ContinuousClock()
        let warmUpEnd = clock.now + roundTime
        while clock.now < warmUpEnd {
            try baseline()
            try candidate()
        }
        var perRound = 1
        while clock.measure({ for _ in 0..<perRound { try? baseline() } }) < roundTime / 4 { perRound *= 2 }
        var ratios: [Double] = []
        var candidateTimes: [Double] = []
        for _ in 0..<(rounds * 2) {
            let base = try clock.measure { for _ in 0..<perRound { try baseline() } }
            let cand = try clock.measure { for _ in 0..<perRound { try candidate() } }
            ratios.append(cand.microseconds / base.microseconds)
            candidateTimes.append(cand.microseconds / Double(perRound))
        }
        ratios.sort()
        candidateTimes.sort()
        let result = Measurement(
            name: name, microsecondsPerOperation: candidateTimes[candidateTimes.count / 2],
            bestMicrosecondsPerOperation: candidateTimes[0], bytesPerOperation: bytes)
        results.append(result)
        print(row(result))
        return ratios[ratios.count / 2]
    }

    func row(_ result: Measurement) -> String {
        "| \(result.name) | \(format(result.microsecondsPerOperation, digits: 2)) | \(format(result.megabytesPerSecond, digits: 1)) | "
            + "\(format(Double(result.bytesPerOperation) / result.bestMicrosecondsPerOperation, digits: 1)) |"
    }
}

extension Duration {
    var microseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1e6 + Double(attoseconds) / 1e12
    }
}

func format(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}
