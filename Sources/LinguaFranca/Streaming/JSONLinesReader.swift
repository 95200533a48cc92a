/// Reads JSON Lines (NDJSON) incrementally: one JSON document per line, blank lines ignored, CRLF tolerated, and
/// a last line without a newline accepted.
public struct JSONLinesReader: StreamTranscoder {
    private var reader: CachingJSONReader
    private var line: [UInt8] = []
    private var lineStart = 0
    private var lineNumber = 0
    private var consumed = 0
    /// Whether ``takePositions()`` is served; off unless a decoder that places its own errors asks, so that the
    /// list cannot grow unread.
    var recordsPositions = false
    /// Where each document produced since the last ``takePositions()`` started.
    private var positions: [TranslationError.StreamPosition] = []

    /// Creates a reader; each line is read with `reader`, whose document size limit also bounds a line.
    public init(reader: JSONReader = JSONReader()) {
        self.reader = CachingJSONReader(reader)
    }

    /// Consumes stream bytes, appending the document of every line they complete.
    ///
    /// - Throws: ``TranslationError`` wrapping the line's ``JSONError``, placed at the line's number and offset;
    ///   ``TranslationError/Code/limitExceeded`` for a line longer than the reader's document limit.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [JSONValue])
        throws(TranslationError)
    {
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: .newline) else {
                try carry(UnsafeBufferPointer(rebasing: bytes[index...]))
                break
            }
            if line.isEmpty {
                try readLine(UnsafeBufferPointer(rebasing: bytes[index..<newline]), into: &output)
            } else {
                try carry(UnsafeBufferPointer(rebasing: bytes[index..<newline]))
                try readCarriedLine(into: &output)
            }
            index = newline + 1
            lineStart = consumed + index
        }
        consumed += bytes.count
    }

    /// Ends the stream, reading a last line that has no newline.
    ///
    /// - Throws: ``TranslationError`` as ``feed(_:into:)`` does for that line.
    public mutating func finish(into output: inout [JSONValue]) throws(TranslationError) {
        if !line.isEmpty { try readCarriedLine(into: &output) }
    }

    private mutating func carry(_ bytes: UnsafeBufferPointer<UInt8>) throws(TranslationError) {
        guard line.count + bytes.count <= reader.reader.limits.maxDocumentBytes else {
            throw TranslationError(
                code: .limitExceeded,
                message: "a line is longer than the limit of \(reader.reader.limits.maxDocumentBytes) bytes"
            ).at(position)
        }
        line.append(contentsOf: bytes)
    }

    private mutating func readCarriedLine(into output: inout [JSONValue]) throws(TranslationError) {
        var carried: [UInt8] = []
        swap(&carried, &line)
        defer {
            carried.removeAll(keepingCapacity: true)
            line = carried
        }
        try carried.withUnsafeBufferPointer { (bytes) throws(TranslationError) in try readLine(bytes, into: &output) }
    }

    private mutating func readLine(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [JSONValue])
        throws(TranslationError)
    {
        defer { lineNumber += 1 }
        var end = bytes.count
        if end > 0, bytes[end - 1] == .carriageReturn { end -= 1 }
        let content = UnsafeBufferPointer(rebasing: bytes[..<end])
        guard content.contains(where: { !$0.isJSONWhitespace }) else { return }
        do {
            output.append(try reader.read(content))
            if recordsPositions { positions.append(position) }
        } catch {
            throw TranslationError(error).at(position)
        }
    }

    /// The positions of the documents produced since the last call, in order; the list starts empty again.
    mutating func takePositions() -> [TranslationError.StreamPosition] {
        defer { positions.removeAll(keepingCapacity: true) }
        return positions
    }

    private var position: TranslationError.StreamPosition {
        TranslationError.StreamPosition(index: lineNumber, byteOffset: lineStart, unit: "line")
    }
}

extension UInt8 {
    /// Space, tab, LF or CR: the bytes JSON allows between tokens.
    var isJSONWhitespace: Bool { self == .space || self == .tab || self == .newline || self == .carriageReturn }
}

/// A document of a line stream, with the place of its line (when the reader records positions).
struct PlacedDocument {
    var value: JSONValue
    var position: TranslationError.StreamPosition?
}

extension JSONLinesReader {
    /// The documents `bytes` complete, for a stream decoder: errors name `context`'s provider and direction.
    ///
    /// - Throws: the errors of ``feed(_:into:)``, attributed.
    mutating func documents(in bytes: UnsafeBufferPointer<UInt8>, for context: TranslationContext)
        throws(TranslationError) -> [PlacedDocument]
    {
        var values: [JSONValue] = []
        do {
            try feed(bytes, into: &values)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
        return placed(values)
    }

    /// The last document, if the stream ended without a line end, for a stream decoder.
    ///
    /// - Throws: the errors of ``finish(into:)``, attributed to `context`'s provider and direction.
    mutating func remainingDocuments(for context: TranslationContext) throws(TranslationError) -> [PlacedDocument] {
        var values: [JSONValue] = []
        do {
            try finish(into: &values)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
        return placed(values)
    }

    private mutating func placed(_ values: [JSONValue]) -> [PlacedDocument] {
        let positions = takePositions()
        return values.enumerated().map { index, value in
            PlacedDocument(value: value, position: index < positions.count ? positions[index] : nil)
        }
    }

    /// Runs `handle` on each document, an error it throws attributed to `context` and placed at the document's line.
    ///
    /// - Throws: what `handle` throws, attributed and placed.
    static func each(
        _ documents: [PlacedDocument], for context: TranslationContext,
        _ handle: (JSONValue) throws(TranslationError) -> Void
    ) throws(TranslationError) {
        for document in documents {
            do {
                try handle(document.value)
            } catch {
                let attributed = error.attributed(to: context.provider, context.direction)
                throw document.position.map { attributed.at($0) } ?? attributed
            }
        }
    }
}
