public import LinguaFranca

/// Compares JSON documents the way an API client reads them: member order does not matter, a member whose value is
/// `null` is the same as an absent one, and numbers are equal when their values are (`1`, `1.0` and `1e0`).
/// Strings, booleans and array order are compared exactly.
public enum SemanticJSON {
    /// Whether `left` and `right` mean the same document.
    public static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        differences(expected: left, actual: right, limit: 1).isEmpty
    }

    /// The places where `actual` differs from `expected`, in `expected`'s document order, at most `limit` of them.
    public static func differences(expected: JSONValue, actual: JSONValue, limit: Int = 20) -> [JSONDifference] {
        var found: [JSONDifference] = []
        collect(expected, actual, at: .root, limit: limit, into: &found)
        return found
    }

    /// A readable account of the differences, one per line, or `nil` when there are none.
    public static func diff(expected: JSONValue, actual: JSONValue, limit: Int = 20) -> String? {
        let found = differences(expected: expected, actual: actual, limit: limit)
        guard !found.isEmpty else { return nil }
        return found.map { "  \($0)" }.joined(separator: "\n")
    }

    private static func collect(
        _ expected: JSONValue, _ actual: JSONValue, at path: JSONPath, limit: Int, into found: inout [JSONDifference]
    ) {
        guard found.count < limit else { return }
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            for member in left where !member.value.isNull {
                collect(
                    member.value, right[member.key] ?? .null, at: path.appending(member.key), limit: limit,
                    into: &found)
            }
            for member in right where !member.value.isNull && (left[member.key] ?? .null).isNull {
                guard found.count < limit else { return }
                found.append(JSONDifference(path: path.appending(member.key), expected: nil, actual: member.value))
            }
        case (.array(let left), .array(let right)):
            for (index, pair) in zip(left, right).enumerated() {
                collect(pair.0, pair.1, at: path.appending(.index(index)), limit: limit, into: &found)
            }
            for index in min(left.count, right.count)..<max(left.count, right.count) where found.count < limit {
                found.append(
                    JSONDifference(
                        path: path.appending(.index(index)), expected: expected[index].flatMap(present),
                        actual: actual[index].flatMap(present)))
            }
        case (.number(let left), .number(let right)):
            if left != right, !sameValue(left, right) {
                found.append(JSONDifference(path: path, expected: expected, actual: actual))
            }
        default:
            if expected != actual {
                found.append(JSONDifference(path: path, expected: present(expected), actual: present(actual)))
            }
        }
    }
}

extension SemanticJSON {
    /// `value`, or `nil` for `null` (which means the same as an absent member).
    fileprivate static func present(_ value: JSONValue) -> JSONValue? {
        if value.isNull { return nil }
        return value
    }

    /// Whether two numbers with different literals have the same value: integers compared exactly, others as doubles.
    fileprivate static func sameValue(_ left: JSONNumber, _ right: JSONNumber) -> Bool {
        if let left = left.int, let right = right.int { return left == right }
        guard let left = left.double, let right = right.double else { return false }
        return left == right
    }
}

/// One place where two documents differ: the path, and the value on each side (`nil` where the member is absent or
/// `null`).
public struct JSONDifference: Sendable, Hashable, CustomStringConvertible {
    /// Where the documents differ.
    public var path: JSONPath
    /// The expected value there.
    public var expected: JSONValue?
    /// The value found there.
    public var actual: JSONValue?

    /// Creates a difference.
    public init(path: JSONPath, expected: JSONValue?, actual: JSONValue?) {
        self.path = path
        self.expected = expected
        self.actual = actual
    }

    /// `path: expected X, got Y`, with long values shortened.
    public var description: String {
        let place = path.components.isEmpty ? "(document)" : path.description
        return "\(place): expected \(Self.show(expected)), got \(Self.show(actual))"
    }

    private static func show(_ value: JSONValue?) -> String {
        guard let value else { return "nothing" }
        let text = value.description
        return text.count > 120 ? String(text.prefix(117)) + "…" : text
    }
}
