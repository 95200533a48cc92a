/// Where a model's encoder writes an object's members: a tree (``MemberEncoder``) or bytes (``JSONOutput``).
/// A model writes its encoding once, generic over the sink, calling ``encode(_:_:)`` for each member in its
/// canonical order; the sink applies the remembered layout.
protocol MemberSink {
    /// Writes `value` under `key`, a model's member name (plain ASCII that needs no escaping); a `nil` value
    /// writes nothing of its own (a `null` the layout remembers is restored by the sink, at this place or when the
    /// object is finished).
    mutating func encode(_ key: StaticString, _ value: (some JSONField)?)

    /// Writes `value` under `key`, or `null` when it is absent: for a member that OpenAI's published schema
    /// requires in a response even when it has no value (a choice's `finish_reason` and `logprobs`, a message's
    /// `content` and `refusal`), which strict clients and schema validators look for.
    mutating func encodeNullable(_ key: StaticString, _ value: (some JSONField)?)
}

extension StaticString {
    /// The literal as a `String`.
    var string: String {
        withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }
}

/// A typed object model: decoded from any ``MemberSource`` and encoded into any ``MemberSink`` by one piece of
/// code each, which gives it both its tree form and its direct byte forms.
protocol ObjectModel: JSONField {
    /// What a type-mismatch error calls the object (`"chunk object"`).
    static var objectName: String { get }
    /// Members the model does not name, in document order.
    var additionalFields: JSONObject { get }
    /// The key order and `null`s of the object the value was decoded from.
    var layout: MemberLayout { get }

    /// Decodes the value from an object's members.
    init<Source: MemberSource>(members: inout Source) throws(Source.Failure)

    /// Writes the named members, in canonical order.
    func encodeMembers(into members: inout some MemberSink)
}

extension ObjectModel {
    /// Decodes the value from a tree.
    ///
    /// - Throws: ``TranslationError`` with the JSON path of a member that is missing or has the wrong type.
    init(tree value: JSONValue) throws(TranslationError) {
        var members = try TreeMembers(value, expected: Self.objectName)
        try self.init(members: &members)
    }

    /// Reads the object straight from the scanner's bytes.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        try scanner.enterObject()
        try self.init(members: &scanner)
    }

    /// The value as a tree.
    var tree: JSONValue {
        var members = MemberEncoder(layout: layout)
        encodeMembers(into: &members)
        return members.finish(additionalFields: additionalFields)
    }

    /// Writes the object straight to bytes, arranged by its layout.
    func write(to output: inout JSONOutput) {
        let open = output.openObject(layout: layout, additionalFields: additionalFields)
        encodeMembers(into: &output)
        output.closeObject(open)
    }
}

/// Builds a model's object as a tree in canonical member order, then applies the remembered layout.
struct MemberEncoder: MemberSink {
    private var object = JSONObject(minimumCapacity: 8)
    private let layout: MemberLayout

    init(layout: MemberLayout) {
        self.layout = layout
    }

    mutating func encode(_ key: StaticString, _ value: (some JSONField)?) {
        if let value { object.append(value.json, forKey: key.string) }
    }

    mutating func encodeNullable(_ key: StaticString, _ value: (some JSONField)?) {
        object.append(value?.json ?? .null, forKey: key.string)
    }

    /// The finished object: the additional fields after the named ones (a named member wins over an additional
    /// one with the same key), arranged by the layout.
    func finish(additionalFields: JSONObject) -> JSONValue {
        var result = object
        for member in additionalFields where result.index(forKey: member.key) == nil {
            result.append(member.value, forKey: member.key)
        }
        return .object(layout.arrange(result))
    }
}
