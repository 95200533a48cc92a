/// What a conformance check found wrong: every problem it met, each naming the fixture or parameter and the
/// difference, so that one run shows all that needs fixing.
public struct ConformanceFailure: Error, CustomStringConvertible {
    /// One line (or a short block) per problem.
    public var problems: [String]

    /// Creates a failure from its problems.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// The problems, numbered, one paragraph each.
    public var description: String {
        let header = "\(problems.count) conformance problem\(problems.count == 1 ? "" : "s"):"
        return ([header] + problems.enumerated().map { "\($0.offset + 1). \($0.element)" }).joined(separator: "\n")
    }
}

/// Gathers problems while a check runs, and throws them together at the end.
struct ProblemList {
    private(set) var problems: [String] = []

    mutating func add(_ problem: String) { problems.append(problem) }

    /// Runs `body`, recording any error it throws as a problem under `name`.
    mutating func check(_ name: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch let failure as ConformanceFailure {
            problems += failure.problems.map { "\(name): \($0)" }
        } catch {
            problems.append("\(name): \(error)")
        }
    }

    /// Throws the gathered problems, if there are any.
    func throwIfAny() throws(ConformanceFailure) {
        if !problems.isEmpty { throw ConformanceFailure(problems: problems) }
    }
}
