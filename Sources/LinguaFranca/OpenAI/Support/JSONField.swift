/// Anything a typed model can hold in a member: the model types themselves and JSON primitives.
///
/// Internal so that standard-library types gain no public API.
protocol JSONField: SendableMetatype {
    init(json: JSONValue) throws(TranslationError)
    var json: JSONValue { get }

    /// Reads the value straight from a document's bytes; stops the scan on anything ``init(json:)`` would not
    /// accept from the same bytes.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop)

    /// Writes the value straight to bytes: the bytes `JSONWriter` writes for ``json``.
    func write(to output: inout JSONOutput)
}

extension JSONField {
    /// Reads the value as a tree, then decodes the tree.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        let value = try scanner.readValue()
        do {
            try self.init(json: value)
        } catch {
            throw JSONScanner.Stop()
        }
    }

    /// Writes ``json``.
    func write(to output: inout JSONOutput) { output.write(json) }
}

extension JSONValue: JSONField {
    init(json: JSONValue) { self = json }
    var json: JSONValue { self }
}

/// A member value passed through far more often than looked into, such as a tool's parameter schema: scanned
/// from bytes as ``RawJSON`` when it is an object or array the compact copy takes, else as a tree.
struct PassedThroughJSON: JSONField {
    var value: JSONValue

    init(json: JSONValue) { value = json }
    var json: JSONValue { value }
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) { value = try scanner.readPassingThrough() }
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
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) { self = try scanner.readString() }
    func write(to output: inout JSONOutput) { output.write(self) }
}

extension Bool: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .bool(let flag) = json else { throw .typeMismatch(expected: "boolean", found: json) }
        self = flag
    }
    var json: JSONValue { .bool(self) }
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) { self = try scanner.readBool() }
    func write(to output: inout JSONOutput) { output.write(self) }
}

extension JSONNumber: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        guard case .number(let number) = json else { throw .typeMismatch(expected: "number", found: json) }
        self = number
    }
    var json: JSONValue { .number(self) }
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) { self = try scanner.readNumber() }
    func write(to output: inout JSONOutput) { output.write(self) }
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
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) { self = try scanner.readInt() }
    func write(to output: inout JSONOutput) { output.write(self) }
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

    /// Reads the elements straight from the scanner's bytes.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        try scanner.enterArray()
        var result: [Element] = []
        while try scanner.nextElement() { result.append(try Element(scanning: &scanner)) }
        self = result
    }

    /// Writes the elements straight to bytes.
    func write(to output: inout JSONOutput) {
        output.append(.openBracket)
        withUnsafeBufferPointer { elements in
            for index in elements.indices {
                if index > 0 { output.append(.comma) }
                elements[index].write(to: &output)
            }
        }
        output.append(.closeBracket)
    }
}

extension JSONValue {
    /// The object inside this value, or a type-mismatch error naming what was expected.
    func requireObject(_ expected: String = "object") throws(TranslationError) -> JSONObject {
        guard case .object(let object) = self else { throw .typeMismatch(expected: expected, found: self) }
        return object
    }
}
