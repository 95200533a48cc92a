/// The reader's state machine over one contiguous input buffer.
///
/// Open containers live on `frames`; the finished elements of every open container live on one shared
/// `pendingValues` stack (and object keys on `pendingKeys`), and a closing bracket moves its container's
/// elements off the stack into a new array or object. No recursion: depth costs heap, bounded by the limits.
struct JSONParser {
    fileprivate struct Frame {
        var isObject: Bool
        var valueStart: Int
        var keyStart: Int
        var keyIndex: [UTF8Key: Int]?
        var hasDuplicateKeys = false
    }

    private(set) var input: UnsafeBufferPointer<UInt8>
    private(set) var limits: JSONLimits
    private var options: JSONReader.Options
    /// The offset of the next byte to read.
    var position = 0
    /// The containers already open around the value being read, counted against ``JSONLimits/maxDepth``.
    var enclosingDepth = 0
    private var frames: [Frame] = []
    private var pendingValues = ReusedStack<JSONValue>(vacant: .null)
    private var pendingKeys = ReusedStack<String>(vacant: "")
    private var scratch: [UInt8] = []
    /// Strings read before, reused when the same bytes come again (off unless the owner's storage turns them on).
    private var caches = StringCaches.off

    /// What a parser keeps from one document to the next for an owner that reads many (a stream's events, a log's
    /// lines): its string caches, and its stacks, so that each parse reuses their storage instead of growing new
    /// ones.
    struct Storage: Sendable {
        fileprivate var caches: StringCaches
        fileprivate var frames: [Frame] = []
        fileprivate var pendingValues = ReusedStack<JSONValue>(vacant: .null)
        fileprivate var pendingKeys = ReusedStack<String>(vacant: "")
        fileprivate var scratch: [UInt8] = []

        /// Empty storage; `cachingStrings` for an owner whose documents repeat their keys and values.
        init(cachingStrings: Bool) {
            caches = cachingStrings ? .on() : .off
        }
    }

    /// Takes `storage` for this parse (the stacks emptied, their capacity kept); ``returnStorage(to:)`` gives it
    /// back.
    mutating func borrowStorage(from storage: inout Storage) {
        returnStorage(to: &storage)
        // Left over only by a parse that threw.
        if !frames.isEmpty { frames.removeAll(keepingCapacity: true) }
        if pendingValues.count != 0 { pendingValues.removeAll() }
        if pendingKeys.count != 0 { pendingKeys.removeAll() }
    }

    /// Gives the storage back, after a parse that borrowed it (whether it ended or threw): the parser's and the
    /// storage's contents are swapped, so nothing is copied.
    mutating func returnStorage(to storage: inout Storage) {
        swap(&caches, &storage.caches)
        swap(&frames, &storage.frames)
        swap(&pendingValues, &storage.pendingValues)
        swap(&pendingKeys, &storage.pendingKeys)
        swap(&scratch, &storage.scratch)
    }

    /// A parser at no document, holding `storage` (its caches and stacks), for an owner that points it at one
    /// document after another with ``restart(input:limits:options:)``.
    init(holding storage: consuming Storage) {
        self.init(
            input: UnsafeBufferPointer(start: nil, count: 0), limits: .default, options: .init(),
            reservingCapacity: false)
        borrowStorage(from: &storage)
    }

    /// Points the parser at the document in `input`, from its start, keeping its storage; what a parse that threw
    /// left on the stacks is dropped.
    mutating func restart(input: UnsafeBufferPointer<UInt8>, limits: JSONLimits, options: JSONReader.Options) {
        self.input = input
        self.limits = limits
        self.options = options
        position = 0
        enclosingDepth = 0
        if !frames.isEmpty { frames.removeAll(keepingCapacity: true) }
        if pendingValues.count != 0 { pendingValues.removeAll() }
        if pendingKeys.count != 0 { pendingKeys.removeAll() }
    }

    /// Sizes the stacks when the first container is read as a tree: a parked parser reserves nothing, as most scans
    /// read no tree, but one that does would otherwise grow each stack one doubling at a time. Called with no
    /// container open, so the capacity is looked at once per tree.
    @inline(__always)
    private mutating func reserveStacksOnFirstTree() {
        guard frames.capacity == 0 else { return }
        frames.reserveCapacity(8)
        pendingValues.reserveCapacity(32)
        pendingKeys.reserveCapacity(16)
    }

    /// Objects with more keys than this look keys up through a dictionary while checking for duplicates.
    private static let linearKeySearchLimit = 12

    /// Creates a parser; `reservingCapacity` sizes its stacks up front for a whole document.
    init(
        input: UnsafeBufferPointer<UInt8>, limits: JSONLimits, options: JSONReader.Options,
        reservingCapacity: Bool = true
    ) {
        self.input = input
        self.limits = limits
        self.options = options
        guard reservingCapacity else { return }
        frames.reserveCapacity(16)
        pendingValues.reserveCapacity(64)
        pendingKeys.reserveCapacity(32)
    }

    /// Reads the document that fills the input: a byte order mark per the options, one value, and nothing
    /// after it but whitespace.
    mutating func parseDocument() throws(JSONError) -> JSONValue {
        try startDocument()
        let value = try parseValue()
        try endDocument()
        return value
    }

    /// Checks the document's size and steps over a leading byte order mark and whitespace.
    mutating func startDocument() throws(JSONError) {
        guard input.count <= limits.maxDocumentBytes else {
            throw failure(
                .documentTooLarge, at: limits.maxDocumentBytes,
                "the document is larger than the limit of \(limits.maxDocumentBytes) bytes")
        }
        if input.starts(with: UTF8Validation.byteOrderMark) {
            guard options.byteOrderMark == .skip else {
                throw failure(.byteOrderMark, at: 0, "a byte order mark precedes the value")
            }
            position = 3
        }
        skipWhitespace()
        guard position < input.count else {
            throw failure(.emptyInput, at: position, "the input holds no JSON value")
        }
    }

    /// Requires that nothing but whitespace follows the value.
    mutating func endDocument() throws(JSONError) {
        skipWhitespace()
        guard position == input.count else {
            throw failure(.trailingContent, at: position, "unexpected content after the JSON value")
        }
    }

    /// Reads one value starting at `position`, leaving `position` just after it.
    mutating func parseValue() throws(JSONError) -> JSONValue {
        while true {
            var value: JSONValue
            guard position < input.count else { throw endOfInput("expected a value") }
            switch input[position] {
            case .openBrace:
                try checkDepth()
                if frames.isEmpty { reserveStacksOnFirstTree() }
                position += 1
                skipWhitespace()
                if position < input.count, input[position] == .closeBrace {
                    position += 1
                    value = .object(JSONObject())
                } else {
                    frames.append(
                        Frame(
                            isObject: true, valueStart: pendingValues.count, keyStart: pendingKeys.count, keyIndex: nil
                        ))
                    try readKeyAndColon()
                    continue
                }
            case .openBracket:
                try checkDepth()
                if frames.isEmpty { reserveStacksOnFirstTree() }
                position += 1
                skipWhitespace()
                if position < input.count, input[position] == .closeBracket {
                    position += 1
                    value = .array([])
                } else {
                    frames.append(
                        Frame(
                            isObject: false, valueStart: pendingValues.count, keyStart: pendingKeys.count,
                            keyIndex: nil))
                    continue
                }
            case .quote:
                position += 1
                value = .string(try readString())
            case .minus, .zero ... .nine:
                value = .number(try readNumber())
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = .null
            default:
                throw unexpectedByte("expected a value")
            }
            while true {
                guard !frames.isEmpty else { return value }
                let inObject = frames[frames.count - 1].isObject
                pendingValues.push(consume value)
                skipWhitespace()
                guard position < input.count else {
                    throw endOfInput(inObject ? "expected ',' or '}'" : "expected ',' or ']'")
                }
                let byte = input[position]
                if byte == .comma {
                    position += 1
                    skipWhitespace()
                    if inObject { try readKeyAndColon() }
                    break
                }
                if inObject, byte == .closeBrace {
                    position += 1
                    value = .object(closeObject())
                } else if !inObject, byte == .closeBracket {
                    position += 1
                    value = .array(closeArray())
                } else {
                    throw unexpectedByte(inObject ? "expected ',' or '}'" : "expected ',' or ']'")
                }
            }
        }
    }

    // MARK: - Containers

    private func checkDepth() throws(JSONError) {
        guard frames.count + enclosingDepth < limits.maxDepth else {
            throw failure(
                .depthLimitExceeded, at: position, "nesting is deeper than the limit of \(limits.maxDepth)")
        }
    }

    private mutating func readKeyAndColon() throws(JSONError) {
        guard position < input.count else { throw endOfInput("expected a string key") }
        guard input[position] == .quote else { throw unexpectedByte("expected a string key") }
        let keyOffset = position
        position += 1
        let key = try readString(isKey: true)
        try registerKey(key, at: keyOffset)
        pendingKeys.push(key)
        skipWhitespace()
        guard position < input.count else { throw endOfInput("expected ':'") }
        guard input[position] == .colon else { throw unexpectedByte("expected ':' after the key") }
        position += 1
        skipWhitespace()
    }

    /// Checks `key` against the keys already read in the innermost object.
    private mutating func registerKey(_ key: String, at offset: Int) throws(JSONError) {
        let top = frames.count - 1
        let start = frames[top].keyStart
        let count = pendingKeys.count - start
        var isDuplicate: Bool
        if count <= Self.linearKeySearchLimit {
            isDuplicate = false
            var index = start
            while index < pendingKeys.count {
                if pendingKeys[index].hasSameUTF8(as: key) {
                    isDuplicate = true
                    break
                }
                index += 1
            }
            if count == Self.linearKeySearchLimit {
                var keyIndex: [UTF8Key: Int] = [:]
                keyIndex.reserveCapacity(count * 2)
                for index in start..<pendingKeys.count { keyIndex[UTF8Key(string: pendingKeys[index])] = index - start }
                frames[top].keyIndex = keyIndex
            }
        } else {
            isDuplicate = frames[top].keyIndex?[UTF8Key(string: key)] != nil
        }
        if count >= Self.linearKeySearchLimit, !isDuplicate { frames[top].keyIndex?[UTF8Key(string: key)] = count }
        guard isDuplicate else { return }
        guard options.duplicateKeys == .keepLast else {
            throw failure(.duplicateKey, at: offset, "the key \(JSONValue.string(key)) appears twice in one object")
        }
        frames[top].hasDuplicateKeys = true
    }

    // The containers are allocated with `reserveCapacity`, whose specialised path finds the array's storage class
    // through a cached accessor; `Array(unsafeUninitializedCapacity:)` looks it up in the runtime on every call,
    // which cost more than the moves.

    private mutating func closeArray() -> [JSONValue] {
        let frame = frames.removeLast()
        return pendingValues.popMoving(from: frame.valueStart) { popped in
            var elements: [JSONValue] = []
            elements.reserveCapacity(popped.count)
            // Move, not copy: no reference counting.
            for index in popped.indices { elements.append(popped.moveElement(from: index)) }
            return elements
        }
    }

    private mutating func closeObject() -> JSONObject {
        let frame = frames.removeLast()
        var members = pendingKeys.popMoving(from: frame.keyStart) { keys in
            pendingValues.popMoving(from: frame.valueStart) { values in
                var members: [JSONObject.Member] = []
                members.reserveCapacity(values.count)
                // Move, not copy, as in `closeArray`.
                for index in values.indices {
                    members.append(
                        JSONObject.Member(key: keys.moveElement(from: index), value: values.moveElement(from: index)))
                }
                return members
            }
        }
        if frame.hasDuplicateKeys { members = Self.keepingLastOfEachKey(members) }
        return JSONObject(uniqueMembers: members)
    }

    /// Resolves repeated keys: the last value wins, at the position where the key first appeared.
    private static func keepingLastOfEachKey(_ members: [JSONObject.Member]) -> [JSONObject.Member] {
        var positions: [UTF8Key: Int] = [:]
        var result: [JSONObject.Member] = []
        result.reserveCapacity(members.count)
        for member in members {
            if let existing = positions[UTF8Key(string: member.key)] {
                result[existing].value = member.value
            } else {
                positions[UTF8Key(string: member.key)] = result.count
                result.append(member)
            }
        }
        return result
    }

    // MARK: - Scalars

    /// Steps over JSON whitespace: inline when there is none (compact JSON), a loop otherwise.
    @inline(__always)
    mutating func skipWhitespace() {
        guard position < input.count, input[position] <= .space else { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        while position < input.count {
            switch input[position] {
            case .space, .newline, .carriageReturn, .tab: position += 1
            default: return
            }
        }
    }

    /// Reads the literal `word` (`true`, `false`, `null`) at `position`.
    mutating func readLiteral(_ word: StaticString) throws(JSONError) {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in bytes {
            guard position < input.count else { throw endOfInput("expected '\(word)'") }
            guard input[position] == byte else { throw unexpectedByte("expected '\(word)'") }
            position += 1
        }
    }

    /// Reads a number at `position`, which must hold a byte (`-` or a digit, as the caller has checked).
    mutating func readNumber() throws(JSONError) -> JSONNumber {
        let start = position
        if input[position] == .minus { position += 1 }
        guard position < input.count else { throw endOfInput("expected a digit after '-'") }
        if input[position] == .zero {
            position += 1
            if position < input.count, input[position].isDigit {
                throw invalidNumber("a number may not start with a leading zero")
            }
        } else if input[position].isDigit {
            skipDigits()
        } else {
            throw invalidNumber("expected a digit")
        }
        if position < input.count, input[position] == .period {
            position += 1
            guard position < input.count else { throw endOfInput("expected a digit after the decimal point") }
            guard input[position].isDigit else { throw invalidNumber("expected a digit after the decimal point") }
            skipDigits()
        }
        if position < input.count, input[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < input.count, input[position] == .plus || input[position] == .minus { position += 1 }
            guard position < input.count else { throw endOfInput("expected a digit in the exponent") }
            guard input[position].isDigit else { throw invalidNumber("expected a digit in the exponent") }
            skipDigits()
        }
        // The grammar above admits ASCII digits, signs, points and exponents only.
        let literal = String(wellFormedUTF8: UnsafeBufferPointer(rebasing: input[start..<position]), isASCII: true)
        return JSONNumber(uncheckedLiteral: literal)
    }

    private mutating func skipDigits() {
        while position < input.count, input[position].isDigit { position += 1 }
    }

    /// Reads a string whose opening quote has been consumed, leaving `position` after the closing quote;
    /// `isKey` picks the cache that may already hold it.
    mutating func readString(isKey: Bool = false) throws(JSONError) -> String {
        let start = position
        var seenBytes: UInt64 = 0
        let raw = UnsafeRawBufferPointer(input)
        position = SWAR.skipStopFreeBytes(in: raw, from: position, seen: &seenBytes)
        while position + 8 <= input.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let stops = SWAR.stopMask(word)
            if stops != 0 {
                // The lowest flagged byte is a stop (borrows run only upward): step to it, gathering those before.
                let stopBit = stops.trailingZeroBitCount
                seenBytes |= word & ((1 &<< UInt64(stopBit &- 7)) &- 1)
                position += stopBit >> 3
                break
            }
            seenBytes |= word
            position += 8
        }
        while position < input.count {
            let byte = input[position]
            if byte == .quote {
                let length = position - start
                guard length <= limits.maxStringBytes else { throw stringTooLong(at: start) }
                let bytes = UnsafeBufferPointer(rebasing: input[start..<position])
                position += 1
                let interns = isKey ? caches.keys.interns(length) : caches.values.interns(length)
                if interns, let cached = isKey ? caches.keys.cached(bytes) : caches.values.cached(bytes) {
                    return cached
                }
                let isASCII = seenBytes & SWAR.highBits == 0
                guard isASCII || UTF8Validation.isWellFormed(bytes) else { throw invalidUTF8(in: start..<position - 1) }
                let string = String(wellFormedUTF8: bytes, isASCII: isASCII)
                if interns {
                    if isKey { caches.keys.remember(string, bytes) } else { caches.values.remember(string, bytes) }
                }
                return string
            }
            if byte == .backslash { return try readEscapedString(from: start) }
            if byte < 0x20 {
                throw failure(
                    .unescapedControlCharacter, at: position,
                    "control character 0x\(String(byte, radix: 16)) must be escaped inside a string")
            }
            seenBytes |= UInt64(byte)
            position += 1
        }
        throw endOfInput("unterminated string")
    }

    /// Continues a string at its first backslash, decoding escapes into `scratch`.
    private mutating func readEscapedString(from start: Int) throws(JSONError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        let raw = UnsafeRawBufferPointer(input)
        while position < input.count {
            while position + 8 <= input.count,
                !SWAR.hasQuoteBackslashOrControl(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            {
                position += 8
            }
            if position - runStart > limits.maxStringBytes { throw stringTooLong(at: start) }
            guard position < input.count else { break }
            let byte = input[position]
            if byte == .quote {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<position]))
                guard scratch.count <= limits.maxStringBytes else { throw stringTooLong(at: start) }
                position += 1
                return try scratch.withUnsafeBufferPointer { decoded throws(JSONError) in
                    guard UTF8Validation.isWellFormed(decoded) else { throw invalidUTF8(in: start..<position - 1) }
                    return String(wellFormedUTF8: decoded, isASCII: false)
                }
            }
            if byte == .backslash {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<position]))
                try readEscape()
                guard scratch.count <= limits.maxStringBytes else { throw stringTooLong(at: start) }
                runStart = position
                continue
            }
            if byte < 0x20 {
                throw failure(
                    .unescapedControlCharacter, at: position,
                    "control character 0x\(String(byte, radix: 16)) must be escaped inside a string")
            }
            position += 1
            if position - runStart > limits.maxStringBytes { throw stringTooLong(at: start) }
        }
        throw endOfInput("unterminated string")
    }

    /// Decodes one escape sequence at `position` (a backslash) and appends its UTF-8 to `scratch`.
    private mutating func readEscape() throws(JSONError) {
        let escapeStart = position
        position += 1
        guard position < input.count else { throw endOfInput("unterminated escape sequence") }
        let byte = input[position]
        position += 1
        switch byte {
        case .quote, .backslash, .slash: scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(.newline)
        case UInt8(ascii: "r"): scratch.append(.carriageReturn)
        case UInt8(ascii: "t"): scratch.append(.tab)
        case UInt8(ascii: "u"):
            let unit = try readHexQuad()
            switch unit {
            case 0xD800...0xDBFF:
                if position + 1 < input.count, input[position] == .backslash, input[position + 1] == UInt8(ascii: "u") {
                    let save = position
                    position += 2
                    let low = try readHexQuad()
                    if low >= 0xDC00, low <= 0xDFFF {
                        appendScalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                        return
                    }
                    position = save
                }
                try loneSurrogate(at: escapeStart)
            case 0xDC00...0xDFFF:
                try loneSurrogate(at: escapeStart)
            default:
                appendScalar(UInt32(unit))
            }
        default:
            throw failure(
                .invalidEscape, at: escapeStart,
                "invalid escape sequence; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
        }
    }

    private mutating func readHexQuad() throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard position < input.count else { throw endOfInput("expected four hexadecimal digits after \\u") }
            let byte = input[position]
            let digit: UInt8
            switch byte {
            case .zero ... .nine: digit = byte - .zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw failure(
                    .invalidUnicodeEscape, at: position, "expected four hexadecimal digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    private mutating func loneSurrogate(at offset: Int) throws(JSONError) {
        guard options.loneSurrogates == .replace else {
            throw failure(.loneSurrogate, at: offset, "\\u escape of an unpaired surrogate")
        }
        appendScalar(0xFFFD)
    }

    private mutating func appendScalar(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: - Errors

    private func failure(_ code: JSONError.Code, at offset: Int, _ message: String) -> JSONError {
        let location = TextLocation(of: offset, in: input)
        return JSONError(
            code: code, byteOffset: offset, line: location.line, column: location.column, path: currentPath(),
            message: message)
    }

    private func endOfInput(_ message: String) -> JSONError {
        failure(.unexpectedEndOfInput, at: input.count, "unexpected end of input: \(message)")
    }

    private func unexpectedByte(_ message: String) -> JSONError {
        let byte = input[position]
        let shown =
            byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return failure(.unexpectedByte, at: position, "unexpected \(shown): \(message)")
    }

    private func invalidNumber(_ message: String) -> JSONError {
        failure(.invalidNumber, at: position, "invalid number: \(message)")
    }

    private func stringTooLong(at start: Int) -> JSONError {
        failure(.stringTooLong, at: start, "a string is longer than the limit of \(limits.maxStringBytes) bytes")
    }

    private func invalidUTF8(in range: Range<Int>) -> JSONError {
        let slice = UnsafeBufferPointer(rebasing: input[range])
        let offset = range.lowerBound + (UTF8Validation.firstInvalidOffset(in: slice) ?? 0)
        return failure(.invalidUTF8, at: offset, "bytes that are not valid UTF-8")
    }

    /// The path of the value being read, derived from the open frames (only on the error path).
    private func currentPath() -> JSONPath {
        var components: [JSONPath.Component] = []
        for (level, frame) in frames.enumerated() {
            let isInnermost = level == frames.count - 1
            let valueEnd = isInnermost ? pendingValues.count : frames[level + 1].valueStart
            let keyEnd = isInnermost ? pendingKeys.count : frames[level + 1].keyStart
            if frame.isObject {
                if keyEnd - frame.keyStart > valueEnd - frame.valueStart {
                    components.append(.key(pendingKeys[keyEnd - 1]))
                }
            } else {
                components.append(.index(valueEnd - frame.valueStart))
            }
        }
        return JSONPath(components)
    }
}

/// Word-at-a-time byte tests on eight bytes loaded as a `UInt64`.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is zero (exact when answering "any").
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Nonzero when some byte of `word` is `"`, `\` or below 0x20: the bytes that end a fast string scan.
    @inline(__always)
    static func stopMask(_ word: UInt64) -> UInt64 {
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        return ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | (word &- ones &* 0x20) & ~word)
            & highBits
    }

    /// Whether some byte of `word` is `"`, `\` or below 0x20.
    @inline(__always)
    static func hasQuoteBackslashOrControl(_ word: UInt64) -> Bool { stopMask(word) != 0 }

    /// Sixteen bytes as two words, tested together: one vector register on targets that have them.
    typealias WordPair = SIMD2<UInt64>

    /// ``stopMask(_:)`` of both words of `pair`.
    @inline(__always)
    static func stopMask(_ pair: WordPair) -> WordPair {
        let one = WordPair(repeating: ones)
        let quotes = pair ^ WordPair(repeating: ones &* 0x22)
        let backslashes = pair ^ WordPair(repeating: ones &* 0x5C)
        let controls = (pair &- WordPair(repeating: ones &* 0x20)) & ~pair
        return ((quotes &- one) & ~quotes | (backslashes &- one) & ~backslashes | controls)
            & WordPair(repeating: highBits)
    }

    /// Whether the `count` bytes at `bytes` are exactly those of `literal`: lengths first, then a word at a time.
    @inline(__always)
    static func bytes(_ bytes: UnsafeRawPointer, count: Int, spell literal: StaticString) -> Bool {
        guard count == literal.utf8CodeUnitCount else { return false }
        guard literal.hasPointerRepresentation else {
            return literal.withUTF8Buffer { $0.elementsEqual(UnsafeRawBufferPointer(start: bytes, count: count)) }
        }
        return sameBytes(bytes, literal.utf8Start, count: count)
    }

    /// Whether the `count` bytes at `first` and at `second` are the same, compared a word at a time.
    @inline(__always)
    static func sameBytes(_ first: UnsafeRawPointer, _ second: UnsafeRawPointer, count: Int) -> Bool {
        guard count >= 8 else {
            var offset = 0
            while offset < count {
                guard
                    first.load(fromByteOffset: offset, as: UInt8.self)
                        == second.load(fromByteOffset: offset, as: UInt8.self)
                else { return false }
                offset += 1
            }
            return true
        }
        var offset = 0
        while offset + 8 <= count {
            guard
                first.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == second.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        let last = count - 8
        return first.loadUnaligned(fromByteOffset: last, as: UInt64.self)
            == second.loadUnaligned(fromByteOffset: last, as: UInt64.self)
    }

    /// Skips the bytes from `start` that hold no `"`, `\` or control byte: the first sixteen as two words (most
    /// strings end there, and the vector constants would cost more than the test), the rest with
    /// ``skipStopFreeBlocks(in:from:seen:)``. Returns where a stop may be; `seen` gathers the bits of every byte
    /// skipped.
    @inline(__always)
    static func skipStopFreeBytes(in raw: UnsafeRawBufferPointer, from start: Int, seen: inout UInt64) -> Int {
        guard start + 16 <= raw.count else { return start }
        let first = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
        let second = raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
        guard stopMask(first) | stopMask(second) == 0 else { return start }
        seen |= first | second
        return skipStopFreeBlocks(in: raw, from: start + 16, seen: &seen)
    }

    /// The offset of the first `"`, `\`, or control byte at or after `start`, or `raw.count` when there is none:
    /// runs free of them are skipped as ``skipStopFreeBytes(in:from:seen:)`` skips them, then a word at a time to
    /// the exact byte.
    @inline(__always)
    static func firstStop(in raw: UnsafeRawBufferPointer, from start: Int) -> Int {
        var seen: UInt64 = 0
        var index = skipStopFreeBytes(in: raw, from: start, seen: &seen)
        while index + 8 <= raw.count {
            let stops = stopMask(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            if stops != 0 { return index + stops.trailingZeroBitCount / 8 }
            index += 8
        }
        guard index < raw.count else { return index }
        if raw.count - 8 >= start {
            // The last eight bytes as one word: those before `index` were found to hold no stop, so the lowest
            // flagged byte is still the first stop.
            let last = raw.count - 8
            let stops = stopMask(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: last, as: UInt64.self)))
            return stops == 0 ? raw.count : last + stops.trailingZeroBitCount / 8
        }
        while index < raw.count {
            let byte = raw[index]
            if byte < 0x20 || byte == .quote || byte == .backslash { return index }
            index += 1
        }
        return index
    }

    /// Where string content that starts at `start` stops: the offset of its first `"`, `\` or control byte (or
    /// `raw.count` when there is none), and the bits of every byte before it ORed together, so that a caller can
    /// tell all-ASCII content (no high bit seen) from content whose UTF-8 it must check.
    @inline(__always)
    static func contentStop(in raw: UnsafeRawBufferPointer, from start: Int) -> (offset: Int, seenBits: UInt64) {
        var position = start
        var seen: UInt64 = 0
        while position + 8 <= raw.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let stops = stopMask(word)
            guard stops != 0 else {
                seen |= word
                position += 8
                continue
            }
            let length = stops.trailingZeroBitCount / 8
            seen |= length == 0 ? 0 : word & (UInt64.max >> (64 - 8 * length))
            return (position + length, seen)
        }
        while position < raw.count {
            let byte = raw[position]
            if byte < 0x20 || byte == .quote || byte == .backslash { break }
            seen |= UInt64(byte)
            position += 1
        }
        return (position, seen)
    }

    /// ``firstStop(in:from:)``, stopping also at 0xE2, the lead byte of U+2028 and U+2029.
    static func firstStopOrSeparatorLead(in raw: UnsafeRawBufferPointer, from start: Int) -> Int {
        let leads = ones &* 0xE2
        var index = start
        while index + 8 <= raw.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let marks = stopMask(word) | ((word ^ leads) &- ones) & ~(word ^ leads) & highBits
            if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < raw.count {
            let byte = raw[index]
            if byte < 0x20 || byte == .quote || byte == .backslash || byte == 0xE2 { return index }
            index += 1
        }
        return index
    }

    /// Skips the blocks of 32 bytes from `start` that hold no `"`, `\` or control byte; returns the offset of the
    /// first block that holds one, or of the last, shorter rest. `seen` gathers the bits of every byte skipped.
    @inline(__always)
    static func skipStopFreeBlocks(in raw: UnsafeRawBufferPointer, from start: Int, seen: inout UInt64) -> Int {
        var index = start
        var gathered = WordPair(repeating: 0)
        while index + 32 <= raw.count {
            let first = raw.loadUnaligned(fromByteOffset: index, as: WordPair.self)
            let second = raw.loadUnaligned(fromByteOffset: index + 16, as: WordPair.self)
            let stops = stopMask(first) | stopMask(second)
            if stops[0] | stops[1] != 0 { break }
            gathered |= first | second
            index += 32
        }
        seen |= gathered[0] | gathered[1]
        return index
    }
}

extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let slash = UInt8(ascii: "/")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let period = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")

    var isDigit: Bool { self >= .zero && self <= .nine }

    /// The byte as error messages show it: `'x'` for printable ASCII, `byte 0x1f` otherwise.
    var displayed: String {
        self >= 0x20 && self < 0x7F ? "'\(Character(Unicode.Scalar(self)))'" : "byte 0x\(String(self, radix: 16))"
    }
}
