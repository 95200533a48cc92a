/// A glob over model names (`gpt-5*`, `o[134]*`, `*-reasoning`): `*` any run of characters, `?` one character,
/// `[abc]`, `[a-z]` and `[!a-z]` one character of a set. It matches the whole name, case-sensitively.
public struct ModelPattern: Sendable, Hashable, CustomStringConvertible {
    enum Element: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case anyCharacter
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
        case anyRun

        func accepts(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .literal(let expected): scalar == expected
            case .anyCharacter, .anyRun: true
            case .set(let ranges, let negated): ranges.contains { $0.contains(scalar) } != negated
            }
        }

        /// Whether some character is accepted by both (sets are compared by range overlap; a negated set is
        /// assumed to overlap anything, which errs on the side of reporting a tie).
        func overlaps(_ other: Element) -> Bool {
            switch (self, other) {
            case (.literal(let scalar), _): other.accepts(scalar)
            case (_, .literal(let scalar)): accepts(scalar)
            case (.set(let mine, false), .set(let theirs, false)):
                mine.contains { range in theirs.contains { $0.overlaps(range) } }
            default: true
            }
        }
    }

    /// The pattern as written.
    public let description: String
    let elements: [Element]

    /// Parses a pattern.
    ///
    /// - Throws: ``CapabilityTableError`` for an empty pattern, an unclosed `[` or an empty or reversed set.
    public init(_ text: String) throws(CapabilityTableError) {
        description = text
        var elements: [Element] = []
        var scalars = Array(text.unicodeScalars)[...]
        guard !scalars.isEmpty else { throw CapabilityTableError(message: "a model pattern may not be empty") }
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "*": if elements.last != .anyRun { elements.append(.anyRun) }
            case "?": elements.append(.anyCharacter)
            case "[":
                guard let close = scalars.firstIndex(of: "]"), close > scalars.startIndex else {
                    throw CapabilityTableError(message: "the set in pattern \(text) has no closing ']' or is empty")
                }
                var body = scalars[..<close]
                scalars = scalars[scalars.index(after: close)...]
                let negated = body.first == "!"
                if negated { body = body.dropFirst() }
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                while let low = body.popFirst() {
                    if body.first == "-", body.count >= 2 {
                        body = body.dropFirst()
                        let high = body.removeFirst()
                        guard low <= high else {
                            throw CapabilityTableError(
                                message: "the range \(low)-\(high) in pattern \(text) is reversed")
                        }
                        ranges.append(low...high)
                    } else {
                        ranges.append(low...low)
                    }
                }
                guard !ranges.isEmpty else {
                    throw CapabilityTableError(message: "the set in pattern \(text) is empty")
                }
                elements.append(.set(ranges: ranges, negated: negated))
            default: elements.append(.literal(scalar))
            }
        }
        self.elements = elements
    }

    /// How specific the pattern is: the number of elements other than `*`. More specific overrides win.
    public var specificity: Int { elements.count { $0 != .anyRun } }

    /// Whether `name` matches the whole pattern.
    ///
    /// Greedy matching that backtracks only to the last `*` (no allocation; linear in practice, quadratic at
    /// worst in the name's length).
    public func matches(_ name: String) -> Bool {
        matches(Array(name.unicodeScalars))
    }

    func matches(_ pending: [Unicode.Scalar]) -> Bool {
        var position = 0
        var element = 0
        var starElement = -1
        var starPosition = 0
        while position < pending.count {
            if element < elements.count, elements[element] == .anyRun {
                starElement = element
                starPosition = position
                element += 1
            } else if element < elements.count, elements[element].accepts(pending[position]) {
                element += 1
                position += 1
            } else if starElement >= 0 {
                element = starElement + 1
                starPosition += 1
                position = starPosition
            } else {
                return false
            }
        }
        while element < elements.count, elements[element] == .anyRun { element += 1 }
        return element == elements.count
    }

    /// Whether some model name matches both patterns (an intersection of the two automata).
    public func overlaps(_ other: ModelPattern) -> Bool {
        var seen: Set<[Int]> = []
        var frontier = pairClosure([0, 0], other)
        seen.formUnion(frontier)
        while let pair = frontier.popLast() {
            let (mine, theirs) = (pair[0], pair[1])
            if mine == elements.count && theirs == other.elements.count { return true }
            guard mine < elements.count, theirs < other.elements.count,
                elements[mine].overlaps(other.elements[theirs])
            else { continue }
            let next = [
                elements[mine] == .anyRun ? mine : mine + 1,
                other.elements[theirs] == .anyRun ? theirs : theirs + 1,
            ]
            for state in pairClosure(next, other) where seen.insert(state).inserted { frontier.append(state) }
        }
        return false
    }

    private func closure(_ states: Set<Int>) -> Set<Int> {
        var result = states
        for state in states.sorted() {
            var position = state
            while position < elements.count, elements[position] == .anyRun {
                position += 1
                result.insert(position)
            }
        }
        return result
    }

    private func pairClosure(_ pair: [Int], _ other: ModelPattern) -> [[Int]] {
        let mine = closure([pair[0]])
        let theirs = other.closure([pair[1]])
        return mine.flatMap { left in theirs.map { [left, $0] } }
    }
}
