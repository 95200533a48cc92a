/// A pull reader over one JSON document, for decoders that build typed values straight from the bytes instead
/// of through a ``JSONValue`` tree.
///
/// It reads the happy path only. Anything it does not accept — a syntax error, a limit, a repeated key, a value
/// of the wrong type — ends the scan with ``Stop``, and the caller reads the document with ``JSONReader`` to
/// get the exact error (or, for a repeated key, the answer ``JSONReader`` gives). So a scan either yields what
/// reading the tree would have yielded or yields nothing: it changes what decoding costs, never what it means.
/// (A member read with ``readPassingThrough()`` may come back as ``JSONValue/raw(_:)``: equal to the tree, but a
/// `switch` on it must go through ``JSONValue/resolved``.)
struct JSONScanner {
    /// The scan gave up; read the document as a tree to learn why.
    struct Stop: Error {}

    /// One member of an object being read: where its key's bytes are in the document, and whether its value was
    /// `null`.
    struct Member {
        /// The offset of the key's first byte (after the quote).
        var keyStart: Int
        /// The key's length in bytes; it holds no escape and is well-formed UTF-8.
        var keyCount: Int
        /// Whether every byte of the key is ASCII.
        var keyIsASCII: Bool
        var wasNull = false
    }

    /// A scanner parked between documents, so that a stream's chunks reuse it (its parser's caches and stacks,
    /// its own stacks and layout cache) instead of setting one up and tearing it down for each.
    struct Workspace {
        fileprivate var scanner: JSONScanner

        /// A fresh workspace; `cachingStrings` for one that will scan many documents (a stream's chunks),
        /// where keys and values repeat — a single document does not repay the caches' setup.
        init(cachingStrings: Bool) {
            scanner = JSONScanner(parser: JSONParser(holding: JSONParser.Storage(cachingStrings: cachingStrings)))
        }
    }

    /// An open container.
    fileprivate struct Frame {
        /// Whether it is an object (else an array).
        var isObject: Bool
        /// Whether no item has been read yet (so no comma comes first).
        var isFirst = true
        /// Where its members begin on the members stack.
        var memberBase: Int
        /// Where its kept members begin on the kept stack.
        var keptBase: Int
    }

    /// Objects with more members than this stop the scan, which checks keys for repeats linearly.
    private static let membersLimit = 64

    private var parser: JSONParser
    private var frames: [Frame] = []
    private var members: [Member] = []
    private var kept: [JSONObject.Member] = []
    private var layouts = ScannedLayoutCache()
    /// Where the members and kept members of the container closed last begin on their stacks: what
    /// ``takeClosedObject(_:)`` hands over, so it is valid only right after ``readKey()`` returned `nil`.
    private var closedMemberBase = 0
    private var closedKeptBase = 0
    /// A top-level key that stops the scan.
    private var refusedKey: StaticString?

    private init(parser: JSONParser) {
        self.parser = parser
    }

    /// Points the parked scanner at a new document: what a scan that stopped left on its stacks is dropped.
    private mutating func restart(
        input: UnsafeBufferPointer<UInt8>, reader: JSONReader, refusing refusedKey: StaticString?
    ) {
        parser.restart(input: input, limits: reader.limits, options: reader.options)
        if !frames.isEmpty { frames.removeAll(keepingCapacity: true) }
        if !members.isEmpty { members.removeAll(keepingCapacity: true) }
        if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
        closedMemberBase = 0
        closedKeptBase = 0
        self.refusedKey = refusedKey
    }

    /// Lets go of the document, so that a parked scanner points at no memory.
    private mutating func park() {
        parser.restart(input: UnsafeBufferPointer(start: nil, count: 0), limits: parser.limits, options: .init())
    }

    /// Scans the document that fills `buffer` with `body`, which must read exactly one value; `nil` when the
    /// scan stops anywhere (including trailing content), in which case the caller reads the tree instead.
    ///
    /// A top-level member named `refusedKey` stops the scan too, for callers whose tree path looks at that member
    /// before decoding (an error object in a stream).
    static func scan<Value>(
        _ buffer: UnsafeBufferPointer<UInt8>, reader: JSONReader, workspace: inout Workspace,
        refusing refusedKey: StaticString? = nil, _ body: (inout JSONScanner) throws(Stop) -> Value
    ) -> Value? {
        workspace.scanner.restart(input: buffer, reader: reader, refusing: refusedKey)
        defer { workspace.scanner.park() }
        do {
            try workspace.scanner.parser.startDocument()
            let value = try body(&workspace.scanner)
            try workspace.scanner.parser.endDocument()
            return value
        } catch {
            return nil
        }
    }

    // MARK: - Containers

    /// Steps into an object.
    mutating func enterObject() throws(Stop) {
        try expect(.openBrace)
        try push(isObject: true)
    }

    /// The next member's key, with the scanner placed at its value; `nil` after the object's last member, with
    /// the object closed. The key's bytes are the document's, valid while the scan lasts. A key repeated in one
    /// object, or one with an escape, stops the scan (the tree reader resolves it).
    mutating func readKey() throws(Stop) -> MemberKey? {
        guard try advance(closingWith: .closeBrace) else { return nil }
        guard byte() == .quote else { throw Stop() }
        let member = try readKeyBytes()
        let key = MemberKey(bytes: keyBytes(of: member))
        if frames.count == 1, let refusedKey, refusedKey ~= key { throw Stop() }
        let base = frames[frames.count - 1].memberBase
        guard members.count - base < Self.membersLimit else { throw Stop() }
        var index = base
        while index < members.count {
            if haveSameKey(members[index], member) { throw Stop() }
            index += 1
        }
        members.append(member)
        parser.skipWhitespace()
        try expect(.colon)
        parser.skipWhitespace()
        return key
    }

    /// Reads the key at the opening quote here, leaving the parser after its closing quote. A key with an escape
    /// or a control byte, ill-formed UTF-8, or longer than the string limit stops the scan.
    @inline(__always)
    private mutating func readKeyBytes() throws(Stop) -> Member {
        let input = parser.input
        let start = parser.position + 1
        let (end, seenBits) = SWAR.contentStop(in: UnsafeRawBufferPointer(input), from: start)
        guard end < input.count, input[end] == .quote, end - start <= parser.limits.maxStringBytes else {
            throw Stop()
        }
        let isASCII = seenBits & SWAR.highBits == 0
        guard isASCII || UTF8Validation.isWellFormed(UnsafeBufferPointer(rebasing: input[start..<end])) else {
            throw Stop()
        }
        parser.position = end + 1
        return Member(keyStart: start, keyCount: end - start, keyIsASCII: isASCII)
    }

    /// Whether two members' keys have the same bytes.
    @inline(__always)
    private func haveSameKey(_ first: Member, _ second: Member) -> Bool {
        guard first.keyCount == second.keyCount else { return false }
        guard let base = UnsafeRawPointer(parser.input.baseAddress) else { return true }
        return SWAR.sameBytes(base + first.keyStart, base + second.keyStart, count: first.keyCount)
    }

    /// The bytes of `member`'s key in the document.
    @inline(__always)
    private func keyBytes(of member: Member) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: parser.input[member.keyStart..<member.keyStart + member.keyCount])
    }

    /// `member`'s key, in `input`, as a string.
    private static func key(of member: Member, in input: UnsafeBufferPointer<UInt8>) -> String {
        String(
            wellFormedUTF8: UnsafeBufferPointer(rebasing: input[member.keyStart..<member.keyStart + member.keyCount]),
            isASCII: member.keyIsASCII)
    }

    /// Reads the current member's value as a tree and keeps it with its key, for a decoder that does not name
    /// the member.
    mutating func keepMember() throws(Stop) {
        let key = Self.key(of: members[members.count - 1], in: parser.input)
        let value = try readValue()
        kept.append(JSONObject.Member(key: key, value: value))
    }

    /// The layout of the object that ``readKey()`` just closed and the members kept from it; both are forgotten
    /// afterwards.
    mutating func takeClosedObject() -> (layout: MemberLayout, kept: JSONObject) {
        let keptObject =
            closedKeptBase == kept.count ? JSONObject() : JSONObject(uniqueMembers: Array(kept[closedKeptBase...]))
        let input = parser.input
        let closedMemberBase = closedMemberBase
        let layout = members.withUnsafeBufferPointer { all in
            layouts.layout(of: UnsafeBufferPointer(rebasing: all[closedMemberBase...]), in: input)
        }
        forgetClosedObject()
        return (layout, keptObject)
    }

    /// Forgets the members of the object that ``readKey()`` just closed, for a reader that keeps none of them.
    mutating func forgetClosedObject() {
        while members.count > closedMemberBase { members.removeLast() }
        while kept.count > closedKeptBase { kept.removeLast() }
    }

    /// Steps into an array.
    mutating func enterArray() throws(Stop) {
        try expect(.openBracket)
        try push(isObject: false)
    }

    /// Whether another element follows (the scanner placed at it); `false` after the last, with the array closed.
    mutating func nextElement() throws(Stop) -> Bool {
        try advance(closingWith: .closeBracket)
    }

    private mutating func push(isObject: Bool) throws(Stop) {
        guard frames.count < parser.limits.maxDepth else { throw Stop() }
        parser.skipWhitespace()
        frames.append(Frame(isObject: isObject, memberBase: members.count, keptBase: kept.count))
    }

    /// Moves past the separator before the next item of the innermost container; `false` (the container
    /// popped) at its closing bracket.
    @inline(__always)
    private mutating func advance(closingWith close: UInt8) throws(Stop) -> Bool {
        let top = frames.count - 1
        guard top >= 0 else { throw Stop() }
        parser.skipWhitespace()
        if byte() == close {
            parser.position += 1
            closedMemberBase = frames[top].memberBase
            closedKeptBase = frames[top].keptBase
            frames.removeLast()
            return false
        }
        if frames[top].isFirst {
            frames[top].isFirst = false
        } else {
            guard byte() == .comma else { throw Stop() }
            parser.position += 1
            parser.skipWhitespace()
        }
        return true
    }

    // MARK: - Values

    /// Whether the value here is a string.
    var isAtString: Bool { byte() == .quote }

    /// Whether the value here is `null`, consuming it if so (and noting it on the current member).
    mutating func readNull() throws(Stop) -> Bool {
        guard byte() == UInt8(ascii: "n") else { return false }
        try attempt { (parser: inout JSONParser) throws(JSONError) in try parser.readLiteral("null") }
        markNull()
        return true
    }

    /// Reads a string.
    mutating func readString() throws(Stop) -> String {
        guard byte() == .quote else { throw Stop() }
        parser.position += 1
        return try attempt { (parser: inout JSONParser) throws(JSONError) in try parser.readString() }
    }

    /// Reads `true` or `false`.
    mutating func readBool() throws(Stop) -> Bool {
        switch byte() {
        case UInt8(ascii: "t"):
            try attempt { (parser: inout JSONParser) throws(JSONError) in try parser.readLiteral("true") }
            return true
        case UInt8(ascii: "f"):
            try attempt { (parser: inout JSONParser) throws(JSONError) in try parser.readLiteral("false") }
            return false
        default: throw Stop()
        }
    }

    /// Reads a number, keeping its literal.
    mutating func readNumber() throws(Stop) -> JSONNumber {
        guard let first = byte(), first == .minus || first.isDigit else { throw Stop() }
        return try attempt { (parser: inout JSONParser) throws(JSONError) in try parser.readNumber() }
    }

    /// Reads an integer literal that fits an `Int` (no fraction, no exponent, no leading zero).
    mutating func readInt() throws(Stop) -> Int {
        guard let (value, end) = Self.integer(in: parser.input, at: parser.position) else { throw Stop() }
        parser.position = end
        return value
    }

    /// The integer literal at `position` in `input` and the offset after it, when it fits an `Int` and has no
    /// fraction, no exponent and no leading zero.
    static func integer(in input: UnsafeBufferPointer<UInt8>, at start: Int) -> (value: Int, end: Int)? {
        var position = start
        let negative = position < input.count && input[position] == .minus
        if negative { position += 1 }
        let digitsStart = position
        var magnitude: UInt64 = 0
        while position < input.count, input[position].isDigit {
            let (times, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(UInt64(input[position] - .zero))
            guard !overflowTimes, !overflowSum else { return nil }
            magnitude = sum
            position += 1
        }
        let digits = position - digitsStart
        guard digits > 0, digits == 1 || input[digitsStart] != .zero else { return nil }
        if position < input.count {
            let next = input[position]
            guard next != .period, next | 0x20 != UInt8(ascii: "e") else { return nil }
        }
        if negative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return (magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude), position)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return (Int(magnitude), position)
    }

    /// Reads any value as a tree (noting `null` on the current member).
    mutating func readValue() throws(Stop) -> JSONValue {
        parser.enclosingDepth = frames.count
        let value = try attempt { (parser: inout JSONParser) throws(JSONError) in try parser.parseValue() }
        if case .null = value { markNull() }
        return value
    }

    /// Reads an object or array as its compact text (``RawJSON``) when the copy takes it, anything else as a
    /// tree, as ``readValue()`` does: for members passed through far more often than looked into.
    mutating func readPassingThrough() throws(Stop) -> JSONValue {
        parser.skipWhitespace()
        guard
            let (raw, end) = RawJSON.compactCopy(
                of: parser.input, at: parser.position, enclosingDepth: frames.count, limits: parser.limits)
        else { return try readValue() }
        parser.position = end
        return .raw(raw)
    }

    /// An object or array that ``readValue(remembering:)`` read: its bytes, its tree and its depth, for the next
    /// document of a stream that repeats it.
    struct RememberedValue {
        fileprivate var bytes: [UInt8] = []
        fileprivate var value: JSONValue = .null
        fileprivate var depth = -1
    }

    /// Reads any value as a tree, as ``readValue()`` does, except that an object or array with exactly the bytes
    /// `memory` last read, at the same depth, is not parsed again: its tree is `memory`'s. A value's bytes decide
    /// its tree (an object or array ends at its own bracket), so this changes only the cost, for members a
    /// stream repeats unchanged from element to element. `memory` must be used with one reader's limits and
    /// options only.
    mutating func readValue(remembering memory: inout RememberedValue) throws(Stop) -> JSONValue {
        let start = parser.position
        let count = memory.bytes.count
        if count > 0, memory.depth == frames.count, count <= parser.input.count - start,
            let document = UnsafeRawPointer(parser.input.baseAddress),
            memory.bytes.withUnsafeBytes({ remembered in
                remembered.baseAddress.map { SWAR.sameBytes(document + start, $0, count: count) } ?? false
            })
        {
            parser.position = start + count
            return memory.value
        }
        guard byte() == .openBracket || byte() == .openBrace else { return try readValue() }
        let value = try readValue()
        memory.bytes.removeAll(keepingCapacity: true)
        memory.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: parser.input[start..<parser.position]))
        memory.value = value
        memory.depth = frames.count
        return value
    }

    private mutating func markNull() {
        guard let top = frames.last, top.isObject, members.count > top.memberBase else { return }
        members[members.count - 1].wasNull = true
    }

    // MARK: - Bytes

    @inline(__always)
    private func byte() -> UInt8? {
        parser.position < parser.input.count ? parser.input[parser.position] : nil
    }

    @inline(__always)
    private mutating func expect(_ expected: UInt8) throws(Stop) {
        guard byte() == expected else { throw Stop() }
        parser.position += 1
    }

    /// Runs one of the parser's readers, turning its error into a stop.
    @inline(__always)
    private mutating func attempt<Value>(
        _ read: (inout JSONParser) throws(JSONError) -> Value
    ) throws(Stop) -> Value {
        do {
            return try read(&parser)
        } catch {
            throw Stop()
        }
    }
}

// A parked scanner's parser points at no memory (`park()` empties its input after every scan, and a fresh one has
// none); everything else it holds is storage of sendable values, so a workspace may move between tasks with the
// decoder that keeps it.
extension JSONScanner.Workspace: @unchecked Sendable {}
