/// Helpers for decoding an object member by member.
///
/// A model's `init(json:)` walks the object once, switching on each key; known keys decode through
/// ``decode(_:)`` (which treats `null` as absent and prefixes errors with the key), unknown ones go to
/// ``keep(_:)``.
struct MemberDecoder {
    /// The members no case claimed, in document order.
    private(set) var additionalFields = JSONObject()

    /// Decodes a member's value; `null` is treated as absent.
    ///
    /// - Throws: the value's decoding error with the member's key prefixed to its path.
    func decode<Value: JSONField>(_ member: JSONObject.Member) throws(TranslationError) -> Value? {
        if case .null = member.value { return nil }
        do {
            return try Value(json: member.value)
        } catch {
            throw error.prefixed(by: .key(member.key))
        }
    }

    /// Keeps a member the model does not name.
    mutating func keep(_ member: JSONObject.Member) {
        additionalFields.append(member.value, forKey: member.key)
    }
}

/// Builds a model's JSON object in canonical member order, then applies the remembered layout.
struct MemberEncoder {
    private var object: JSONObject

    init(capacity: Int) {
        object = JSONObject(minimumCapacity: capacity)
    }

    /// Writes `value` under `key` unless it is `nil`.
    mutating func encode(_ key: String, _ value: (some JSONField)?) {
        if let value { object.append(value.json, forKey: key) }
    }

    /// The finished object: the additional fields after the named ones (a named member wins over an additional
    /// one with the same key), arranged by `layout`.
    func finish(additionalFields: JSONObject, layout: MemberLayout) -> JSONValue {
        var result = object
        for member in additionalFields where result.index(forKey: member.key) == nil {
            result.append(member.value, forKey: member.key)
        }
        return .object(layout.arrange(result))
    }
}

/// Throws `missingField` for `key` when `value` is `nil`.
func required<Value>(_ value: Value?, _ key: String) throws(TranslationError) -> Value {
    guard let value else { throw .missingField(key) }
    return value
}
