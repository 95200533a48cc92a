/// Writes a ``JSONValue`` as UTF-8 JSON text.
///
/// Output is compact by default: no whitespace, members in the object's order, numbers as their literal.
/// Strings are written as UTF-8 with exactly the escapes RFC 8259 requires — `\"`, `\\`, and bytes below 0x20
/// (as `\b \f \n \r \t`, else `\u00XX` in lowercase hex) — so text read from the wire is copied through in
/// bulk, not re-escaped. U+2028 and U+2029 are written raw unless ``Options/escapeLineSeparators`` is set
/// (for output that will be embedded in JavaScript source).
///
/// The output is assembled through a pointer in a 1 KiB stack buffer, which moves to the heap (doubling) up to
/// 16 KiB, so the value is walked once; a larger document is walked once more first, to estimate its size, and
/// written straight into an array of that size.
public struct JSONWriter: Sendable {
    /// Output choices.
    public struct Options: Sendable, Hashable {
        /// Whether U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are written as `\u2028`/`\u2029`.
        public var escapeLineSeparators: Bool
        /// Whether to write newlines and two-space indentation, with `": "` after keys.
        public var prettyPrinted: Bool

        /// Creates options; the defaults produce compact output.
        public init(escapeLineSeparators: Bool = false, prettyPrinted: Bool = false) {
            self.escapeLineSeparators = escapeLineSeparators
            self.prettyPrinted = prettyPrinted
        }
    }

    /// The output choices.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Returns `value` as JSON text.
    public func write(_ value: JSONValue) -> [UInt8] {
        let written: [UInt8]? = withSink { sink in
            emit(value, depth: 0, to: &sink)
            return sink.overflowed ? nil : Array(sink.bytes)
        }
        return written ?? writeLarge(value)
    }

    /// Appends `value` as JSON text to `output`.
    public func write(_ value: JSONValue, into output: inout [UInt8]) {
        let fitted = withSink { sink in
            emit(value, depth: 0, to: &sink)
            guard !sink.overflowed else { return false }
            output.append(contentsOf: sink.bytes)
            return true
        }
        if !fitted { output.append(contentsOf: writeLarge(value)) }
    }

    /// Calls `body` with a sink that starts in a stack buffer (most documents fit) and moves to the heap when it
    /// outgrows it, up to ``ByteSink/heapLimit``.
    private func withSink<Result>(_ body: (inout ByteSink) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ByteSink.stackCapacity) { buffer in
            var sink = ByteSink(startingIn: buffer, growingTo: ByteSink.heapLimit)
            defer { sink.release() }
            return body(&sink)
        }
    }

    /// A document larger than a sink may grow: its size estimated by a walk, then written once into an array of
    /// that size. (Temporary buffers that large come from fresh pages each time, which cost more than the walk.)
    private func writeLarge(_ value: JSONValue) -> [UInt8] {
        let estimate = estimatedSize(of: value, depth: 0)
        if let bytes = write(value, capacity: estimate + estimate / 8 + 64) { return bytes }
        // Escapes outgrew the estimate: every byte of a string becomes at most six (`\u00XX`), and nothing else
        // grows, so six times the estimate always fits.
        return write(value, capacity: estimate * 6 + 64) ?? []
    }

    /// The array filled in place, or `nil` when `capacity` was too small.
    private func write(_ value: JSONValue, capacity: Int) -> [UInt8]? {
        var fits = true
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var sink = ByteSink(startingIn: buffer, growingTo: 0)
            emit(value, depth: 0, to: &sink)
            fits = !sink.overflowed
            initialized = fits ? sink.count : 0
            sink.release()
        }
        return fits ? bytes : nil
    }

    private func emit(_ value: JSONValue, depth: Int, to sink: inout ByteSink) {
        switch value {
        case .null: sink.append("null")
        case .bool(let flag): sink.append(flag ? "true" : "false")
        case .number(let number): emitRaw(number.literal, to: &sink)
        case .string(let string): emitString(string, to: &sink)
        case .array(let elements):
            sink.append(.openBracket)
            for index in elements.indices {
                if sink.overflowed { return }
                if index > 0 { sink.append(.comma) }
                newline(depth: depth + 1, to: &sink)
                emit(elements[index], depth: depth + 1, to: &sink)
            }
            if !elements.isEmpty { newline(depth: depth, to: &sink) }
            sink.append(.closeBracket)
        case .object(let object):
            sink.append(.openBrace)
            let members = object.members
            for index in members.indices {
                if sink.overflowed { return }
                if index > 0 { sink.append(.comma) }
                newline(depth: depth + 1, to: &sink)
                emitString(members[index].key, to: &sink)
                sink.append(.colon)
                if options.prettyPrinted { sink.append(.space) }
                emit(members[index].value, depth: depth + 1, to: &sink)
            }
            if !object.isEmpty { newline(depth: depth, to: &sink) }
            sink.append(.closeBrace)
        case .raw(let raw):
            // The text is what the default options write; other options write its tree.
            guard options.prettyPrinted || options.escapeLineSeparators else {
                raw.bytes.withUnsafeBufferPointer { sink.append($0) }
                return
            }
            emit(raw.value, depth: depth, to: &sink)
        }
    }

    @inline(__always)
    private func newline(depth: Int, to sink: inout ByteSink) {
        guard options.prettyPrinted else { return }
        sink.append(.newline)
        sink.append(repeating: .space, count: depth * 2)
    }

    /// The output size of `value` assuming no string needs escapes: exact for most traffic, never too large.
    private func estimatedSize(of value: JSONValue, depth: Int) -> Int {
        let pretty = options.prettyPrinted
        switch value {
        case .null: return 4
        case .bool(let flag): return flag ? 4 : 5
        case .number(let number): return number.literal.utf8.count
        case .string(let string): return string.utf8.count + 2
        case .array(let elements):
            var size = 2 + max(elements.count - 1, 0)
            if pretty, !elements.isEmpty { size += elements.count * (1 + 2 * (depth + 1)) + 1 + 2 * depth }
            for index in elements.indices { size += estimatedSize(of: elements[index], depth: depth + 1) }
            return size
        case .object(let object):
            var size = 2 + max(object.count - 1, 0)
            if pretty, !object.isEmpty { size += object.count * (2 + 2 * (depth + 1)) + 1 + 2 * depth }
            let members = object.members
            for index in members.indices {
                size += members[index].key.utf8.count + 3 + estimatedSize(of: members[index].value, depth: depth + 1)
            }
            return size
        case .raw(let raw):
            guard options.prettyPrinted || options.escapeLineSeparators else { return raw.bytes.count }
            return estimatedSize(of: raw.value, depth: depth)
        }
    }

    private func emitRaw(_ text: String, to sink: inout ByteSink) {
        Self.withUTF8(of: text) { sink.append($0) }
    }

    private func emitString(_ string: String, to sink: inout ByteSink) {
        sink.append(.quote)
        Self.withUTF8(of: string) { emitEscaped($0, to: &sink) }
        sink.append(.quote)
    }

    /// Calls `body` with the string's UTF-8 bytes, in place when the string is contiguous (native strings are).
    static func withUTF8(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if string.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = string
            copy.withUTF8(body)
        }
    }

    /// Writes string bytes with the escapes RFC 8259 requires, copying unescaped runs in bulk.
    private func emitEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to sink: inout ByteSink) {
        Self.appendEscaped(bytes, escapingLineSeparators: options.escapeLineSeparators, to: &sink)
    }

    /// Appends string bytes to `sink` with the escapes RFC 8259 requires (and `\u2028`/`\u2029` when
    /// `escapingLineSeparators`), copying the runs between escapes in bulk; the next byte to escape is found a
    /// word at a time. The first `cleanUpTo` bytes are known to need no escape (a caller that already looked).
    static func appendEscaped(
        _ bytes: UnsafeBufferPointer<UInt8>, escapingLineSeparators escapesSeparators: Bool, cleanUpTo clean: Int = 0,
        to sink: inout some EscapedTextSink
    ) {
        let raw = UnsafeRawBufferPointer(bytes)
        var runStart = 0
        var index = clean
        while true {
            index =
                escapesSeparators
                ? SWAR.firstStopOrSeparatorLead(in: raw, from: index) : SWAR.firstStop(in: raw, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == 0xE2 {
                guard index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                else {
                    index += 1
                    continue
                }
                sink.appendBytes(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                sink.appendText(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 3
            } else {
                sink.appendBytes(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(for: byte, to: &sink)
                index += 1
            }
            runStart = index
        }
        sink.appendBytes(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    private static func appendEscape(for byte: UInt8, to sink: inout some EscapedTextSink) {
        switch byte {
        case .quote: sink.appendText("\\\"")
        case .backslash: sink.appendText("\\\\")
        case .newline: sink.appendText("\\n")
        case .carriageReturn: sink.appendText("\\r")
        case .tab: sink.appendText("\\t")
        case 0x08: sink.appendText("\\b")
        case 0x0C: sink.appendText("\\f")
        default:
            let hex: StaticString = "0123456789abcdef"
            sink.appendText("\\u00")
            sink.appendByte(hex.utf8Start[Int(byte >> 4)])
            sink.appendByte(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}

/// Where escaped string text goes: the writer's ``ByteSink`` or a growing byte array.
protocol EscapedTextSink {
    mutating func appendByte(_ byte: UInt8)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func appendText(_ text: StaticString)
}

extension ByteSink: EscapedTextSink {
    mutating func appendByte(_ byte: UInt8) { append(byte) }
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(bytes) }
    mutating func appendText(_ text: StaticString) { append(text) }
}

extension Array: EscapedTextSink where Element == UInt8 {
    mutating func appendByte(_ byte: UInt8) { append(byte) }
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    mutating func appendText(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

/// An output buffer written through a pointer. It starts in a buffer its owner lends and, each time it fills,
/// moves to a heap buffer twice as large (at least 4 KiB, and as large as the append needs) while that stays within
/// its limit; past the limit it writes nothing more and sets ``overflowed``, so that the owner can write the
/// document another way. The owner calls ``release()`` when done.
struct ByteSink {
    /// The size of the lent buffer the writer starts in: at most 1 KiB, which the standard library puts on the
    /// stack without asking whether the thread has room (a larger one goes to the heap on threads it cannot ask
    /// about, as a server's worker threads are).
    static let stackCapacity = 1024
    /// The largest heap buffer the writer's sink grows to: buffers up to this size are reused by the allocator
    /// from one document to the next, larger ones come from fresh pages.
    static let heapLimit = 1 << 14
    /// The smallest heap buffer the sink moves to.
    private static let firstHeapCapacity = 4096

    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private let limit: Int
    private var ownsBase = false
    private(set) var count = 0
    /// Whether an append found no room within the limit (and wrote nothing from then on).
    private(set) var overflowed = false

    /// A sink writing into `buffer` until it fills, then into heap buffers of at most `limit` bytes (none when
    /// `limit` is at most the buffer's size).
    init(startingIn buffer: UnsafeMutableBufferPointer<UInt8>, growingTo limit: Int) {
        self.limit = limit
        if let start = buffer.baseAddress {
            base = start
            capacity = buffer.count
        } else {
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
            capacity = 0
            ownsBase = true
        }
    }

    /// The bytes written so far, valid until the next append or ``release()``.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Frees the heap buffer, if the sink moved to one.
    func release() {
        if ownsBase { base.deallocate() }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity, !grow(toHold: 1) { return }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count > capacity - count, !grow(toHold: bytes.count) { return }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(repeating byte: UInt8, count repeats: Int) {
        if repeats > capacity - count, !grow(toHold: repeats) { return }
        (base + count).initialize(repeating: byte, count: repeats)
        count += repeats
    }

    /// Moves the bytes to a heap buffer with room for `extra` more; `false` (and ``overflowed`` set) when that
    /// would pass the limit.
    @inline(never)
    private mutating func grow(toHold extra: Int) -> Bool {
        let newCapacity = max(capacity * 2, count + extra, Self.firstHeapCapacity)
        guard !overflowed, newCapacity <= limit else {
            overflowed = true
            return false
        }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        release()
        base = newBase
        capacity = newCapacity
        ownsBase = true
        return true
    }
}
