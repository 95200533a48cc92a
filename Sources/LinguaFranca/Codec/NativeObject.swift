/// A native JSON object read member by member, with every type error naming the member's full path
/// (`messages[3].content[0].source`). `null` members count as absent, as they do in the OpenAI model.
struct NativeObject {
    /// The object.
    let object: JSONObject
    /// Where it sits in its document.
    let path: JSONPath

    /// Wraps `value`, which must be an object.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` at `path` when `value` is not an object.
    init(_ value: JSONValue, at path: JSONPath, expected: String = "object") throws(TranslationError) {
        guard case .object(let object) = value else { throw .typeMismatch(expected: expected, found: value, at: path) }
        self.object = object
        self.path = path
    }

    /// The member's value, `nil` when absent or `null`.
    subscript(key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    /// The path of a member.
    func path(_ key: String) -> JSONPath { path.appending(key) }

    /// A member decoded as a typed field (`String`, `Int`, `Bool`, `JSONNumber`, `[JSONValue]`, `JSONObject`).
    ///
    /// - Throws: the field's decoding error at the member's path.
    func decode<Value: JSONField>(_ key: String, as type: Value.Type = Value.self) throws(TranslationError) -> Value? {
        guard let value = self[key] else { return nil }
        do {
            return try Value(json: value)
        } catch {
            var located = error
            located.path = JSONPath(path(key).components + error.path.components)
            throw located
        }
    }

    /// A member that must be present.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` at the object's path when absent, or the decoding error.
    func require<Value: JSONField>(_ key: String, as type: Value.Type = Value.self) throws(TranslationError) -> Value {
        guard let value = try decode(key, as: type) else { throw .missingField(key, at: path) }
        return value
    }

    /// A member that must be an object, wrapped in turn.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` at the member's path.
    func nested(_ key: String) throws(TranslationError) -> NativeObject? {
        guard let value = self[key] else { return nil }
        return try NativeObject(value, at: path(key))
    }

    /// The elements of an array member, each with its path (made as each element is reached).
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` at the member's path when it is not an array.
    func elements(_ key: String) throws(TranslationError) -> PathedElements? {
        guard let value = self[key] else { return nil }
        guard case .array(let array) = value else {
            throw .typeMismatch(expected: "array", found: value, at: path(key))
        }
        return PathedElements(values: array, base: path(key))
    }

    /// The members other than `named` (null ones included), in order: what a codec keeps as extension members.
    func members(except named: MemberNames) -> JSONObject {
        var rest = JSONObject()
        for member in object where !named.contains(member.key) { rest.append(member.value, forKey: member.key) }
        return rest
    }
}

extension Int {
    /// `self - other`, held at the bounds of `Int` instead of trapping: counts from the wire may be anything.
    func subtractingClamped(_ other: Int) -> Int {
        let (result, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return result }
        return other > 0 ? .min : .max
    }
}

/// The elements of a native array with the path of each, as ``NativeObject/elements(_:)`` gives them.
struct PathedElements: RandomAccessCollection {
    /// No elements.
    static let empty = PathedElements(values: [], base: .root)

    let values: [JSONValue]
    /// The array's path.
    let base: JSONPath

    var startIndex: Int { values.startIndex }
    var endIndex: Int { values.endIndex }

    subscript(position: Int) -> (value: JSONValue, path: JSONPath) {
        (values[position], base.appending(.index(position)))
    }
}

/// A decoder's short, fixed list of member names, matched by their UTF-8 bytes as JSON compares keys: a linear
/// search, which for a handful of names costs less than hashing the key.
struct MemberNames: Sendable, ExpressibleByArrayLiteral {
    private let names: [StaticString]

    /// The names.
    init(arrayLiteral names: StaticString...) {
        self.names = names
    }

    /// Whether `key` is one of the names.
    func contains(_ key: String) -> Bool {
        names.contains { key.hasSameUTF8(as: $0) }
    }
}
