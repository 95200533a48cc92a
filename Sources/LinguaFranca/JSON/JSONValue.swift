/// One JSON value, as read from or written to the wire.
///
/// Objects keep their key order (``JSONObject``) and numbers keep their literal text (``JSONNumber``), so a
/// document read and written back is unchanged in everything but insignificant whitespace and string escapes.
///
/// An object or array may arrive as ``raw(_:)``, its compact text (see ``RawJSON``): the subscripts and the
/// `…Value` accessors, equality and hashing look through it, and ``resolved`` turns it into its tree for a
/// `switch`.
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, with its literal text.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, in document order.
    case object(JSONObject)
    /// An object or array kept as its compact text, as readers pass some members through.
    case raw(RawJSON)
}

extension JSONValue: Hashable {
    /// Whether both values hold the same data; a ``raw(_:)`` value equals the tree its text holds.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.number(let left), .number(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)): left == right
        case (.raw(let left), .raw(let right)): left == right
        case (.raw(let left), _): left.value == rhs
        case (_, .raw(let right)): lhs == right.value
        default: false
        }
    }

    /// Hashes the data, so that a ``raw(_:)`` value hashes as its tree.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let flag):
            hasher.combine(1)
            hasher.combine(flag)
        case .number(let number):
            hasher.combine(2)
            hasher.combine(number)
        case .string(let string):
            hasher.combine(3)
            hasher.combine(string)
        case .array(let elements):
            hasher.combine(4)
            hasher.combine(elements)
        case .object(let object):
            hasher.combine(5)
            hasher.combine(object)
        case .raw(let raw): raw.value.hash(into: &hasher)
        }
    }
}

extension JSONValue {
    /// This value with a ``raw(_:)`` object or array read into its tree; any other value as it is.
    public var resolved: JSONValue {
        if case .raw(let raw) = self { return raw.value }
        return self
    }

    /// The member named `key` when this value is an object holding it; `nil` otherwise.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The element at `index` when this value is an array long enough; `nil` otherwise.
    public subscript(index: Int) -> JSONValue? {
        guard let array = arrayValue, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// The value at `path` below this one, if there is one.
    public func value(at path: JSONPath) -> JSONValue? {
        var value: JSONValue? = self
        for component in path.components {
            switch component {
            case .key(let key): value = value?[key]
            case .index(let index): value = value?[index]
            }
        }
        return value
    }

    /// The string when this value is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The Boolean when this value is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number when this value is a number.
    public var numberValue: JSONNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The elements when this value is an array (read from its text when ``raw(_:)``).
    public var arrayValue: [JSONValue]? {
        switch self {
        case .array(let value): value
        case .raw(let raw): raw.value.arrayValue
        default: nil
        }
    }

    /// The object when this value is an object (read from its text when ``raw(_:)``).
    public var objectValue: JSONObject? {
        switch self {
        case .object(let value): value
        case .raw(let raw): raw.value.objectValue
        default: nil
        }
    }

    /// Whether this value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type name of this value (`"object"`, `"array"`, `"string"`, `"number"`, `"boolean"`, `"null"`),
    /// as error messages name it.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        case .raw(let raw): raw.bytes.first == .openBrace ? "object" : "array"
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    /// Creates `null`.
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates a Boolean value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates a number from an integer literal.
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates a number from a floating-point literal, written in its shortest exact form.
    public init(floatLiteral value: Double) { self = .number(JSONNumber(floatLiteral: value)) }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates a string value.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates an array value.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates an object with the members in the literal's order; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject(minimumCapacity: elements.count)
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text.
    public var description: String {
        String(decoding: JSONWriter().write(self), as: UTF8.self)
    }
}
