/// Where a model's decoder reads an object's members from: a ``JSONObject`` already read (``TreeMembers``) or
/// the document's bytes (``JSONScanner``). A model writes its decoding once, generic over the source:
///
///     while let key = try members.nextKey() {
///         switch key {
///         case "id": id = try members.decode()
///         default: try members.keep()
///         }
///     }
///     let rest = members.finish()
protocol MemberSource {
    /// What decoding throws: a ``TranslationError`` with its JSON path from a tree, a stop from the scanner.
    associatedtype Failure: Error

    /// The next member's key; `nil` after the last member.
    mutating func nextKey() throws(Failure) -> MemberKey?

    /// Decodes the current member's value; `null` decodes as absent.
    mutating func decode<Value: JSONField>() throws(Failure) -> Value?

    /// Keeps the current member, which the model does not name, as an additional field.
    mutating func keep() throws(Failure)

    /// Ends the object, right after ``nextKey()`` returned `nil`: the members kept and the object's layout.
    mutating func finish() -> DecodedMembers

    /// The failure for a required member that is absent.
    func missing(_ key: String) -> Failure
}

extension MemberSource {
    /// `value`, or the failure for the absent required member `key`.
    func required<Value>(_ value: Value?, _ key: String) throws(Failure) -> Value {
        guard let value else { throw missing(key) }
        return value
    }
}

/// What a finished object leaves besides its named members.
struct DecodedMembers {
    /// The members no case claimed, in document order.
    var additionalFields: JSONObject
    /// The key order and explicit `null`s of the object.
    var layout: MemberLayout
}

/// A member's key, matched against string literals by UTF-8 bytes (as JSON compares member names) in a
/// `switch`: a key of a tree's object, or the bytes of a key in the document a ``JSONScanner`` reads — valid
/// only while that scan lasts, so a key is matched where it is read and never kept.
struct MemberKey {
    /// The key's length in UTF-8 bytes, compared first.
    private let count: Int
    /// The key's bytes in the scanned document; `nil` for a tree's key.
    private let bytes: UnsafeRawPointer?
    /// A tree's key.
    private let string: String

    /// A tree's key.
    init(name: String) {
        string = name
        count = name.utf8.count
        bytes = nil
    }

    /// A key whose well-formed UTF-8 bytes are `bytes`, in a document being scanned.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        string = ""
        count = bytes.count
        self.bytes = UnsafeRawPointer(bytes.baseAddress)
    }

    /// The key as a string.
    var name: String {
        guard let bytes else { return string }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Whether `key` has exactly the bytes of `pattern`.
    @inline(__always)
    static func ~= (pattern: StaticString, key: MemberKey) -> Bool {
        guard let bytes = key.bytes else { return key.string.hasSameUTF8(as: pattern) }
        return SWAR.bytes(bytes, count: key.count, spell: pattern)
    }

    /// Whether the key has exactly the UTF-8 bytes of `name` (a name known only at run time; a literal is
    /// matched with `~=`).
    func hasBytes(of name: String) -> Bool {
        guard count == name.utf8.count else { return false }
        guard let bytes else { return string == name }
        let contiguous = name.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.baseAddress.map { SWAR.sameBytes(bytes, $0, count: count) } ?? true
        }
        return contiguous ?? name.utf8.elementsEqual(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

/// The members of an object already read as a tree; decoding errors carry the member's key in their path.
struct TreeMembers: MemberSource {
    typealias Failure = TranslationError

    private let object: JSONObject
    private var position = -1
    private var kept = JSONObject()

    /// The members of `object`.
    init(_ object: JSONObject) {
        self.object = object
    }

    /// The members of `value`, which must be an object.
    ///
    /// - Throws: ``TranslationError/Code/typeMismatch`` naming `expected` when it is not.
    init(_ value: JSONValue, expected: String) throws(TranslationError) {
        guard case .object(let object) = value else { throw .typeMismatch(expected: expected, found: value) }
        self.init(object)
    }

    mutating func nextKey() -> MemberKey? {
        position += 1
        return position < object.count ? MemberKey(name: object[position].key) : nil
    }

    /// - Throws: the value's decoding error, with the member's key prefixed to its path.
    func decode<Value: JSONField>() throws(TranslationError) -> Value? {
        let member = object[position]
        if case .null = member.value { return nil }
        do {
            return try Value(json: member.value)
        } catch {
            throw error.prefixed(by: .key(member.key))
        }
    }

    mutating func keep() {
        let member = object[position]
        kept.append(member.value, forKey: member.key)
    }

    /// The members kept so far, for a caller that needs no layout.
    var keptMembers: JSONObject { kept }

    func finish() -> DecodedMembers {
        DecodedMembers(additionalFields: kept, layout: MemberLayout(of: object))
    }

    func missing(_ key: String) -> TranslationError { .missingField(key) }
}

extension JSONScanner: MemberSource {
    mutating func nextKey() throws(Stop) -> MemberKey? {
        try readKey()
    }

    mutating func decode<Value: JSONField>() throws(Stop) -> Value? {
        if try readNull() { return nil }
        return try Value(scanning: &self)
    }

    mutating func keep() throws(Stop) {
        try keepMember()
    }

    mutating func finish() -> DecodedMembers {
        let closed = takeClosedObject()
        return DecodedMembers(additionalFields: closed.kept, layout: closed.layout)
    }

    func missing(_ key: String) -> Stop { Stop() }
}

extension JSONScanner {
    /// Reads the object here member by member: `body` reads each member's value, matching its key as a
    /// ``MemberKey`` (and stops the scan for a key it does not take); the members are forgotten afterwards. For
    /// readers that take a fixed shape and keep nothing else.
    mutating func readObject(_ body: (MemberKey, inout JSONScanner) throws(Stop) -> Void) throws(Stop) {
        try enterObject()
        while let key = try readKey() { try body(key, &self) }
        forgetClosedObject()
    }
}
