/// An object or array kept as its compact JSON text instead of a tree.
///
/// Readers produce it for members that are passed through unchanged far more often than they are looked into
/// (a tool's parameter schema), so that such a member costs one validated copy on the way in and one on the way
/// out instead of a tree of values. ``JSONValue``'s accessors, equality and hashing look through it: a
/// ``JSONValue/raw(_:)`` equals the tree its text holds, and ``JSONValue/resolved`` gives that tree.
///
/// The text is exactly what ``JSONWriter`` writes, with its default options, for ``value``: no whitespace, and
/// strings without escapes.
public struct RawJSON: Sendable {
    /// The compact UTF-8 JSON text.
    public let bytes: [UInt8]

    /// Wraps text that ``CompactCopy`` validated.
    fileprivate init(validated bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value the text holds, read anew on each call.
    public var value: JSONValue {
        // The text was validated when it was copied, under limits no stricter than these.
        (try? Self.reader.read(bytes)) ?? .null
    }

    private static let reader = JSONReader(
        limits: JSONLimits(maxDepth: .max, maxDocumentBytes: .max, maxStringBytes: .max))

    /// The object or array that starts at `start` in `input`, copied without its whitespace, and the offset just
    /// past it; `nil` when the value is not one the copy takes, which the caller then reads as a tree.
    ///
    /// The copy takes exactly the values whose tree ``JSONWriter`` writes back as the copied text: any
    /// well-formed object or array within `limits` (with `enclosingDepth` containers already open around it),
    /// except one that has a string with an escape or an object with a repeated key (the tree resolves those).
    /// It also leaves to the tree values nested deeper than 64, holding more than 128 keys at once, or
    /// longer than 16 KiB compact.
    static func compactCopy(
        of input: UnsafeBufferPointer<UInt8>, at start: Int, enclosingDepth: Int, limits: JSONLimits
    ) -> (raw: RawJSON, end: Int)? {
        // Key offsets are kept in 32 bits.
        guard let base = input.baseAddress, input.count <= UInt32.max else { return nil }
        return withUnsafeTemporaryAllocation(of: CompactCopy.Container.self, capacity: CompactCopy.depthLimit) {
            containers in
            withUnsafeTemporaryAllocation(of: CompactCopy.Key.self, capacity: CompactCopy.keysLimit) { keys in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ByteSink.stackCapacity) { buffer in
                    guard let containerBase = containers.baseAddress, let keyBase = keys.baseAddress else {
                        return nil
                    }
                    var copy = CompactCopy(
                        bytes: base, count: input.count, position: start, containers: containerBase,
                        keys: keyBase, output: ByteSink(startingIn: buffer, growingTo: ByteSink.heapLimit),
                        maxDepth: min(limits.maxDepth - enclosingDepth, CompactCopy.depthLimit),
                        maxStringBytes: limits.maxStringBytes)
                    defer { copy.output.release() }
                    guard copy.run(), !copy.output.overflowed else { return nil }
                    return (RawJSON(validated: Array(copy.output.bytes)), copy.position)
                }
            }
        }
    }
}

extension RawJSON: Hashable {
    /// Whether both texts hold equal values.
    public static func == (lhs: RawJSON, rhs: RawJSON) -> Bool {
        lhs.bytes == rhs.bytes || lhs.value == rhs.value
    }

    /// Hashes the value the text holds, as ``JSONValue`` hashes it.
    public func hash(into hasher: inout Hasher) {
        value.hash(into: &hasher)
    }
}

/// The validating copy behind ``RawJSON/compactCopy(of:at:enclosingDepth:limits:)``: a state machine over the
/// bytes that copies each token and drops the whitespace between them. Its stacks and its output start in
/// memory the caller lends.
private struct CompactCopy {
    /// What the next token may be.
    private enum State {
        /// A value (or, right after an opening bracket, the close).
        case value
        /// A comma or the close of the innermost container.
        case afterValue
    }

    /// An open container.
    struct Container {
        var isObject: Bool
        /// Where its keys begin on the keys stack.
        var keyBase: Int
    }

    /// Where a key's bytes are in the input (offsets below 2³², which ``RawJSON/compactCopy(of:at:enclosingDepth:limits:)``
    /// checks).
    struct Key {
        var start: UInt32
        var count: UInt32
    }

    /// The room on the stacks, 1 KiB each (what the standard library puts on the stack without asking): deeper
    /// values, and objects open at once with more keys, are read as trees.
    static let depthLimit = 64
    static let keysLimit = 128

    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    private(set) var position: Int
    private let containers: UnsafeMutablePointer<Container>
    private var depth = 0
    private let keys: UnsafeMutablePointer<Key>
    private var keyCount = 0
    var output: ByteSink
    private let maxDepth: Int
    private let maxStringBytes: Int

    init(
        bytes: UnsafePointer<UInt8>, count: Int, position: Int, containers: UnsafeMutablePointer<Container>,
        keys: UnsafeMutablePointer<Key>, output: ByteSink, maxDepth: Int, maxStringBytes: Int
    ) {
        self.bytes = bytes
        self.count = count
        self.position = position
        self.containers = containers
        self.keys = keys
        self.output = output
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
    }

    /// Copies one object or array; `false` when the copy does not take it.
    mutating func run() -> Bool {
        skipWhitespace()
        guard position < count, bytes[position] == .openBrace || bytes[position] == .openBracket else { return false }
        var state = State.value
        // A value longer than the output's room is left to the tree as soon as it is found to be.
        while !output.overflowed {
            switch state {
            case .value:
                guard let next = copyValue() else { return false }
                state = next
            case .afterValue:
                guard depth > 0 else { return true }
                skipWhitespace()
                guard position < count else { return false }
                let byte = bytes[position]
                let top = containers[depth - 1]
                if byte == .comma {
                    output.append(byte)
                    position += 1
                    guard !top.isObject || copyKeyAndColon() else { return false }
                    state = .value
                } else if byte == (top.isObject ? .closeBrace : .closeBracket) {
                    close()
                } else {
                    return false
                }
            }
        }
        return false
    }

    /// Copies a scalar, or opens a container (and reads an object's first key); the state after it, or `nil`
    /// when the copy does not take the value.
    private mutating func copyValue() -> State? {
        skipWhitespace()
        guard position < count else { return nil }
        let byte = bytes[position]
        switch byte {
        case .openBrace, .openBracket:
            guard depth < maxDepth else { return nil }
            let isObject = byte == .openBrace
            (containers + depth).initialize(to: Container(isObject: isObject, keyBase: keyCount))
            depth += 1
            output.append(byte)
            position += 1
            skipWhitespace()
            if position < count, bytes[position] == (isObject ? .closeBrace : .closeBracket) {
                close()
                return .afterValue
            }
            guard !isObject || copyKeyAndColon() else { return nil }
            return .value
        case .quote:
            return copyString() == nil ? nil : .afterValue
        case UInt8(ascii: "t"): return copyLiteral("true") ? .afterValue : nil
        case UInt8(ascii: "f"): return copyLiteral("false") ? .afterValue : nil
        case UInt8(ascii: "n"): return copyLiteral("null") ? .afterValue : nil
        default: return copyNumber() ? .afterValue : nil
        }
    }

    /// Copies the closing bracket of the innermost container, which the input holds at ``position``.
    private mutating func close() {
        depth -= 1
        let container = containers[depth]
        output.append(container.isObject ? .closeBrace : .closeBracket)
        position += 1
        keyCount = container.keyBase
    }

    /// Copies a key that does not repeat one of its object's keys, and the colon after it.
    private mutating func copyKeyAndColon() -> Bool {
        skipWhitespace()
        guard position < count, bytes[position] == .quote, keyCount < Self.keysLimit, let key = copyString() else {
            return false
        }
        var other = containers[depth - 1].keyBase
        while other < keyCount {
            if keys[other].count == key.count,
                SWAR.sameBytes(bytes + Int(keys[other].start), bytes + Int(key.start), count: Int(key.count))
            {
                return false
            }
            other += 1
        }
        (keys + keyCount).initialize(to: key)
        keyCount += 1
        skipWhitespace()
        guard position < count, bytes[position] == .colon else { return false }
        output.append(.colon)
        position += 1
        return true
    }

    /// Copies the string at ``position`` when it has no escape and its content is well-formed UTF-8 within the
    /// length limit; where its content is, or `nil` when the copy does not take it.
    private mutating func copyString() -> Key? {
        let start = position + 1
        let (end, seenBits) = SWAR.contentStop(in: UnsafeRawBufferPointer(start: bytes, count: count), from: start)
        guard end < count, bytes[end] == .quote, end - start <= maxStringBytes else { return nil }
        let content = UnsafeBufferPointer(start: bytes + start, count: end - start)
        guard seenBits & SWAR.highBits == 0 || UTF8Validation.isWellFormed(content) else { return nil }
        output.append(UnsafeBufferPointer(start: bytes + position, count: end + 1 - position))
        position = end + 1
        return Key(start: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: end - start))
    }

    /// Copies `true`, `false` or `null`.
    private mutating func copyLiteral(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard length <= count - position, SWAR.bytes(bytes + position, count: length, spell: literal) else {
            return false
        }
        output.append(UnsafeBufferPointer(start: bytes + position, count: length))
        position += length
        return true
    }

    /// Copies a number of RFC 8259's grammar: `-`, then `0` or digits not starting with `0`, then optionally a
    /// fraction and an exponent, each with at least one digit.
    private mutating func copyNumber() -> Bool {
        let start = position
        if bytes[position] == .minus { position += 1 }
        guard position < count, bytes[position].isDigit else { return false }
        let lead = bytes[position]
        position += 1
        if lead != .zero { skipDigits() }
        if position < count, bytes[position] == .period {
            position += 1
            guard position < count, bytes[position].isDigit else { return false }
            skipDigits()
        }
        if position < count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < count, bytes[position] == .plus || bytes[position] == .minus { position += 1 }
            guard position < count, bytes[position].isDigit else { return false }
            skipDigits()
        }
        output.append(UnsafeBufferPointer(start: bytes + start, count: position - start))
        return true
    }

    private mutating func skipDigits() {
        while position < count, bytes[position].isDigit { position += 1 }
    }

    private mutating func skipWhitespace() {
        while position < count {
            switch bytes[position] {
            case .space, .newline, .carriageReturn, .tab: position += 1
            default: return
            }
        }
    }
}
