/// A member that changes from one element of a stream to the next while the rest of the element repeats byte for
/// byte — a chunk's content fragment, its random padding, a running token count — named by its path from the
/// element's root, with how to read it from the decoded value and how to replace it there.
struct VaryingMember<Value>: Sendable {
    /// What the member holds, with how to read and replace it in the decoded value.
    enum Kind: Sendable {
        /// A string: what decoding put at the path, and how to put another there.
        case string(value: @Sendable (Value) -> String?, replace: @Sendable (inout Value, String) -> Void)
        /// An integer literal with no fraction, no exponent and no leading zero (others end the match).
        case integer(value: @Sendable (Value) -> Int?, replace: @Sendable (inout Value, Int) -> Void)
    }

    /// Where the member is in the element: object members and array elements from the root.
    let path: [JSONPath.Component]
    let kind: Kind

    /// A string member.
    static func string(
        _ path: [JSONPath.Component], value: @escaping @Sendable (Value) -> String?,
        replace: @escaping @Sendable (inout Value, String) -> Void
    ) -> Self {
        Self(path: path, kind: .string(value: value, replace: replace))
    }

    /// An integer member.
    static func integer(
        _ path: [JSONPath.Component], value: @escaping @Sendable (Value) -> Int?,
        replace: @escaping @Sendable (inout Value, Int) -> Void
    ) -> Self {
        Self(path: path, kind: .integer(value: value, replace: replace))
    }
}

/// An element type whose streams repeat each element but for a few members, which it names.
protocol RepeatingStreamElement {
    /// The members that change from element to element.
    static var varyingMembers: [VaryingMember<Self>] { get }
}

/// The last element of a stream that was read in full, with where its varying members sit in its bytes, so that an
/// element that differs from it only inside those members is made from its value instead of being read again.
///
/// This changes what reading costs, never what it yields. Outside the varying members (a string's content, an
/// integer's digits) the new element has the template's bytes, and a JSON value is decided by its bytes: every
/// other member decodes as it did. Each varying string is read with the reader's own string rules and limits
/// (escapes, UTF-8, length), each integer as the scanner reads one, and set where decoding puts it, which the
/// template checks when it is made: the decoded value must hold exactly what is found at that path, else the
/// element is not used as a template. Only elements read by the scanner become
/// templates; the scanner refuses a repeated key, so a path names one member.
///
/// A stream whose elements never match would pay for making templates in vain; after a miss the next template is
/// made only when the misses since the last match reach a power of two.
struct RepeatedElementTemplate<Value: Sendable>: Sendable {
    /// Where one varying member is in the template's bytes: a string's content (between its quotes), an integer's
    /// literal.
    private struct Hole: Sendable {
        /// The offset of the first byte (after a string's opening quote).
        var start: Int
        /// The offset after the last byte (a string's closing quote).
        var end: Int
        /// Which of ``varying`` it is.
        var member: Int
    }

    private let varying: [VaryingMember<Value>]
    private var bytes: [UInt8] = []
    private var value: Value?
    private var holes: [Hole] = []
    private var missesSinceMatch = 0

    /// A template for elements whose `varying` strings change; none is made until ``remember(_:readFrom:reader:)``.
    init(varying: [VaryingMember<Value>]) {
        self.varying = varying
    }

    /// A template for the elements of `Element`'s streams: those of a ``RepeatingStreamElement``, else none (so it
    /// never matches).
    init(for element: Value.Type) {
        guard let repeating = element as? any RepeatingStreamElement.Type else {
            self.init(varying: [])
            return
        }
        self.init(varying: Self.varyingMembers(of: repeating) as? [VaryingMember<Value>] ?? [])
    }

    private static func varyingMembers<Element: RepeatingStreamElement>(of element: Element.Type) -> Any {
        Element.varyingMembers
    }

    /// The element whose JSON fills `input`, made from the template: `nil` when `input` differs from it outside its
    /// varying strings' contents, or holds a string the reader would refuse (the caller then reads it in full).
    mutating func element(in input: UnsafeBufferPointer<UInt8>, reader: JSONReader) -> Value? {
        guard input.count <= reader.limits.maxDocumentBytes, let newBase = input.baseAddress else { return nil }
        let element = bytes.withUnsafeBufferPointer { old -> Value? in
            guard var result = value, let oldBase = old.baseAddress else { return nil }
            var parser = JSONParser(
                input: input, limits: reader.limits, options: reader.options, reservingCapacity: false)
            var oldPosition = 0
            var newPosition = 0
            for hole in holes {
                let fixedCount = hole.start - oldPosition
                guard input.count - newPosition >= fixedCount,
                    SWAR.sameBytes(newBase + newPosition, oldBase + oldPosition, count: fixedCount)
                else { return nil }
                newPosition += fixedCount
                switch varying[hole.member].kind {
                case .string(_, let replace):
                    let oldCount = hole.end - hole.start
                    if input.count - newPosition > oldCount, input[newPosition + oldCount] == .quote,
                        SWAR.sameBytes(newBase + newPosition, oldBase + hole.start, count: oldCount)
                    {
                        // The same complete content followed by a quote: the same string, closed there.
                        newPosition += oldCount
                    } else {
                        parser.position = newPosition
                        let string: String
                        do {
                            string = try parser.readString()
                        } catch {
                            return nil
                        }
                        replace(&result, string)
                        newPosition = parser.position - 1
                    }
                case .integer(_, let replace):
                    guard let (integer, end) = JSONScanner.integer(in: input, at: newPosition) else { return nil }
                    let oldCount = hole.end - hole.start
                    if end - newPosition != oldCount
                        || !SWAR.sameBytes(newBase + newPosition, oldBase + hole.start, count: oldCount)
                    {
                        replace(&result, integer)
                    }
                    newPosition = end
                }
                oldPosition = hole.end
            }
            let restCount = old.count - oldPosition
            guard input.count - newPosition == restCount,
                SWAR.sameBytes(newBase + newPosition, oldBase + oldPosition, count: restCount)
            else { return nil }
            return result
        }
        if element != nil { missesSinceMatch = 0 }
        return element
    }

    /// Notes that `value` was read in full from `input` because ``element(in:reader:)`` gave nothing; it becomes
    /// the template when the misses since the last match reach a power of two and its varying strings are where
    /// decoding put them.
    mutating func remember(_ value: Value, readFrom input: UnsafeBufferPointer<UInt8>, reader: JSONReader) {
        guard !varying.isEmpty, varying.count <= UInt64.bitWidth else { return }
        missesSinceMatch += 1
        guard missesSinceMatch & (missesSinceMatch - 1) == 0 else { return }
        self.value = nil
        var locator = VaryingMemberLocator(input: input, paths: varying.map(\.path))
        guard locator.locate() else { return }
        var parser = JSONParser(input: input, limits: reader.limits, options: reader.options, reservingCapacity: false)
        var holes: [Hole] = []
        for (member, start) in locator.valueStarts.enumerated() {
            // Absent, or of another kind (a null content, say): its bytes are part of the template.
            guard let start, start < input.count else { continue }
            switch varying[member].kind {
            case .string(let decoded, _):
                guard input[start] == .quote else { continue }
                parser.position = start + 1
                guard let string = try? parser.readString(), let decoded = decoded(value),
                    decoded.hasSameUTF8(as: string)
                else { return }
                holes.append(Hole(start: start + 1, end: parser.position - 1, member: member))
            case .integer(let decoded, _):
                guard input[start] == .minus || input[start].isDigit else { continue }
                guard let (integer, end) = JSONScanner.integer(in: input, at: start), decoded(value) == integer
                else { return }
                holes.append(Hole(start: start, end: end, member: member))
            }
        }
        holes.sort { $0.start < $1.start }
        self.holes = holes
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: input)
        self.value = value
    }
}

/// Finds, in one walk over a document already read once (so valid JSON), where the values at some paths begin:
/// it steps into the containers those paths go through and skips everything else without reading it.
private struct VaryingMemberLocator {
    /// One step of a path, with a member's name as its UTF-8 bytes (compared with the document's key bytes).
    private enum Step {
        case member([UInt8])
        case element(Int)
    }

    private let input: UnsafeBufferPointer<UInt8>
    private let paths: [[Step]]
    private var position = 0
    /// For each path, the offset of the first byte of the value it leads to, if any.
    private(set) var valueStarts: [Int?]

    init(input: UnsafeBufferPointer<UInt8>, paths: [[JSONPath.Component]]) {
        self.input = input
        self.paths = paths.map { path in
            path.map { step in
                switch step {
                case .key(let name): .member(Array(name.utf8))
                case .index(let index): .element(index)
                }
            }
        }
        valueStarts = Array(repeating: nil, count: paths.count)
    }

    /// Walks the document; `false` when it is not what a valid document looks like (it then holds no template).
    mutating func locate() -> Bool {
        if input.starts(with: UTF8Validation.byteOrderMark) { position = UTF8Validation.byteOrderMark.count }
        skipWhitespace()
        let all = paths.count == UInt64.bitWidth ? UInt64.max : (1 << UInt64(paths.count)) - 1
        return visit(all, depth: 0)
    }

    /// Walks the value here, which the paths in `wanted` (a bit per path) all reach after `depth` steps.
    private mutating func visit(_ wanted: UInt64, depth: Int) -> Bool {
        guard let byte = byte() else { return false }
        var ending: UInt64 = 0
        for index in 0..<paths.count where wanted & (1 << UInt64(index)) != 0 && paths[index].count == depth {
            ending |= 1 << UInt64(index)
        }
        for index in 0..<paths.count where ending & (1 << UInt64(index)) != 0 { valueStarts[index] = position }
        let going = wanted & ~ending
        switch byte {
        case .openBrace where going != 0: return visitObject(going, depth: depth)
        case .openBracket where going != 0: return visitArray(going, depth: depth)
        default: return skipValue()
        }
    }

    private mutating func visitObject(_ wanted: UInt64, depth: Int) -> Bool {
        if enterIsEmpty(closingWith: .closeBrace) { return true }
        while true {
            guard byte() == .quote else { return false }
            let keyStart = position + 1
            guard skipString() else { return false }
            let key = UnsafeBufferPointer(rebasing: input[keyStart..<position - 1])
            skipWhitespace()
            guard byte() == .colon else { return false }
            position += 1
            skipWhitespace()
            let taking = paths(in: wanted, stepping: depth) { step in
                guard case .member(let name) = step, name.count == key.count else { return false }
                return name.withUnsafeBytes { name in
                    guard let nameStart = name.baseAddress, let keyStart = key.baseAddress else { return true }
                    return SWAR.sameBytes(nameStart, keyStart, count: key.count)
                }
            }
            guard taking != 0 ? visit(taking, depth: depth + 1) : skipValue() else { return false }
            guard let closed = closeOrContinue(.closeBrace) else { return false }
            if closed { return true }
        }
    }

    private mutating func visitArray(_ wanted: UInt64, depth: Int) -> Bool {
        if enterIsEmpty(closingWith: .closeBracket) { return true }
        var element = 0
        while true {
            let taking = paths(in: wanted, stepping: depth) { step in
                guard case .element(let wantedElement) = step else { return false }
                return wantedElement == element
            }
            guard taking != 0 ? visit(taking, depth: depth + 1) : skipValue() else { return false }
            guard let closed = closeOrContinue(.closeBracket) else { return false }
            if closed { return true }
            element += 1
        }
    }

    /// Steps into the container opened here; `true` when it is empty (and then already stepped over).
    private mutating func enterIsEmpty(closingWith close: UInt8) -> Bool {
        position += 1
        skipWhitespace()
        guard byte() == close else { return false }
        position += 1
        return true
    }

    /// The paths of `wanted` whose step `depth` is one that `matches` accepts.
    private func paths(in wanted: UInt64, stepping depth: Int, where matches: (Step) -> Bool) -> UInt64 {
        var taking: UInt64 = 0
        for index in 0..<paths.count
        where wanted & (1 << UInt64(index)) != 0 && depth < paths[index].count && matches(paths[index][depth]) {
            taking |= 1 << UInt64(index)
        }
        return taking
    }

    /// Steps over the closing `close` (`true`) or the comma before the next item and the whitespace after it
    /// (`false`); `nil` at anything else.
    private mutating func closeOrContinue(_ close: UInt8) -> Bool? {
        skipWhitespace()
        guard let byte = byte(), byte == .comma || byte == close else { return nil }
        position += 1
        if byte == close { return true }
        skipWhitespace()
        return false
    }

    /// Steps over the value here: a string, a container (counting brackets outside strings), or a literal.
    private mutating func skipValue() -> Bool {
        guard let first = byte() else { return false }
        switch first {
        case .quote: return skipString()
        case .openBrace, .openBracket:
            var depth = 0
            while let byte = byte() {
                switch byte {
                case .quote:
                    guard skipString() else { return false }
                    continue
                case .openBrace, .openBracket: depth += 1
                case .closeBrace, .closeBracket:
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return true
                    }
                default: break
                }
                position += 1
            }
            return false
        default:
            while let byte = byte(), byte != .comma, byte != .closeBrace, byte != .closeBracket,
                !Self.isWhitespace(byte)
            {
                position += 1
            }
            return true
        }
    }

    /// Steps over the string whose opening quote is here.
    private mutating func skipString() -> Bool {
        position += 1
        while let byte = byte() {
            position += byte == .backslash ? 2 : 1
            if byte == .quote { return true }
        }
        return false
    }

    private mutating func skipWhitespace() {
        while let byte = byte(), Self.isWhitespace(byte) { position += 1 }
    }

    private func byte() -> UInt8? {
        position < input.count ? input[position] : nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == .space || byte == .newline || byte == .carriageReturn || byte == .tab
    }
}
