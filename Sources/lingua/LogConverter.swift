import Dispatch
import LinguaFranca

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts a log, one exchange per line, as it reads: lines are gathered into batches of about a mebibyte,
/// translated — on `jobs` threads when there are more than one — and written in input order, each to the output or,
/// untouched with its number and the reason, to the rejects. Memory holds a few batches, whatever the log's size.
struct LogConverter {
    /// Lines of the input, whole, with the number of the first.
    private struct LineBatch: Sendable {
        var firstLine: Int
        var bytes: [UInt8]
        /// Whether the last line has no newline (the input's end).
        var endsWithoutNewline = false
        /// Where each line ends (its newline, or the end of the bytes), set when the batch is complete.
        var ends: [Int] = []

        /// An empty batch whose first line is `firstLine`, with room for a full batch and the read that fills it,
        /// so that it is not copied as it grows.
        init(firstLine: Int) {
            self.firstLine = firstLine
            bytes = []
            bytes.reserveCapacity(LogConverter.batchBytes + (1 << 17))
        }

        /// Finds the line ends.
        mutating func complete() {
            ends = ByteSearch.offsets(of: UInt8(ascii: "\n"), in: bytes)
            if endsWithoutNewline { ends.append(bytes.count) }
        }

        /// The lines, without their newlines, each with its number.
        var lines: [(number: Int, bytes: ArraySlice<UInt8>)] {
            var start = 0
            return ends.enumerated().map { offset, end in
                defer { start = end + 1 }
                return (firstLine + offset, bytes[start..<end])
            }
        }
    }

    /// What the reader hands on: whole lines, or a line too long to hold.
    private enum Piece {
        case lines(LineBatch)
        case overLimit(number: Int, length: Int, prefix: [UInt8])
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

    private(set) var converted = 0
    private(set) var rejected = 0
    private(set) var bytesRead = 0
    /// How many sweeps the two-pass thread mode made before converting.
    private(set) var threadSweeps = 0
    private var pending: [PendingBatch] = []

    /// The lines written so far, to the output or the rejects.
    var linesRead: Int { converted + rejected }

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

    /// An output or rejects file that could not be written: the conversion stops there, writing nothing more.
    struct WriteFailure: Error, CustomStringConvertible {
        var failure: IOFailure
        var description: String { failure.description }
    }

    /// Reads the whole input and writes every line to the output or the rejects.
    ///
    /// - Throws: ``IOFailure`` when the input cannot be read, after writing every line read before the failure (a
    ///   line the failure cut short goes to the rejects); ``WriteFailure`` when an output cannot be written.
    mutating func run() throws {
        defer { progress?.finish() }
        do {
            try Self.read(path) { piece throws in
                switch piece {
                case .lines(let batch): try submit(batch)
                case .overLimit(let number, let length, let prefix): try submitOverLimit(number, length, prefix)
                }
            }
        } catch let failure as WriteFailure {
            throw failure
        } catch {
            while !pending.isEmpty { try writeOldest() }
            throw error
        }
        while !pending.isEmpty { try writeOldest() }
    }

    /// The first pass of the two-pass thread mode: sweeps the input, translating (and so recording in the thread
    /// store) each line whose conversation is not yet known, until a sweep resolves no more; the lines whose parent
    /// comes later in the file are resolved by a later sweep. Nothing is written.
    ///
    /// - Throws: ``IOFailure`` when the input cannot be read.
    mutating func resolveThreads() throws {
        var unresolved = LineSet()
        var sweepAll = true
        var before: Int
        repeat {
            before = sweepAll ? Int.max : unresolved.count
            threadSweeps += 1
            let translator = translator
            try Self.read(path) { [sweepAll] piece in
                guard case .lines(let batch) = piece else { return }
                var reader = CachingJSONReader()
                for line in batch.lines where sweepAll || unresolved.contains(line.number) {
                    if translator.recordsItsThread(line.bytes, reader: &reader) {
                        unresolved.remove(line.number)
                    } else {
                        unresolved.insert(line.number)
                    }
                }
            }
            sweepAll = false
        } while unresolved.count > 0 && unresolved.count < before
    }

    /// Reads `path` and hands on batches of whole lines and lines too long to hold, in order.
    private static func read(_ path: String, _ body: (Piece) throws -> Void) throws {
        var batch = LineBatch(firstLine: 1)
        var carried: [UInt8] = []
        var overLimit: (bytes: Int, prefix: [UInt8])?
        func handOn(_ batch: inout LineBatch) throws {
            guard !batch.bytes.isEmpty else { return }
            var full = batch
            full.complete()
            batch = LineBatch(firstLine: full.firstLine + full.ends.count)
            try body(.lines(full))
        }
        func handOnOverLimit(_ length: Int, _ prefix: [UInt8], _ batch: inout LineBatch) throws {
            try handOn(&batch)
            let number = batch.firstLine
            batch.firstLine += 1
            try body(.overLimit(number: number, length: length, prefix: prefix))
        }
        /// The end of the input, or a read failure: the line still open goes on as the last one.
        func handOnTheRest() throws {
            if let skipped = overLimit {
                try handOnOverLimit(skipped.bytes, skipped.prefix, &batch)
            } else if !carried.isEmpty {
                batch.bytes.append(contentsOf: carried)
                batch.endsWithoutNewline = true
            }
            try handOn(&batch)
        }
        func take(_ piece: ArraySlice<UInt8>) throws {
            var start = piece.startIndex
            if let skipped = overLimit {
                guard let newline = ByteSearch.first(UInt8(ascii: "\n"), in: piece) else {
                    overLimit = (skipped.bytes + piece.count, skipped.prefix)
                    return
                }
                try handOnOverLimit(skipped.bytes + (newline - start), skipped.prefix, &batch)
                overLimit = nil
                start = piece.index(after: newline)
            }
            if let newline = ByteSearch.first(UInt8(ascii: "\n"), in: piece[start...]),
                carried.count + (newline - start) > maxLineBytes
            {
                var prefix = Array(carried.prefix(rejectedPrefixBytes))
                prefix += piece[start..<newline].prefix(rejectedPrefixBytes - prefix.count)
                try handOnOverLimit(carried.count + (newline - start), prefix, &batch)
                carried = []
                start = piece.index(after: newline)
            }
            if let last = ByteSearch.last(UInt8(ascii: "\n"), in: piece[start...]) {
                batch.bytes.append(contentsOf: carried)
                carried.removeAll(keepingCapacity: true)
                batch.bytes.append(contentsOf: piece[start...last])
                start = piece.index(after: last)
            }
            carried.append(contentsOf: piece[start...])
            if carried.count > maxLineBytes {
                try handOn(&batch)
                overLimit = (carried.count, Array(carried.prefix(rejectedPrefixBytes)))
                carried = []
            } else if batch.bytes.count >= batchBytes {
                try handOn(&batch)
            }
        }
        do {
            try InputFile.forEachRead(path) { (piece) throws in try take(piece) }
        } catch let failure as IOFailure {
            try handOnTheRest()
            throw failure
        }
        try handOnTheRest()
    }

    /// Hands the batch to a worker (or translates it here with one job).
    private mutating func submit(_ batch: LineBatch) throws {
        if jobs == 1 {
            try write(Self.translate(batch, with: translator))
            return
        }
        let slot = PendingBatch()
        let translator = translator
        DispatchQueue.global().async {
            slot.result = Self.translate(batch, with: translator)
            slot.done.signal()
        }
        pending.append(slot)
        while pending.count >= jobs { try writeOldest() }
    }

    /// Rejects a line too long to hold, with its length and first bytes, in its place among the others.
    private mutating func submitOverLimit(_ number: Int, _ length: Int, _ prefix: [UInt8]) throws {
        var result = BatchResult(rejected: 1, inputBytes: length + 1)
        LogLineTranslator.writeReject(
            number: number, reason: "a line of \(length) bytes, over the limit of \(Self.maxLineBytes)",
            original: [
                "original_bytes": .number(JSONNumber(length)), "original_prefix_base64": .string(Base64.encode(prefix)),
            ], into: &result.rejects)
        guard jobs > 1 else { return try write(result) }
        let slot = PendingBatch()
        slot.result = result
        slot.done.signal()
        pending.append(slot)
    }

    private mutating func writeOldest() throws {
        let slot = pending.removeFirst()
        slot.done.wait()
        try write(slot.result)
    }

    private mutating func write(_ result: BatchResult) throws(WriteFailure) {
        do {
            if !result.output.isEmpty { try output.write(result.output) }
            if !result.rejects.isEmpty { try rejects.write(result.rejects) }
        } catch {
            throw WriteFailure(failure: error)
        }
        converted += result.converted
        rejected += result.rejected
        bytesRead += result.inputBytes
        progress?.advance(lines: result.converted + result.rejected, bytes: result.inputBytes)
    }

    /// Translates every line of a batch.
    private static func translate(_ batch: LineBatch, with translator: LogLineTranslator) -> BatchResult {
        var output: [UInt8] = []
        var rejects: [UInt8] = []
        output.reserveCapacity(batch.bytes.count + batch.bytes.count / 2)
        var converted = 0
        let lines = batch.lines
        var reader = CachingJSONReader()
        for line in lines
        where translator.translate(
            line.bytes, number: line.number, reader: &reader, output: &output, rejects: &rejects)
        {
            converted += 1
        }
        return BatchResult(
            output: output, rejects: rejects, converted: converted, rejected: lines.count - converted,
            inputBytes: batch.bytes.count)
    }
}

/// A set of line numbers as bits: a few bytes per thousand lines, however many the log has.
struct LineSet {
    private var words: [UInt64] = []
    private(set) var count = 0

    func contains(_ number: Int) -> Bool {
        let (word, bit) = number.quotientAndRemainder(dividingBy: 64)
        return word < words.count && words[word] & (1 << UInt64(bit)) != 0
    }

    mutating func insert(_ number: Int) {
        let (word, bit) = number.quotientAndRemainder(dividingBy: 64)
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
        if words[word] & (1 << UInt64(bit)) == 0 { count += 1 }
        words[word] |= 1 << UInt64(bit)
    }

    mutating func remove(_ number: Int) {
        guard contains(number) else { return }
        let (word, bit) = number.quotientAndRemainder(dividingBy: 64)
        words[word] &= ~(1 << UInt64(bit))
        count -= 1
    }
}

/// Finding newlines in read buffers: `memchr` (vectorised by the C library) forward, a plain loop backward.
enum ByteSearch {
    /// The index of the first `byte` in `bytes`.
    static func first(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return bytes.startIndex + (UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base)
        }
    }

    /// The index of the last `byte` in `bytes`.
    static func last(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = buffer.count - 1
            while index >= 0 {
                if buffer[index] == byte { return bytes.startIndex + index }
                index -= 1
            }
            return nil
        }
    }

    /// The offsets of every `byte` in `bytes`.
    static func offsets(of byte: UInt8, in bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            var offsets: [Int] = []
            guard let base = buffer.baseAddress else { return offsets }
            var position = 0
            while position < buffer.count, let found = memchr(base + position, Int32(byte), buffer.count - position) {
                let offset = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                offsets.append(offset)
                position = offset + 1
            }
            return offsets
        }
    }
}
