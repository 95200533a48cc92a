/// Compact JSON text written piece by piece into a byte array, for models that write themselves straight to
/// bytes instead of building a ``JSONValue`` tree first.
///
/// Strings are escaped exactly as ``JSONWriter`` escapes them, and trees are written by ``JSONWriter``, so the
/// bytes are the ones `JSONWriter().write(value.json)` gives (for objects whose keys are unique, as every object
/// the reader makes is). Objects remember where each member went
/// (``MemberSpan``) so that their members can be put in the remembered layout's order once all are written.
struct JSONOutput {
    /// Where one member of an open object was written: from the first byte of its key to the end of its value.
    struct MemberSpan {
        var key: MemberName
        var start: Int
        var end: Int
    }

    /// The name of a member written: a model's literal, or a string (an additional field's, a restored `null`'s).
    enum MemberName {
        case literal(StaticString)
        case string(String)

        /// Whether the name has exactly the UTF-8 bytes of `key`.
        @inline(__always)
        func matches(_ key: String) -> Bool {
            switch self {
            case .literal(let literal): key.hasSameUTF8(as: literal)
            case .string(let string): key.hasSameUTF8(as: string)
            }
        }
    }

    /// The text written so far, in storage this output alone writes to.
    private var storage: OutputStorage
    /// Whether U+2028 and U+2029 are escaped, as ``JSONWriter/Options/escapeLineSeparators`` says.
    let escapesLineSeparators: Bool
    /// The members written into the open objects, innermost last.
    private var spans: [MemberSpan] = []
    /// The layout of the innermost open object (outer ones wait in the ``OpenObject`` their writers hold).
    private var layout = MemberLayout()
    /// The additional fields of the innermost open object.
    private var additionalFields = JSONObject()
    /// The first span of the innermost open object.
    private var spanBase = 0
    /// How many of the innermost open object's remembered `null`s its named members restored.
    private var restoredNulls = 0
    /// Layouts whose objects were last written already in their order, with the literal keys written: an object
    /// written again with the same layout and the same keys needs no reordering, and no check (a stream's chunks
    /// repeat both).
    private var orderedLayouts = RecentValues<OrderedLayout>(capacity: 8)
    private var treeWriter: JSONWriter
    /// The largest storage kept from one document to the next.
    private static let keptCapacity = 1 << 22

    /// Creates an empty output.
    init(escapesLineSeparators: Bool = false) {
        storage = OutputStorage()
        spans.reserveCapacity(32)
        self.escapesLineSeparators = escapesLineSeparators
        treeWriter = JSONWriter(options: .init(escapeLineSeparators: escapesLineSeparators))
    }

    /// Starts a document: the text written before is dropped, and storage that some copy of this output still
    /// shares (or that a huge document grew) is replaced, so that no two outputs ever write to the same storage.
    /// Every document but a fresh output's first must start here; the writing methods do not check again.
    mutating func startDocument() {
        if isKnownUniquelyReferenced(&storage), storage.capacity <= Self.keptCapacity {
            storage.removeBytes(from: 0)
        } else {
            storage = OutputStorage()
        }
        spans.removeAll(keepingCapacity: true)
        spanBase = 0
        restoredNulls = 0
    }

    /// Appends the text written since ``startDocument()`` to `target`.
    func appendDocument(to target: inout [UInt8]) {
        if let written = storage.written { target.append(contentsOf: written) }
    }

    /// Appends a string, quoted and escaped.
    mutating func write(_ string: String) {
        JSONWriter.withUTF8(of: string) { writeQuoted($0) }
    }

    private mutating func writeQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        storage.append(.quote)
        if escapesLineSeparators {
            JSONWriter.appendEscaped(text, escapingLineSeparators: true, to: &storage)
        } else {
            // Most text has nothing to escape and is copied whole; else escaping goes on from the first stop.
            let firstStop = SWAR.firstStop(in: UnsafeRawBufferPointer(text), from: 0)
            if firstStop == text.count {
                storage.append(text)
            } else {
                JSONWriter.appendEscaped(text, escapingLineSeparators: false, cleanUpTo: firstStop, to: &storage)
            }
        }
        storage.append(.quote)
    }

    /// Appends an integer in decimal.
    mutating func write(_ value: Int) {
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(magnitude % 10) + .zero
                magnitude /= 10
                count += 1
            } while magnitude > 0
            if value < 0 { storage.append(.minus) }
            storage.append(UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends a number's literal.
    mutating func write(_ number: JSONNumber) {
        JSONWriter.withUTF8(of: number.literal) { storage.append($0) }
    }

    /// Appends `true` or `false`.
    mutating func write(_ flag: Bool) {
        storage.append(flag ? "true" : "false")
    }

    /// Appends `null`.
    mutating func writeNull() {
        storage.append("null")
    }

    /// Appends a tree.
    mutating func write(_ value: JSONValue) {
        // Through an array: writing the tree in place in the storage measured dearer (typical request +8%).
        treeWriter.write(value).withUnsafeBufferPointer { storage.append($0) }
    }

    /// Appends one byte of structure (a bracket, a comma, a colon).
    mutating func append(_ byte: UInt8) {
        storage.append(byte)
    }
}

extension JSONOutput: MemberSink {
    mutating func encode(_ key: StaticString, _ value: (some JSONField)?) {
        if let value {
            let start = beginMember(key)
            value.write(to: &self)
            endMember(.literal(key), from: start)
        } else if layout.wasNull(key), additionalFields.isEmpty || additionalFields.index(forKey: key.string) == nil {
            let start = beginMember(key)
            writeNull()
            endMember(.literal(key), from: start)
            restoredNulls += 1
        }
    }

    mutating func encodeNullable(_ key: StaticString, _ value: (some JSONField)?) {
        guard value == nil else { return encode(key, value) }
        let start = beginMember(key)
        writeNull()
        endMember(.literal(key), from: start)
        if layout.wasNull(key) { restoredNulls += 1 }
    }

    /// A layout whose object was written in its order, and the literal keys written.
    private struct OrderedLayout {
        let layout: MemberLayout
        let keys: [StaticString]
    }

    /// What ``openObject(layout:additionalFields:)`` saved of the enclosing object, for ``closeObject(_:)``.
    struct OpenObject {
        fileprivate let bodyStart: Int
        fileprivate let outerLayout: MemberLayout
        fileprivate let outerAdditionalFields: JSONObject
        fileprivate let outerSpanBase: Int
        fileprivate let outerRestoredNulls: Int
    }

    /// Starts an object whose named members the caller then encodes in canonical order, before
    /// ``closeObject(_:)`` writes `additionalFields` (those a named member does not shadow) and arranges all of
    /// them by `layout`, as ``MemberLayout/arrange(_:)`` arranges a tree. A member the layout remembers as `null`
    /// is restored where the encoder reaches it (in canonical order, which is usually the document's, so nothing
    /// needs moving), or at the end when it has no named member. A model writes itself between the two calls
    /// rather than in a closure, which would capture (copy) the model.
    mutating func openObject(layout: MemberLayout, additionalFields: JSONObject) -> OpenObject {
        append(.openBrace)
        let open = OpenObject(
            bodyStart: storage.count, outerLayout: self.layout, outerAdditionalFields: self.additionalFields,
            outerSpanBase: spanBase, outerRestoredNulls: restoredNulls)
        self.layout = layout
        restoredNulls = 0
        self.additionalFields = additionalFields
        spanBase = spans.count
        return open
    }

    /// Ends the object ``openObject(layout:additionalFields:)`` started (whose layout and first span are the
    /// innermost again, the objects opened inside it being closed).
    mutating func closeObject(_ open: OpenObject) {
        let (layout, spanBase) = (self.layout, self.spanBase)
        for member in additionalFields where !isWritten(member.key) {
            let start = beginMember(member.key)
            write(member.value)
            endMember(.string(member.key), from: start)
        }
        // Each named member restores a different remembered null, so when they restored as many as there are,
        // none is left to look for.
        if layout.nullCount > restoredNulls {
            for key in layout.unwrittenNullKeys(spans[spanBase...]) {
                let start = beginMember(key)
                writeNull()
                endMember(.string(key), from: start)
            }
        }
        (self.layout, additionalFields, self.spanBase, restoredNulls) = (
            open.outerLayout, open.outerAdditionalFields, open.outerSpanBase, open.outerRestoredNulls
        )
        if layout.remembers, !isKnownInOrder(layout, spanBase: spanBase) {
            if let order = layout.arrangement(of: spans[spanBase...]) {
                reorderMembers(spanBase: spanBase, bodyStart: open.bodyStart, order: order)
            } else {
                rememberInOrder(layout, spanBase: spanBase)
            }
        }
        while spans.count > spanBase { spans.removeLast() }
        append(.closeBrace)
    }

    /// Whether the members written from `spanBase` have the literal keys of an object last written with `layout`
    /// and found in its order.
    private func isKnownInOrder(_ layout: MemberLayout, spanBase: Int) -> Bool {
        let count = spans.count - spanBase
        for known in orderedLayouts.elements where known.keys.count == count && known.layout.isSame(as: layout) {
            var offset = 0
            while offset < count, Self.isLiteral(spans[spanBase + offset].key, known.keys[offset]) { offset += 1 }
            if offset == count { return true }
        }
        return false
    }

    /// Remembers that the members written from `spanBase`, all named by literals, are in `layout`'s order.
    private mutating func rememberInOrder(_ layout: MemberLayout, spanBase: Int) {
        var keys: [StaticString] = []
        keys.reserveCapacity(spans.count - spanBase)
        for span in spans[spanBase...] {
            guard case .literal(let literal) = span.key, literal.hasPointerRepresentation else { return }
            keys.append(literal)
        }
        orderedLayouts.insert(OrderedLayout(layout: layout, keys: keys))
    }

    /// Whether `name` is the literal `key` itself (the same bytes in the program, so the same name).
    @inline(__always)
    private static func isLiteral(_ name: MemberName, _ key: StaticString) -> Bool {
        guard case .literal(let literal) = name, literal.hasPointerRepresentation else { return false }
        return literal.utf8Start == key.utf8Start && literal.utf8CodeUnitCount == key.utf8CodeUnitCount
    }

    /// Whether the innermost open object already has a member named `key`.
    private func isWritten(_ key: String) -> Bool {
        spans[spanBase...].contains { $0.key.matches(key) }
    }

    /// Writes the separator and the literal key of a named member; returns where the member starts.
    @inline(__always)
    private mutating func beginMember(_ key: StaticString) -> Int {
        if spans.count > spanBase { append(.comma) }
        let start = storage.count
        storage.appendKey(key)
        return start
    }

    /// Writes the separator and the key of an additional or restored member; returns where the member starts.
    private mutating func beginMember(_ key: String) -> Int {
        if spans.count > spanBase { append(.comma) }
        let start = storage.count
        write(key)
        append(.colon)
        return start
    }

    private mutating func endMember(_ key: MemberName, from start: Int) {
        spans.append(MemberSpan(key: key, start: start, end: storage.count))
    }

    /// Rewrites the members of the object being written (from `bodyStart`) in `order`.
    private mutating func reorderMembers(spanBase: Int, bodyStart: Int, order: [Int]) {
        guard let written = storage.written else { return }
        let body = Array(written[bodyStart...])
        storage.removeBytes(from: bodyStart)
        body.withUnsafeBufferPointer { body in
            for (position, offset) in order.enumerated() {
                if position > 0 { storage.append(.comma) }
                let span = spans[spanBase + offset]
                storage.append(UnsafeBufferPointer(rebasing: body[(span.start - bodyStart)..<(span.end - bodyStart)]))
            }
        }
    }
}

/// The bytes a ``JSONOutput`` writes: storage it grows by doubling, so that an append is a capacity check and a
/// copy, without the uniqueness and growth checks `Array` makes on every call. Only the output that holds the sole
/// reference writes to it (``JSONOutput/startDocument()`` replaces a shared one), which is what makes it safe to
/// send.
final class OutputStorage: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Drops the bytes from `offset` on.
    func removeBytes(from offset: Int) {
        count = min(count, max(0, offset))
    }

    deinit { base.deallocate() }

    /// The bytes written, `nil` when there are none.
    var written: UnsafeBufferPointer<UInt8>? {
        count > 0 ? UnsafeBufferPointer(start: base, count: count) : nil
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count > capacity - count { grow(toHold: count + bytes.count) }
        Self.copy(UnsafeRawPointer(source), count: bytes.count, to: UnsafeMutableRawPointer(base + count))
        count += bytes.count
    }

    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `"key":` (the key written as it is: a model's literal name, which needs no escape), with one
    /// capacity check.
    @inline(__always)
    func appendKey(_ key: StaticString) {
        let length = key.utf8CodeUnitCount
        if length + 3 > capacity - count { grow(toHold: count + length + 3) }
        base[count] = .quote
        Self.copy(UnsafeRawPointer(key.utf8Start), count: length, to: UnsafeMutableRawPointer(base + count + 1))
        base[count + length + 1] = .quote
        base[count + length + 2] = .colon
        count += length + 3
    }

    /// Copies `length` bytes: a short run as two overlapping loads and stores of the widest integer that fits
    /// (cheaper than a call to the C library's `memcpy`, and than a loop), a long one with `memcpy`.
    @inline(__always)
    private static func copy(_ source: UnsafeRawPointer, count length: Int, to target: UnsafeMutableRawPointer) {
        if length >= 8, length <= 16 {
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            target.storeBytes(
                of: source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self), toByteOffset: length - 8,
                as: UInt64.self)
        } else if length >= 4, length < 8 {
            target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            target.storeBytes(
                of: source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self), toByteOffset: length - 4,
                as: UInt32.self)
        } else if length >= 2, length < 4 {
            target.storeBytes(of: source.loadUnaligned(as: UInt16.self), as: UInt16.self)
            target.storeBytes(
                of: source.loadUnaligned(fromByteOffset: length - 2, as: UInt16.self), toByteOffset: length - 2,
                as: UInt16.self)
        } else if length == 1 {
            target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
        } else if length > 16 {
            target.copyMemory(from: source, byteCount: length)
        }
    }

    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}

extension OutputStorage: EscapedTextSink {
    func appendByte(_ byte: UInt8) { append(byte) }
    func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(bytes) }
    func appendText(_ text: StaticString) { append(text) }
}
