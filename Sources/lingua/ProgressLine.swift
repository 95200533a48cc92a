#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress line on standard error, redrawn in place at most twice a second: lines and bytes done, the percentage
/// when the input's size is known, lines/s and MB/s.
struct ProgressLine {
    private let total: Int?
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var lines = 0
    private var bytes = 0
    private var drawn = false

    /// A progress line for the input at `path` (its size is read when it is a regular file that is not gzip, whose
    /// decompressed size is not known).
    init(path: String) {
        var status = stat()
        let sized = path != "-" && !path.hasSuffix(".gz") && stat(path, &status) == 0
        total = sized && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        start = clock.now
        lastDrawn = start
    }

    /// Whether standard error is a terminal, where a progress line belongs.
    static var standardErrorIsATerminal: Bool { isatty(2) == 1 }

    /// Counts work done, and redraws the line when half a second has passed.
    mutating func advance(lines: Int, bytes: Int) {
        self.lines += lines
        self.bytes += bytes
        let now = clock.now
        guard now - lastDrawn >= .milliseconds(500) else { return }
        lastDrawn = now
        draw(at: now)
    }

    /// Clears the line, so the summary that follows starts at the left margin.
    func finish() {
        if drawn { StandardStream.error.writeRaw("\r\u{1B}[K") }
    }

    private mutating func draw(at now: ContinuousClock.Instant) {
        let elapsed = now - start
        let seconds = elapsed.seconds
        let megabytes = Double(bytes) / 1_048_576
        var text = "\r\u{1B}[K\(lines) lines, \(Self.format(megabytes)) MB"
        if let total, total > 0 { text += " (\(Self.format(100 * Double(bytes) / Double(total)))%)" }
        text += ", \(Int(Double(lines) / seconds)) lines/s, \(Self.format(megabytes / seconds)) MB/s"
        StandardStream.error.writeRaw(text)
        drawn = true
    }

    /// `value` with at most one decimal.
    static func format(_ value: Double) -> String { format(value, decimals: 1) }

    /// `value` rounded to at most `decimals` decimals.
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return String((value * scale).rounded() / scale)
    }
}

extension Duration {
    /// The duration in seconds, never zero (rates divide by it).
    var seconds: Double {
        max(1e-9, Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}

extension StandardStream {
    /// Writes `text` as it is, ignoring failures (used for the progress line).
    func writeRaw(_ text: String) {
        try? write(Array(text.utf8))
    }
}
