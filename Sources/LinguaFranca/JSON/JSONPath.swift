/// Where a value sits inside a JSON document, such as `messages[3].content[0].image_url`.
public struct JSONPath: Sendable, Hashable {
    /// One step into an object member or an array element.
    public enum Component: Sendable, Hashable {
        /// An object member.
        case key(String)
        /// An array element, counted from zero.
        case index(Int)
    }

    /// The last step, which links to the steps before it; `nil` at the root. Extending a path allocates one
    /// link and copies nothing, as decoders extend paths at every member and element they reach.
    private let last: Link?

    /// One step and the path that leads to it.
    private final class Link: Sendable {
        let parent: Link?
        let component: Component
        /// The number of steps up to and including this one.
        let depth: Int

        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
            depth = (parent?.depth ?? 0) + 1
        }
    }

    private init(last: Link?) {
        self.last = last
    }

    /// The steps from the document root.
    public var components: [Component] {
        var steps: [Component] = []
        steps.reserveCapacity(last?.depth ?? 0)
        var link = last
        while let step = link {
            steps.append(step.component)
            link = step.parent
        }
        steps.reverse()
        return steps
    }

    /// The document root.
    public static let root = JSONPath()

    /// Creates a path from its steps.
    public init(_ components: [Component] = []) {
        var link: Link?
        for component in components { link = Link(parent: link, component: component) }
        last = link
    }

    /// This path with one more step at the end.
    public func appending(_ component: Component) -> JSONPath {
        JSONPath(last: Link(parent: last, component: component))
    }

    /// This path with one more step at the end.
    public func appending(_ key: String) -> JSONPath { appending(.key(key)) }

    /// This path with `prefix` put before its first step, as errors gain context on their way up.
    public func prefixed(by prefix: Component) -> JSONPath {
        JSONPath([prefix] + components)
    }

    /// Whether both paths have the same steps.
    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool {
        var left = lhs.last
        var right = rhs.last
        guard left?.depth == right?.depth else { return false }
        while let leftStep = left, let rightStep = right {
            if leftStep === rightStep { return true }
            guard leftStep.component == rightStep.component else { return false }
            left = leftStep.parent
            right = rightStep.parent
        }
        return true
    }

    /// Hashes the steps, last first.
    public func hash(into hasher: inout Hasher) {
        var link = last
        hasher.combine(link?.depth ?? 0)
        while let step = link {
            hasher.combine(step.component)
            link = step.parent
        }
    }
}

extension JSONPath: CustomStringConvertible {
    /// The path in the dotted form used in error messages: `messages[3].content`; keys that are not plain
    /// identifiers are quoted (`metadata["user id"]`); the root is the empty string.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where Self.isIdentifier(key):
                if !text.isEmpty { text += "." }
                text += key
            case .key(let key):
                text += "[" + JSONValue.string(key).description + "]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return key.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
        }
    }
}

extension JSONPath: ExpressibleByArrayLiteral {
    /// Creates a path from its steps.
    public init(arrayLiteral elements: Component...) { self.init(elements) }
}

extension JSONPath.Component: ExpressibleByStringLiteral {
    /// A key step from a literal.
    public init(stringLiteral value: String) { self = .key(value) }
}
