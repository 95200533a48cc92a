import Dispatch
import LinguaFranca

/// Converts a log, one exchange per line, as it reads: lines are gathered into batches of about a mebibyte,
/// translated — on `jobs` threads when there are more than one — and written in input order, each to the output or,
/// untouched with its number and the reason, to the rejects. Memory holds a few batches, whatever the log's size.
struct LogConverter {
    /// Lines of the input, whole, with the number of the first.
    private struct LineBatch: Sendable {
        var firstLine: Int
        var bytes: [UInt8] = []
        /// Whether the last line has no newline (the input's end).
        var endsWithoutNewline = false

        /// How many lines the batch holds.
        var lineCount: Int {
            bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } + (endsWithoutNewline ? 1 : 0)
        }
    }

    /// What translating a batch gave.
    private struct BatchResult: Sendable {
        var output: [UInt8] = []
        var rejects: [UInt8] = []
        var converted = 0
        var rejected = 0
        var inputBytes = 0
    }

    /// A batch being translated on another thread: the worker stores the result, then signals; the writer waits,
    /// then reads it, so the semaphore orders the two accesses.
    private final class PendingBatch: @unchecked Sendable {
        var result = BatchResult()
        let done = DispatchSemaphore(value: 0)
    }

    /// The longest line held in memory; a longer one is rejected with its first bytes.
    static let maxLineBytes = JSONLimits.default.maxDocumentBytes
    /// How much of an over-long line its reject record keeps.
    static let rejectedPrefixBytes = 1 << 16
    private static let batchBytes = 1 << 20

    let translator: LogLineTranslator
    let path: String
    let jobs: Int
    let output: StandardStream
    let rejects: StandardStream
    var progress: ProgressLine?

    private(set) var linesRead = 0
    private(set) var converted = 0
    private(set) var rejected = 0
    private(set) var bytesRead = 0
    private var pending: [PendingBatch] = []

    init(
        translator: LogLineTranslator, path: String, jobs: Int, output: StandardStream, rejects: StandardStream,
        progress: ProgressLine?
    ) {
        self.translator = translator
        self.path = path
        self.jobs = max(1, jobs)
        self.output = output
        self.rejects = rejects
        self.progress = progress
    }

    /// Reads the whole input and writes every line to the output or the rejects.
    ///
    /// - Throws: ``IOFailure`` when the input cannot be read or an output cannot be written.
    mutating func run() throws {
        var batch = LineBatch(firstLine: 1)
        var carried: [UInt8] = []
        var overLimit: (bytes: Int, prefix: [UInt8])?
        try InputFile.forEachRead(path) { (piece) throws in
            bytesRead += piece.count
            var start = piece.startIndex
            if let skipped = overLimit {
                guard let newline = piece.firstIndex(of: UInt8(ascii: "\n")) else {
                    overLimit = (skipped.bytes + piece.count, skipped.prefix)
                    return
                }
                try submitOverLimit(skipped.bytes + (newline - start), skipped.prefix, &batch)
                overLimit = nil
                start = piece.index(after: newline)
            }
            if let last = piece[start...].lastIndex(of: UInt8(ascii: "\n")) {
                batch.bytes.append(contentsOf: carried)
                carried.removeAll(keepingCapacity: true)
                batch.bytes.append(contentsOf: piece[start...last])
                start = piece.index(after: last)
            }
            carried.append(contentsOf: piece[start...])
            if carried.count > Self.maxLineBytes {
                try submit(&batch)
                overLimit = (carried.count, Array(carried.prefix(Self.rejectedPrefixBytes)))
                carried = []
            } else if batch.bytes.count >= Self.batchBytes {
                try submit(&batch)
            }
        }
        if let skipped = overLimit {
            try submitOverLimit(skipped.bytes, skipped.prefix, &batch)
        } else if !carried.isEmpty {
            batch.bytes.append(contentsOf: carried)
            batch.endsWithoutNewline = true
        }
        try submit(&batch)
        while !pending.isEmpty { try writeOldest() }
        progress?.finish()
    }

    /// Hands the batch to a worker (or translates it here with one job), and starts the next one.
    private mutating func submit(_ batch: inout LineBatch) throws {
        guard !batch.bytes.isEmpty else { return }
        let next = batch.firstLine + batch.lineCount
        linesRead = next - 1
        let work = batch
        batch = LineBatch(firstLine: next)
        if jobs == 1 {
            try write(Self.translate(work, with: translator))
            return
        }
        let slot = PendingBatch()
        let translator = translator
        DispatchQueue.global().async {
            slot.result = Self.translate(work, with: translator)
            slot.done.signal()
        }
        pending.append(slot)
        while pending.count >= jobs { try writeOldest() }
    }

    /// Rejects a line too long to hold, with its first bytes, in its place among the others.
    private mutating func submitOverLimit(_ length: Int, _ prefix: [UInt8], _ batch: inout LineBatch) throws {
        try submit(&batch)
        let number = batch.firstLine
        batch.firstLine += 1
        linesRead = number
        var record: JSONObject = [
            "line": .number(JSONNumber(number)),
            "error": .string("a line of \(length) bytes, over the limit of \(Self.maxLineBytes)"),
            "original_bytes": .number(JSONNumber(length)),
        ]
        record.append(.string(Base64Text.encode(prefix)), forKey: "original_prefix_base64")
        var result = BatchResult(rejected: 1, inputBytes: length + 1)
        JSONWriter().write(.object(record), into: &result.rejects)
        result.rejects.append(UInt8(ascii: "\n"))
        if jobs == 1 {
            try write(result)
        } else {
            let slot = PendingBatch()
            slot.result = result
            slot.done.signal()
            pending.append(slot)
        }
    }

    private mutating func writeOldest() throws {
        let slot = pending.removeFirst()
        slot.done.wait()
        try write(slot.result)
    }

    private mutating func write(_ result: BatchResult) throws {
        if !result.output.isEmpty { try output.write(result.output) }
        if !result.rejects.isEmpty { try rejects.write(result.rejects) }
        converted += result.converted
        rejected += result.rejected
        progress?.advance(lines: result.converted + result.rejected, bytes: result.inputBytes)
    }

    /// Translates every line of a batch.
    private static func translate(_ batch: LineBatch, with translator: LogLineTranslator) -> BatchResult {
        var output: [UInt8] = []
        var rejects: [UInt8] = []
        output.reserveCapacity(batch.bytes.count + batch.bytes.count / 2)
        var converted = 0
        var lines: [ArraySlice<UInt8>] = []
        var start = batch.bytes.startIndex
        while let newline = batch.bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(batch.bytes[start..<newline])
            start = newline + 1
        }
        if batch.endsWithoutNewline { lines.append(batch.bytes[start...]) }
        for (offset, line) in lines.enumerated() {
            let number = batch.firstLine + offset
            if translator.translate(line, number: number, output: &output, rejects: &rejects) { converted += 1 }
        }
        return BatchResult(
            output: output, rejects: rejects, converted: converted, rejected: lines.count - converted,
            inputBytes: batch.bytes.count)
    }
}

/// Standard padded base64, for rejected lines that are not UTF-8.
enum Base64Text {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` as base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let first = bytes[index]
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            output.append(alphabet[Int(first >> 2)])
            output.append(alphabet[Int((first & 0x03) << 4 | second >> 4)])
            output.append(
                index + 1 < bytes.count ? alphabet[Int((second & 0x0F) << 2 | third >> 6)] : UInt8(ascii: "="))
            output.append(index + 2 < bytes.count ? alphabet[Int(third & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
