/// The key order and explicit `null`s of the object a model value was decoded from.
///
/// Encoding arranges the freshly built object by it: members keep their original positions, members that were
/// `null` and are still unset are written as `null` again, and members added since go at the end. It is a
/// presentation detail, not data: it never makes two values unequal and does not contribute to hashing.
///
/// The keys are kept as their UTF-8 bytes, one after another in one array, so that a layout scanned from a
/// document makes no strings and the writer matches its member names by bytes. All of it sits behind one
/// reference, absent for the usual empty layout, so that copying a model costs one retain at most for its layout.
struct MemberLayout: Sendable, Hashable {
    /// One remembered member: where its key is in the key bytes, and whether its value was `null`.
    private struct Entry: Sendable {
        var keyStart: Int
        var keyCount: Int
        var wasNull: Bool
    }

    /// A remembered layout, never changed once made.
    private final class Table: Sendable {
        let keyBytes: [UInt8]
        let entries: [Entry]
        /// How many remembered members were `null`.
        let nullCount: Int

        init(keyBytes: [UInt8], entries: [Entry]) {
            self.keyBytes = keyBytes
            self.entries = entries
            nullCount = entries.count { $0.wasNull }
        }

        /// The key of `entry` as a string.
        func key(of entry: Entry) -> String {
            String(decoding: keyBytes[entry.keyStart..<entry.keyStart + entry.keyCount], as: UTF8.self)
        }

        /// Whether the key of `entry` has exactly the bytes of `literal`.
        func key(of entry: Entry, is literal: StaticString) -> Bool {
            guard entry.keyCount == literal.utf8CodeUnitCount else { return false }
            return literal.withUTF8Buffer { literal in
                keyBytes.withUnsafeBufferPointer { keys in
                    guard let keysStart = keys.baseAddress, let literalStart = literal.baseAddress else { return true }
                    return SWAR.sameBytes(keysStart + entry.keyStart, literalStart, count: entry.keyCount)
                }
            }
        }

        /// Whether a remembered member named `key` was `null`.
        func hasNullMember(_ key: StaticString) -> Bool {
            entries.contains { $0.wasNull && self.key(of: $0, is: key) }
        }

        /// Whether the key of `entry` has exactly the UTF-8 bytes of `string`.
        func key(of entry: Entry, is string: String) -> Bool {
            guard entry.keyCount == string.utf8.count else { return false }
            let compared = string.utf8.withContiguousStorageIfAvailable { stringBytes in
                keyBytes.withUnsafeBufferPointer { keys in
                    guard let keysStart = keys.baseAddress, let stringStart = stringBytes.baseAddress else {
                        return true
                    }
                    return SWAR.sameBytes(keysStart + entry.keyStart, stringStart, count: entry.keyCount)
                }
            }
            return compared ?? keyBytes[entry.keyStart..<entry.keyStart + entry.keyCount].elementsEqual(string.utf8)
        }

        /// Whether the key of `entry` is the name `name` of a member written.
        @inline(__always)
        func key(of entry: Entry, isNamed name: JSONOutput.MemberName) -> Bool {
            switch name {
            case .literal(let literal): key(of: entry, is: literal)
            case .string(let string): key(of: entry, is: string)
            }
        }
    }

    private let table: Table?

    /// How many remembered members were `null`.
    var nullCount: Int { table?.nullCount ?? 0 }

    /// Whether this is a remembered layout (not the canonical order).
    var remembers: Bool { table != nil }

    /// Whether both are the same remembered layout (one made once and shared, as the scanner's cache shares
    /// them), which orders the same written members alike.
    func isSame(as other: MemberLayout) -> Bool {
        guard let table, let otherTable = other.table else { return false }
        return table === otherTable
    }

    /// No remembered layout: members are written in the model's canonical order.
    init() { table = nil }

    /// Remembers the layout of `object`.
    init(of object: JSONObject) {
        guard !Self.leavesNothingToArrange(count: object.count, firstWasNull: object.first?.value.isNull) else {
            table = nil
            return
        }
        var keyBytes: [UInt8] = []
        var entries: [Entry] = []
        entries.reserveCapacity(object.count)
        for member in object.members {
            entries.append(
                Entry(keyStart: keyBytes.count, keyCount: member.key.utf8.count, wasNull: member.value.isNull))
            keyBytes.append(contentsOf: member.key.utf8)
        }
        table = Table(keyBytes: keyBytes, entries: entries)
    }

    /// Remembers the layout of the object whose `members` a scanner read from `input` (even one that leaves
    /// nothing to arrange: see ``leavesNothingToArrange(count:firstWasNull:)``).
    init(scanned members: UnsafeBufferPointer<JSONScanner.Member>, in input: UnsafeBufferPointer<UInt8>) {
        var keyBytes: [UInt8] = []
        var entries: [Entry] = []
        entries.reserveCapacity(members.count)
        keyBytes.reserveCapacity(members.reduce(0) { $0 + $1.keyCount })
        for member in members {
            entries.append(Entry(keyStart: keyBytes.count, keyCount: member.keyCount, wasNull: member.wasNull))
            keyBytes.append(
                contentsOf: UnsafeBufferPointer(rebasing: input[member.keyStart..<member.keyStart + member.keyCount]))
        }
        table = Table(keyBytes: keyBytes, entries: entries)
    }

    /// Whether this is the layout of the object whose `members` a scanner read from `input`: the same keys, in the
    /// same order, `null` in the same places.
    func describes(_ members: UnsafeBufferPointer<JSONScanner.Member>, in input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let table, members.count == table.entries.count else { return false }
        return table.keyBytes.withUnsafeBufferPointer { keys in
            for (entry, member) in zip(table.entries, members) {
                guard entry.keyCount == member.keyCount, entry.wasNull == member.wasNull else { return false }
                if entry.keyCount > 0, let keysStart = keys.baseAddress, let inputStart = input.baseAddress,
                    !SWAR.sameBytes(keysStart + entry.keyStart, inputStart + member.keyStart, count: entry.keyCount)
                {
                    return false
                }
            }
            return true
        }
    }

    /// Whether an object of `count` members, whose first was `null` when `firstWasNull`, leaves nothing to
    /// remember: none, or a single one that is not `null`.
    static func leavesNothingToArrange(count: Int, firstWasNull: Bool?) -> Bool {
        count < 2 && firstWasNull != true
    }

    /// The keys of the members that were `null` and have no span in `spans`, in document order: the `null`s the
    /// writer still has to restore.
    func unwrittenNullKeys(_ spans: ArraySlice<JSONOutput.MemberSpan>) -> [String] {
        guard let table, table.nullCount > 0 else { return [] }
        var keys: [String] = []
        for entry in table.entries
        where entry.wasNull && !spans.contains(where: { table.key(of: entry, isNamed: $0.key) }) {
            keys.append(table.key(of: entry))
        }
        return keys
    }

    /// Whether the member `key` was `null` (so an unset member of that name is written as `null` again).
    @inline(__always)
    func wasNull(_ key: StaticString) -> Bool {
        guard let table, table.nullCount > 0 else { return false }
        return table.hasNullMember(key)
    }

    /// The order in which the members written (`spans`, in writing order) must appear to follow the layout,
    /// as positions in `spans` placed as ``arrange(_:)`` places members; `nil` when they already are in it.
    ///
    /// Unset `null` members are not restored here: the writer writes them as members first.
    func arrangement(of spans: ArraySlice<JSONOutput.MemberSpan>) -> [Int]? {
        guard let table, !Self.isInOrder(spans, table) else { return nil }
        var order: [Int] = []
        order.reserveCapacity(spans.count)
        var placed = PlacedMembers()
        for entry in table.entries {
            guard let index = spans.indices.first(where: { table.key(of: entry, isNamed: spans[$0].key) }) else {
                continue
            }
            placed.insert(index - spans.startIndex)
            order.append(index - spans.startIndex)
        }
        for offset in 0..<spans.count where !placed.contains(offset) { order.append(offset) }
        return order
    }

    /// Whether the remembered members that were written come first, in the remembered order.
    private static func isInOrder(_ spans: ArraySlice<JSONOutput.MemberSpan>, _ table: Table) -> Bool {
        var next = spans.startIndex
        for entry in table.entries {
            if next < spans.endIndex, table.key(of: entry, isNamed: spans[next].key) {
                next += 1
            } else if spans[next...].contains(where: { table.key(of: entry, isNamed: $0.key) }) {
                return false
            }
        }
        return true
    }

    static func == (lhs: MemberLayout, rhs: MemberLayout) -> Bool { true }

    func hash(into hasher: inout Hasher) {}

    /// `object`'s members in the remembered order, with remembered `null`s restored.
    func arrange(_ object: JSONObject) -> JSONObject {
        guard let table, !Self.isArranged(object, table) else { return object }
        var placed = PlacedMembers()
        var members: [JSONObject.Member] = []
        members.reserveCapacity(max(object.count, table.entries.count))
        for entry in table.entries {
            if let index = object.members.firstIndex(where: { table.key(of: entry, is: $0.key) }) {
                placed.insert(index)
                members.append(object[index])
            } else if entry.wasNull {
                members.append(JSONObject.Member(key: table.key(of: entry), value: .null))
            }
        }
        for (index, member) in object.enumerated() where !placed.contains(index) {
            members.append(member)
        }
        return JSONObject(uniqueMembers: members)
    }

    /// Whether `object` already has exactly the remembered keys in the remembered order and no `null` to restore.
    private static func isArranged(_ object: JSONObject, _ table: Table) -> Bool {
        guard object.count == table.entries.count else { return false }
        for (entry, member) in zip(table.entries, object.members)
        where entry.wasNull || !table.key(of: entry, is: member.key) {
            return false
        }
        return true
    }
}

/// Which members of an object have been placed: a bit mask for the usual small objects, a set beyond 64.
private struct PlacedMembers {
    private var mask: UInt64 = 0
    private var overflow: Set<Int> = []

    mutating func insert(_ index: Int) {
        if index < 64 { mask |= 1 << UInt64(index) } else { overflow.insert(index) }
    }

    func contains(_ index: Int) -> Bool {
        index < 64 ? mask & (1 << UInt64(index)) != 0 : overflow.contains(index)
    }
}
