/// Splits a byte stream into Server-Sent Events, incrementally, following the WHATWG event stream format.
///
/// Handles `data`, `event`, `id` and `retry` fields, comment lines, `data:` lines joined with `\n`, LF, CRLF and
/// CR line endings (a CR at the end of one chunk and an LF at the start of the next are one line end), and a
/// leading UTF-8 byte order mark, which may itself arrive split. Lines and events are bounded by ``Limits``.
public struct ServerSentEventParser: StreamTranscoder {
    /// Bounds on what one line or one event may hold, so that a broken or hostile stream costs bounded memory.
    public struct Limits: Sendable, Hashable {
        /// The longest line accepted, in bytes.
        public var maxLineBytes: Int
        /// The most data one event may carry, in bytes.
        public var maxEventBytes: Int

        /// Creates limits: by default 8 MiB lines and 16 MiB events, room for base64 media in a stream.
        public init(maxLineBytes: Int = 8 << 20, maxEventBytes: Int = 16 << 20) {
            self.maxLineBytes = maxLineBytes
            self.maxEventBytes = maxEventBytes
        }
    }

    /// What ``finish(into:)`` does with an event that the stream did not end with a blank line.
    public enum IncompleteEvent: Sendable, Hashable {
        /// Dispatch it, as if the stream had ended with a blank line (nothing is lost).
        case dispatch
        /// Drop it silently, as the WHATWG standard prescribes for browsers.
        case discard
        /// Throw ``TranslationError/Code/truncatedStream``.
        case reject
    }

    /// The bounds enforced.
    public let limits: Limits
    /// The end-of-stream rule.
    public let incompleteEvent: IncompleteEvent

    private var line: [UInt8] = []
    private var lineStart = 0
    private var data: [UInt8] = []
    private var type: [UInt8]?
    private var lastEventID: String?
    private var retry: Int?
    private var eventStart: Int?
    private var eventCount = 0
    private var consumed = 0
    private var afterCarriageReturn = false
    private var byteOrderMarkMatched = 0
    private var pending: [RawServerSentEvent] = []

    /// Creates a parser at the start of a stream.
    public init(limits: Limits = .init(), incompleteEvent: IncompleteEvent = .dispatch) {
        self.limits = limits
        self.incompleteEvent = incompleteEvent
    }

    /// Consumes stream bytes, appending every event they complete.
    ///
    /// - Throws: ``TranslationError/Code/limitExceeded`` when a line or an event exceeds ``limits``.
    public mutating func feed(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [ServerSentEvent]
    ) throws(TranslationError) {
        var events = takePending()
        defer { pending = events }
        try parse(bytes, into: &events)
        output.append(contentsOf: events.lazy.map(\.event))
    }

    /// Ends the stream, handling an event not ended by a blank line as ``incompleteEvent`` says.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` for an incomplete event under ``IncompleteEvent/reject``.
    public mutating func finish(into output: inout [ServerSentEvent]) throws(TranslationError) {
        var events = takePending()
        defer { pending = events }
        try finish(into: &events)
        output.append(contentsOf: events.lazy.map(\.event))
    }

    private mutating func takePending() -> [RawServerSentEvent] {
        var events = pending
        pending = []
        events.removeAll(keepingCapacity: true)
        return events
    }

    // MARK: - Raw events, for the decoders built on this parser

    /// Consumes stream bytes, appending raw events (bytes and positions) for every event they complete.
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, into events: inout [RawServerSentEvent])
        throws(TranslationError)
    {
        var index = 0
        if byteOrderMarkMatched >= 0 {
            while byteOrderMarkMatched >= 0, index < bytes.count {
                if bytes[index] == UTF8Validation.byteOrderMark[byteOrderMarkMatched] {
                    byteOrderMarkMatched += 1
                    index += 1
                    if byteOrderMarkMatched == 3 {
                        byteOrderMarkMatched = -1
                        lineStart = consumed + index
                    }
                } else {
                    line.append(contentsOf: UTF8Validation.byteOrderMark[0..<byteOrderMarkMatched])
                    byteOrderMarkMatched = -1
                }
            }
        }
        while index < bytes.count {
            if afterCarriageReturn {
                afterCarriageReturn = false
                if bytes[index] == .newline {
                    index += 1
                    lineStart = consumed + index
                    continue
                }
            }
            guard let end = Self.lineEnd(in: bytes, from: index) else {
                try appendToLine(UnsafeBufferPointer(rebasing: bytes[index...]))
                break
            }
            if line.isEmpty {
                try processLine(UnsafeBufferPointer(rebasing: bytes[index..<end]), into: &events)
            } else {
                try appendToLine(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                try processCarriedLine(into: &events)
            }
            if bytes[end] == .carriageReturn {
                if end + 1 < bytes.count {
                    index = bytes[end + 1] == .newline ? end + 2 : end + 1
                } else {
                    afterCarriageReturn = true
                    index = end + 1
                }
            } else {
                index = end + 1
            }
            lineStart = consumed + index
        }
        consumed += bytes.count
    }

    /// Ends the stream, appending the raw event that an unterminated last line or event completes.
    mutating func finish(into events: inout [RawServerSentEvent]) throws(TranslationError) {
        if byteOrderMarkMatched > 0 {
            line.append(contentsOf: UTF8Validation.byteOrderMark[0..<byteOrderMarkMatched])
        }
        byteOrderMarkMatched = -1
        let hasLine = !line.isEmpty
        let hasEvent = !data.isEmpty || eventStart != nil
        guard hasLine || hasEvent else { return }
        switch incompleteEvent {
        case .discard:
            line.removeAll()
            resetEvent()
        case .reject:
            throw TranslationError(
                code: .truncatedStream, message: "the stream ended inside an event (no blank line after it)"
            ).at(position(eventStart ?? lineStart))
        case .dispatch:
            if hasLine { try processCarriedLine(into: &events) }
            dispatch(into: &events)
        }
    }

    // MARK: - Lines

    /// Where the first LF or CR at or after `start` is. Eight bytes at a time, the test flags the bytes below 0x0E
    /// (LF and CR among them; the lowest flagged byte is exact), then looks at the first flagged one.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let lowBytes = (word &- SWAR.ones &* 0x0E) & ~word & SWAR.highBits
            guard lowBytes != 0 else {
                index += 8
                continue
            }
            index += lowBytes.trailingZeroBitCount / 8
            if bytes[index] == .newline || bytes[index] == .carriageReturn { return index }
            index += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .newline || byte == .carriageReturn { return index }
            index += 1
        }
        return nil
    }

    private mutating func appendToLine(_ bytes: UnsafeBufferPointer<UInt8>) throws(TranslationError) {
        guard line.count + bytes.count <= limits.maxLineBytes else {
            throw lineTooLong()
        }
        line.append(contentsOf: bytes)
    }

    private func lineTooLong() -> TranslationError {
        TranslationError(
            code: .limitExceeded, message: "a line is longer than the limit of \(limits.maxLineBytes) bytes"
        )
        .at(position(lineStart))
    }

    private mutating func processCarriedLine(into events: inout [RawServerSentEvent]) throws(TranslationError) {
        var carried: [UInt8] = []
        swap(&carried, &line)
        defer {
            carried.removeAll(keepingCapacity: true)
            line = carried
        }
        try carried.withUnsafeBufferPointer { (bytes) throws(TranslationError) in
            try processLine(bytes, into: &events)
        }
    }

    private mutating func processLine(
        _ bytes: UnsafeBufferPointer<UInt8>, into events: inout [RawServerSentEvent]
    ) throws(TranslationError) {
        guard bytes.count <= limits.maxLineBytes else {
            throw lineTooLong()
        }
        guard let first = bytes.first else {
            dispatch(into: &events)
            return
        }
        if first == .colon { return }
        let colon = bytes.firstIndex(of: .colon)
        let name = UnsafeBufferPointer(rebasing: bytes[..<(colon ?? bytes.count)])
        var valueStart = colon.map { $0 + 1 } ?? bytes.count
        if valueStart < bytes.count, bytes[valueStart] == .space { valueStart += 1 }
        let value = UnsafeBufferPointer(rebasing: bytes[valueStart...])
        if eventStart == nil { eventStart = lineStart }
        switch FieldName(name) {
        case .data:
            guard data.count + value.count + 1 <= limits.maxEventBytes else {
                throw TranslationError(
                    code: .limitExceeded, message: "an event is larger than the limit of \(limits.maxEventBytes) bytes"
                ).at(position(eventStart ?? lineStart))
            }
            data.append(contentsOf: value)
            data.append(.newline)
        case .event:
            type = Array(value)
        case .id:
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case .retry:
            if !value.isEmpty, value.allSatisfy(\.isDigit), value.count <= 18 {
                retry = Int(String(decoding: value, as: UTF8.self))
            }
        case .other:
            break
        }
    }

    private mutating func dispatch(into events: inout [RawServerSentEvent]) {
        defer { resetEvent() }
        guard !data.isEmpty else { return }
        data.removeLast()
        // An exact-size copy: the buffer stays unshared, so the next event reuses its capacity.
        let eventData = data.withUnsafeBufferPointer { Array($0) }
        events.append(
            RawServerSentEvent(
                type: type, data: eventData, id: lastEventID, retry: retry,
                position: position(eventStart ?? lineStart, index: eventCount)))
        eventCount += 1
    }

    private mutating func resetEvent() {
        data.removeAll(keepingCapacity: true)
        type = nil
        retry = nil
        eventStart = nil
    }

    private func position(_ offset: Int, index: Int? = nil) -> TranslationError.StreamPosition {
        TranslationError.StreamPosition(index: index ?? eventCount, byteOffset: offset, unit: "event")
    }

    private enum FieldName {
        case data, event, id, retry, other

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            switch bytes.count {
            case 2 where Self.bytes(bytes, spell: "id"): self = .id
            case 4 where Self.bytes(bytes, spell: "data"): self = .data
            case 5 where Self.bytes(bytes, spell: "event"): self = .event
            case 5 where Self.bytes(bytes, spell: "retry"): self = .retry
            default: self = .other
            }
        }

        @inline(__always)
        private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, spell name: StaticString) -> Bool {
            bytes.baseAddress.map { SWAR.bytes(UnsafeRawPointer($0), count: bytes.count, spell: name) } ?? false
        }
    }
}
