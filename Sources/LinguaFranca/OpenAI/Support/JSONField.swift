/// Anything a typed model can hold in a member: the model types themselves and JSON primitives.
///
/// Internal so that standard-library types gain no public API.
protocol JSONField {
    init(json: JSONValue) throws(TranslationError)
    var json: JSONValue { get }
}

extension JSONValue: JSONField {
    init(json: JSONValue) { self = json }
    var json: JSONValue { self }
}

extension JSONObject: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .object(let object) = json else { throw .typeMismatch(expected: "object", found: json) }
        self = object
    }
    var json: JSONValue { .object(self) }
}

extension String: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .string(let string) = json else { throw .typeMismatch(expected: "string", found: json) }
        self = string
    }
    var json: JSONValue { .string(self) }
}

extension Bool: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .bool(let flag) = json else { throw .typeMismatch(expected: "boolean", found: json) }
        self = flag
    }
    var json: JSONValue { .bool(self) }
}

extension JSONNumber: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .number(let number) = json else { throw .typeMismatch(expected: "number", found: json) }
        self = number
    }
    var json: JSONValue { .number(self) }
}

extension Int: JSONField {
    /// Accepts integer literals only (`3`, not `3.0`), as OpenAI's schema types counts and indexes.
    init(json: JSONValue) throws(TranslationError) {
        guard case .number(let number) = json else { throw .typeMismatch(expected: "integer", found: json) }
        guard number.isIntegerLiteral, let value = Int(number.literal) else {
            throw TranslationError(
                code: .invalidValue, message: "expected an integer in the 64-bit range, found \(number.literal)")
        }
        self = value
    }
    var json: JSONValue { .number(JSONNumber(self)) }
}

extension Double: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .number(let number) = json else { throw .typeMismatch(expected: "number", found: json) }
        guard let value = number.double else {
            throw TranslationError(
                code: .invalidValue, message: "the number \(number.literal) is outside the range of a double")
        }
        self = value
    }
    var json: JSONValue { JSONNumber(self).map(JSONValue.number) ?? .null }
}

extension Array: JSONField where Element: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .array(let elements) = json else { throw .typeMismatch(expected: "array", found: json) }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            do {
                result.append(try Element(json: element))
            } catch {
                throw error.prefixed(by: .index(index))
            }
        }
        self = result
    }
    var json: JSONValue { .array(map(\.json)) }
}

extension JSONValue {
    /// The object inside this value, or a type-mismatch error naming what was expected.
    func requireObject(_ expected: String = "object") throws(TranslationError) -> JSONObject {
        guard case .object(let object) = self else { throw .typeMismatch(expected: expected, found: self) }
        return object
    }
}
