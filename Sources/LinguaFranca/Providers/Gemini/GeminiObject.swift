/// A Gemini request object read member by member under the members' lowerCamelCase names, however the document
/// spells them (`Mappings/gemini.md`, "Member spellings").
///
/// Gemini reads JSON as protobuf does: a member may be given by its JSON name (`maxOutputTokens`) or by its proto
/// field name (`max_output_tokens`), the spelling of Google's REST samples. Here a lower_snake_case member reads as
/// its lowerCamelCase name, and every error and report path names it as the document spells it. A member given
/// both ways is an error, as it is to Gemini. Only member names are respelled: a value the codec carries verbatim
/// keeps the spelling inside it.
struct GeminiObject {
    /// The object as the document has it.
    private let native: NativeObject
    /// The members under their lowerCamelCase names, in document order (`null` ones included).
    let object: JSONObject
    /// The document's spelling of each respelled member, by its lowerCamelCase name; empty when none is respelled.
    private let spellings: [String: String]

    /// Wraps `value`, which must be an object.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` at `path` when `value` is not an object, and
    ///   ``TranslationError/Code/invalidValue`` at the second of two spellings of one member.
    init(_ value: JSONValue, at path: JSONPath, expected: String = "object") throws(TranslationError) {
        try self.init(NativeObject(value, at: path, expected: expected))
    }

    /// Reads `native` by its members' lowerCamelCase names.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` at the second of two spellings of one member.
    init(_ native: NativeObject) throws(TranslationError) {
        self.native = native
        guard native.object.contains(where: { Self.hasUnderscore($0.key) }) else {
            object = native.object
            spellings = [:]
            return
        }
        var members = JSONObject(minimumCapacity: native.object.count)
        var spellings: [String: String] = [:]
        for member in native.object {
            let name = Self.jsonName(ofFieldName: member.key) ?? member.key
            guard members[name] == nil else {
                let first = spellings[name] ?? name
                throw TranslationError(
                    code: .invalidValue,
                    message: "'\(member.key)' and '\(first)' are one member spelled two ways; Gemini takes it once",
                    path: native.path(member.key))
            }
            members.append(member.value, forKey: name)
            if name != member.key { spellings[name] = member.key }
        }
        object = members
        self.spellings = spellings
    }

    /// Whether `key` holds an underscore, looked for in its UTF-8 bytes (iterating a string's UTF-8 view costs
    /// several times more, on every key of every object a request has).
    private static func hasUnderscore(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "_")) }
            ?? key.utf8.contains(UInt8(ascii: "_"))
    }

    /// The lowerCamelCase JSON name of a lower_snake_case proto field name (`max_output_tokens` →
    /// `maxOutputTokens`), as protobuf forms it; `nil` for any other key, which is read as it is.
    static func jsonName(ofFieldName key: String) -> String? {
        var name: [UInt8] = []
        name.reserveCapacity(key.utf8.count)
        var afterUnderscore = false
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "_"):
                guard !name.isEmpty, !afterUnderscore else { return nil }
                afterUnderscore = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                name.append(afterUnderscore ? byte - 0x20 : byte)
                afterUnderscore = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !name.isEmpty else { return nil }
                name.append(byte)
                afterUnderscore = false
            default:
                return nil
            }
        }
        guard !afterUnderscore, name.count < key.utf8.count else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// The document's spelling of the member named `key`.
    private func spelling(of key: String) -> String {
        spellings.isEmpty ? key : spellings[key] ?? key
    }

    /// Where the object sits in its document.
    var path: JSONPath { native.path }

    /// The member's value, `nil` when absent or `null`.
    subscript(key: String) -> JSONValue? { native[spelling(of: key)] }

    /// The path of a member, as the document spells it.
    func path(_ key: String) -> JSONPath { native.path(spelling(of: key)) }

    /// A member decoded as a typed field.
    ///
    /// - Throws: the field's decoding error at the member's path.
    func decode<Value: JSONField>(_ key: String, as type: Value.Type = Value.self) throws(TranslationError) -> Value? {
        try native.decode(spelling(of: key), as: type)
    }

    /// A member that must be present.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` at the object's path when absent, or the decoding error.
    func require<Value: JSONField>(_ key: String, as type: Value.Type = Value.self) throws(TranslationError) -> Value {
        try native.require(spelling(of: key), as: type)
    }

    /// A member that must be an object, read in turn by its members' lowerCamelCase names.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` at the member's path, and the errors of ``init(_:)``.
    func nested(_ key: String) throws(TranslationError) -> GeminiObject? {
        guard let object = try native.nested(spelling(of: key)) else { return nil }
        return try GeminiObject(object)
    }

    /// The elements of an array member, each with its path.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` at the member's path when it is not an array.
    func elements(_ key: String) throws(TranslationError) -> PathedElements? {
        try native.elements(spelling(of: key))
    }

    /// The members other than `named` (null ones included), in order, under their lowerCamelCase names.
    func members(except named: MemberNames) -> JSONObject {
        var rest = JSONObject()
        for member in object where !named.contains(member.key) { rest.append(member.value, forKey: member.key) }
        return rest
    }
}
