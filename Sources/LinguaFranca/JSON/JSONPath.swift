/// Where a value sits inside a JSON document, such as `messages[3].content[0].image_url`.
public struct JSONPath: Sendable, Hashable {
    /// One step into an object member or an array element.
    public enum Component: Sendable, Hashable {
        /// An object member.
        case key(String)
        /// An array element, counted from zero.
        case index(Int)
    }

    /// The steps from the document root.
    public var components: [Component]

    /// The document root.
    public static let root = JSONPath()

    /// Creates a path from its steps.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// This path with one more step at the end.
    public func appending(_ component: Component) -> JSONPath {
        var extended: [Component] = []
        extended.reserveCapacity(components.count + 1)
        extended.append(contentsOf: components)
        extended.append(component)
        return JSONPath(extended)
    }

    /// This path with one more step at the end.
    public func appending(_ key: String) -> JSONPath { appending(.key(key)) }

    /// This path with `prefix` put before its first step, as errors gain context on their way up.
    public func prefixed(by prefix: Component) -> JSONPath {
        var extended: [Component] = []
        extended.reserveCapacity(components.count + 1)
        extended.append(prefix)
        extended.append(contentsOf: components)
        return JSONPath(extended)
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
