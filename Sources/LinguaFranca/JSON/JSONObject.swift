/// A JSON object that keeps its members in document order.
///
/// Keys are compared by their UTF-8 bytes, as RFC 8259 §8.3 compares member names by code units: `"é"` and
/// `"e\u0301"` are different keys here, although Swift's `String` equality calls them equal.
///
/// Lookup by key is linear, which is the fast choice for the small objects API traffic is made of; the reader
/// never produces duplicate keys (see ``JSONReader/Options/DuplicateKeys``), and the key-based mutators keep
/// keys unique. Equality is order-sensitive: two objects are equal when they hold the same members in the same
/// order.
public struct JSONObject: Sendable, Hashable {
    /// One key and its value.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document order.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() { members = [] }

    /// Creates an empty object with room for `minimumCapacity` members.
    public init(minimumCapacity: Int) {
        members = []
        // Reserving nothing would still replace the shared empty storage with a new buffer.
        if minimumCapacity > 0 { members.reserveCapacity(minimumCapacity) }
    }

    /// Creates an object from members; when a key repeats, the last value is kept at the first position.
    public init(members: some Sequence<Member>) {
        self.init()
        for member in members { self[member.key] = member.value }
    }

    init(uniqueMembers: [Member]) { members = uniqueMembers }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// The position of the member named `key`, if present.
    public func index(forKey key: String) -> Int? {
        members.firstIndex { $0.key.hasSameUTF8(as: key) }
    }

    /// The value for `key`; setting `nil` removes the member, setting a value replaces it in place or appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in members where member.key.hasSameUTF8(as: key) { return member.value }
            return nil
        }
        set {
            if let index = index(forKey: key) {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Appends a member without looking for an existing one with the same key.
    ///
    /// Use it only when `key` is known to be absent, as encoders building a fresh object do; otherwise use the
    /// subscript.
    public mutating func append(_ value: JSONValue, forKey key: String) {
        members.append(Member(key: key, value: value))
    }

    /// Removes the member named `key` and returns its value, if present.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let index = index(forKey: key) else { return nil }
        return members.remove(at: index).value
    }
}

extension JSONObject {
    /// The value at a dotted path (`completionOptions.maxTokens`), if there is one.
    func value(atDottedPath path: String) -> JSONValue? {
        var path = path
        return path.withUTF8 { bytes in
            var object = self
            var rest = bytes
            while let dot = rest.firstIndex(of: .period) {
                guard let index = object.index(forKey: UnsafeBufferPointer(rebasing: rest[..<dot])),
                    case .object(let inner) = object.members[index].value
                else { return nil }
                object = inner
                rest = UnsafeBufferPointer(rebasing: rest[(dot + 1)...])
            }
            return object.index(forKey: rest).map { object.members[$0].value }
        }
    }

    /// Sets a value at a dotted path, creating (or replacing non-object values with) objects on the way; the
    /// objects on the path are changed in place, not copied.
    mutating func setValue(_ value: JSONValue, atDottedPath path: String) {
        var bytes = path
        bytes.withUTF8 { bytes in
            guard bytes.contains(.period) else {
                self[path] = value
                return
            }
            setValue(value, atDottedPath: bytes)
        }
    }

    private mutating func setValue(_ value: JSONValue, atDottedPath path: UnsafeBufferPointer<UInt8>) {
        guard let dot = path.firstIndex(of: .period) else {
            if let index = index(forKey: path) {
                members[index].value = value
            } else {
                members.append(Member(key: String(decoding: path, as: UTF8.self), value: value))
            }
            return
        }
        let head = UnsafeBufferPointer(rebasing: path[..<dot])
        let tail = UnsafeBufferPointer(rebasing: path[(dot + 1)...])
        guard let index = index(forKey: head) else {
            var inner = JSONObject()
            inner.setValue(value, atDottedPath: tail)
            members.append(Member(key: String(decoding: head, as: UTF8.self), value: .object(inner)))
            return
        }
        var inner = members[index].value.objectValue ?? JSONObject()
        // Released from the member first, so that `inner` is the only reference and changes in place.
        members[index].value = .null
        inner.setValue(value, atDottedPath: tail)
        members[index].value = .object(inner)
    }

    /// The position of the member whose key has exactly the bytes `key`.
    private func index(forKey key: UnsafeBufferPointer<UInt8>) -> Int? {
        members.firstIndex { member in
            guard member.key.utf8.count == key.count else { return false }
            return member.key.utf8.withContiguousStorageIfAvailable { stored in
                guard let storedStart = stored.baseAddress, let start = key.baseAddress else { return true }
                return SWAR.sameBytes(storedStart, start, count: key.count)
            } ?? member.key.utf8.elementsEqual(key)
        }
    }
}

extension JSONObject: RandomAccessCollection {
    /// The position of the first member.
    public var startIndex: Int { members.startIndex }
    /// The position past the last member.
    public var endIndex: Int { members.endIndex }
    /// The member at `position`.
    public subscript(position: Int) -> Member { members[position] }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object with the members in the literal's order; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(minimumCapacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }
}

extension String {
    /// Whether both strings have the same UTF-8 bytes (no Unicode canonical equivalence, unlike `==`).
    @inline(__always)
    func hasSameUTF8(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        let compared = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                var index = 0
                while index < count {
                    guard mine[index] == theirs[index] else { return false }
                    index += 1
                }
                return true
            }
        }
        if let compared, let equal = compared { return equal }
        return utf8.elementsEqual(other.utf8)
    }
}

extension String {
    /// Whether the string has exactly the UTF-8 bytes of `literal`.
    @inline(__always)
    func hasSameUTF8(as literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard utf8.count == count else { return false }
        let start = literal.utf8Start
        let compared = utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < count {
                guard bytes[index] == start[index] else { return false }
                index += 1
            }
            return true
        }
        return compared ?? utf8.elementsEqual(UnsafeBufferPointer(start: start, count: count))
    }
}

/// A string key hashed and compared by its UTF-8 bytes, for dictionaries of JSON member names.
struct UTF8Key: Hashable {
    var string: String

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool { lhs.string.hasSameUTF8(as: rhs.string) }

    func hash(into hasher: inout Hasher) {
        for byte in string.utf8 { hasher.combine(byte) }
    }
}
