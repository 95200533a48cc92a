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
        var key: String
        var start: Int
        var end: Int
    }

    /// The text written so far.
    var bytes: [UInt8]
    /// Whether U+2028 and U+2029 are escaped, as ``JSONWriter/Options/escapeLineSeparators`` says.
    let escapesLineSeparators: Bool
    /// The members written into the open objects, innermost last.
    private var spans: [MemberSpan] = []
    /// The layout of the innermost open object (outer ones wait on the stack of ``writeObject``).
    private var layout = MemberLayout()
    /// The additional fields of the innermost open object.
    private var additionalFields = JSONObject()
    /// The first span of the innermost open object.
    private var spanBase = 0
    private var treeWriter: JSONWriter

    /// Creates an empty output.
    init(escapesLineSeparators: Bool = false) {
        bytes = []
        spans.reserveCapacity(32)
        self.escapesLineSeparators = escapesLineSeparators
        treeWriter = JSONWriter(options: .init(escapeLineSeparators: escapesLineSeparators))
    }

    /// Appends a string, quoted and escaped.
    mutating func write(_ string: String) {
        JSONWriter.withUTF8(of: string) { writeQuoted($0) }
    }

    private mutating func writeQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(.quote)
        if !escapesLineSeparators, !JSONWriter.needsEscapes(text) {
            bytes.append(contentsOf: text)
        } else {
            JSONWriter.appendEscaped(text, escapingLineSeparators: escapesLineSeparators, to: &bytes)
        }
        bytes.append(.quote)
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
            if value < 0 { bytes.append(.minus) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends a number's literal.
    mutating func write(_ number: JSONNumber) {
        bytes.append(contentsOf: number.literal.utf8)
    }

    /// Appends `true` or `false`.
    mutating func write(_ flag: Bool) {
        bytes.append(contentsOf: flag ? "true".utf8 : "false".utf8)
    }

    /// Appends `null`.
    mutating func writeNull() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Appends a tree.
    mutating func write(_ value: JSONValue) {
        treeWriter.write(value, into: &bytes)
    }

    /// Appends one byte of structure (a bracket, a comma, a colon).
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }
}

extension JSONOutput: MemberSink {
    mutating func encode(_ key: String, _ value: (some JSONField)?) {
        if let value {
            let start = beginMember(key)
            value.write(to: &self)
            endMember(key, from: start)
        } else if layout.wasNull(key), additionalFields.index(forKey: key) == nil {
            writeNullMember(key)
        }
    }

    /// Writes `"key":null`, restoring a member the layout remembers as `null` where the encoder reaches it (in
    /// canonical order, which is usually the document's, so nothing needs moving).
    private mutating func writeNullMember(_ key: String) {
        let start = beginMember(key)
        writeNull()
        endMember(key, from: start)
    }

    /// Writes an object whose named members `body` writes in canonical order, then `additionalFields` (those a
    /// named member does not shadow), all arranged by `layout` as ``MemberLayout/arrange(_:)`` arranges a tree.
    mutating func writeObject(
        layout: MemberLayout, additionalFields: JSONObject, _ body: (inout JSONOutput) -> Void
    ) {
        append(.openBrace)
        let bodyStart = bytes.count
        let spanBase = spans.count
        let outer = (layout: self.layout, additionalFields: self.additionalFields, spanBase: self.spanBase)
        self.layout = layout
        self.additionalFields = additionalFields
        self.spanBase = spanBase
        body(&self)
        for member in additionalFields where !isWritten(member.key) {
            let start = beginMember(member.key)
            write(member.value)
            endMember(member.key, from: start)
        }
        if layout.hasNulls {
            for key in layout.nullKeys where !isWritten(key) { writeNullMember(key) }
        }
        (self.layout, self.additionalFields, self.spanBase) = outer
        if let order = layout.arrangement(of: spans[spanBase...]) {
            reorderMembers(spanBase: spanBase, bodyStart: bodyStart, order: order)
        }
        while spans.count > spanBase { spans.removeLast() }
        append(.closeBrace)
    }

    /// Whether the innermost open object already has a member named `key`.
    private func isWritten(_ key: String) -> Bool {
        spans[spanBase...].contains { $0.key.hasSameUTF8(as: key) }
    }

    /// Writes the separator and key of a member; returns where the member starts.
    private mutating func beginMember(_ key: String) -> Int {
        let separated = spans.count > spanBase
        let start = bytes.count + (separated ? 1 : 0)
        JSONWriter.withUTF8(of: key) { appendKey($0, separated: separated) }
        return start
    }

    /// Appends `,"key":` (without the comma for an object's first member): in one piece for the short keys that
    /// need no escapes, as nearly every key is, and through ``writeQuoted(_:)`` otherwise.
    private mutating func appendKey(_ key: UnsafeBufferPointer<UInt8>, separated: Bool) {
        guard key.count <= Self.longestKeyInOnePiece, !escapesLineSeparators, !JSONWriter.needsEscapes(key) else {
            if separated { append(.comma) }
            writeQuoted(key)
            append(.colon)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestKeyInOnePiece + 4) { piece in
            var count = 0
            if separated {
                piece[count] = .comma
                count += 1
            }
            piece[count] = .quote
            count += 1
            for byte in key {
                piece[count] = byte
                count += 1
            }
            piece[count] = .quote
            piece[count + 1] = .colon
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[..<(count + 2)]))
        }
    }

    private static let longestKeyInOnePiece = 60

    private mutating func endMember(_ key: String, from start: Int) {
        spans.append(MemberSpan(key: key, start: start, end: bytes.count))
    }

    /// Rewrites the members of the object being written (from `bodyStart`) in `order`.
    private mutating func reorderMembers(spanBase: Int, bodyStart: Int, order: [Int]) {
        var body: [UInt8] = []
        body.reserveCapacity(bytes.count - bodyStart)
        for (position, offset) in order.enumerated() {
            if position > 0 { body.append(.comma) }
            let span = spans[spanBase + offset]
            body.append(contentsOf: bytes[span.start..<span.end])
        }
        bytes.replaceSubrange(bodyStart..., with: body)
    }
}
