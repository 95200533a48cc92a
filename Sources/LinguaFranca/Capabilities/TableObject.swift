/// A JSON object read strictly while loading a capability table: it remembers which keys were read, so unknown
/// keys (typos) are reported, and its errors carry the key that failed.
struct TableObject {
    private let object: JSONObject
    private let allowed: [String]

    /// Wraps `value`, which must be an object whose keys are all in `allowed`.
    init(_ value: JSONValue, allowed: [String]) throws(CapabilityTableError) {
        guard case .object(let object) = value else {
            throw CapabilityTableError(message: "expected an object, found \(value.kindName)")
        }
        for member in object where !allowed.contains(member.key) {
            throw CapabilityTableError(
                path: [.key(member.key)],
                message: "unknown key '\(member.key)'; allowed here: \(allowed.joined(separator: ", "))")
        }
        self.object = object
        self.allowed = allowed
    }

    /// The members, in file order.
    var members: JSONObject { object }

    func has(_ key: String) -> Bool { object[key] != nil }

    /// Reads `key` with `read`, prefixing any error with the key.
    func read<Value>(
        _ key: String, _ read: (JSONValue) throws(CapabilityTableError) -> Value
    ) throws(CapabilityTableError) -> Value? {
        guard let value = object[key] else { return nil }
        do {
            return try read(value)
        } catch {
            throw error.prefixed(by: .key(key))
        }
    }

    func require<Value>(
        _ key: String, _ read: (JSONValue) throws(CapabilityTableError) -> Value
    ) throws(CapabilityTableError) -> Value {
        guard let value = try self.read(key, read) else {
            throw CapabilityTableError(message: "the required key '\(key)' is missing")
        }
        return value
    }

    func string(_ key: String) throws(CapabilityTableError) -> String? { try read(key, Self.string) }
    func bool(_ key: String) throws(CapabilityTableError) -> Bool? { try read(key, Self.bool) }

    static func string(_ value: JSONValue) throws(CapabilityTableError) -> String {
        guard case .string(let text) = value else {
            throw CapabilityTableError(message: "expected a string, found \(value.kindName)")
        }
        return text
    }

    static func bool(_ value: JSONValue) throws(CapabilityTableError) -> Bool {
        guard case .bool(let flag) = value else {
            throw CapabilityTableError(message: "expected true or false, found \(value.kindName)")
        }
        return flag
    }

    static func number(_ value: JSONValue) throws(CapabilityTableError) -> JSONNumber {
        guard case .number(let number) = value, number.double != nil else {
            throw CapabilityTableError(message: "expected a finite number, found \(value.kindName)")
        }
        return number
    }

    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ type: Choice.Type
    ) -> (JSONValue) throws(CapabilityTableError) -> Choice where Choice.RawValue == String {
        { (value) throws(CapabilityTableError) in
            let text = try string(value)
            guard let choice = Choice(rawValue: text) else {
                let known = Choice.allCases.map(\.rawValue).joined(separator: ", ")
                throw CapabilityTableError(message: "unknown value '\(text)'; expected one of: \(known)")
            }
            return choice
        }
    }

    /// Each member of an object value, read with `read`, errors prefixed with the member's key.
    static func eachMember<Value>(
        of value: JSONValue, _ read: (String, JSONValue) throws(CapabilityTableError) -> Value
    ) throws(CapabilityTableError) -> [(String, Value)] {
        guard case .object(let object) = value else {
            throw CapabilityTableError(message: "expected an object, found \(value.kindName)")
        }
        var result: [(String, Value)] = []
        for member in object {
            do {
                result.append((member.key, try read(member.key, member.value)))
            } catch {
                throw error.prefixed(by: .key(member.key))
            }
        }
        return result
    }
}
