/// The key order and explicit `null`s of the object a model value was decoded from.
///
/// Encoding arranges the freshly built object by it: members keep their original positions, members that were
/// `null` and are still unset are written as `null` again, and members added since go at the end. It is a
/// presentation detail, not data: it never makes two values unequal and does not contribute to hashing.
struct MemberLayout: Sendable, Hashable {
    /// One remembered member: its key, and whether its value was `null`.
    struct Entry: Sendable {
        var key: String
        var wasNull: Bool
    }

    private var entries: [Entry]
    /// Whether some remembered member was `null`.
    private(set) var hasNulls = false

    /// No remembered layout: members are written in the model's canonical order.
    init() { entries = [] }

    /// Remembers the layout of `object`.
    init(of object: JSONObject) {
        guard !Self.leavesNothingToArrange(count: object.count, firstWasNull: object.first?.value.isNull) else {
            self.init()
            return
        }
        self.init(entries: object.members.map { Entry(key: $0.key, wasNull: $0.value.isNull) })
    }

    /// Remembers the layout of an object whose members are `entries`, in document order (even one that leaves
    /// nothing to arrange: see ``leavesNothingToArrange(count:firstWasNull:)``).
    init(entries: [Entry]) {
        self.entries = entries
        hasNulls = entries.contains { $0.wasNull }
    }

    /// Whether an object of `count` members, whose first was `null` when `firstWasNull`, leaves nothing to
    /// remember: none, or a single one that is not `null`.
    static func leavesNothingToArrange(count: Int, firstWasNull: Bool?) -> Bool {
        count < 2 && firstWasNull != true
    }

    /// The keys of the members that were `null`, in document order.
    var nullKeys: some Sequence<String> {
        entries.lazy.filter(\.wasNull).map(\.key)
    }

    /// Whether the member `key` was `null` (so an unset member of that name is written as `null` again).
    func wasNull(_ key: StaticString) -> Bool {
        hasNulls && entries.contains { $0.wasNull && $0.key.hasSameUTF8(as: key) }
    }

    /// The order in which the members written (`spans`, in writing order) must appear to follow the layout,
    /// as positions in `spans` placed as ``arrange(_:)`` places members; `nil` when they already are in it.
    ///
    /// Unset `null` members are not restored here: the writer writes them as members first.
    func arrangement(of spans: ArraySlice<JSONOutput.MemberSpan>) -> [Int]? {
        guard !entries.isEmpty, !isInOrder(spans) else { return nil }
        var order: [Int] = []
        order.reserveCapacity(spans.count)
        var placed = PlacedMembers()
        for entry in entries {
            guard let index = spans.indices.first(where: { spans[$0].key.matches(entry.key) }) else {
                continue
            }
            placed.insert(index - spans.startIndex)
            order.append(index - spans.startIndex)
        }
        for offset in 0..<spans.count where !placed.contains(offset) { order.append(offset) }
        return order
    }

    /// Whether the remembered members that were written come first, in the remembered order.
    private func isInOrder(_ spans: ArraySlice<JSONOutput.MemberSpan>) -> Bool {
        var next = spans.startIndex
        for entry in entries {
            if next < spans.endIndex, spans[next].key.matches(entry.key) {
                next += 1
            } else if spans[next...].contains(where: { $0.key.matches(entry.key) }) {
                return false
            }
        }
        return true
    }

    static func == (lhs: MemberLayout, rhs: MemberLayout) -> Bool { true }

    func hash(into hasher: inout Hasher) {}

    /// `object`'s members in the remembered order, with remembered `null`s restored.
    func arrange(_ object: JSONObject) -> JSONObject {
        guard !entries.isEmpty, !isArranged(object) else { return object }
        var placed = PlacedMembers()
        var members: [JSONObject.Member] = []
        members.reserveCapacity(max(object.count, entries.count))
        for entry in entries {
            if let index = object.index(forKey: entry.key) {
                placed.insert(index)
                members.append(object[index])
            } else if entry.wasNull {
                members.append(JSONObject.Member(key: entry.key, value: .null))
            }
        }
        for (index, member) in object.enumerated() where !placed.contains(index) {
            members.append(member)
        }
        return JSONObject(uniqueMembers: members)
    }

    /// Whether `object` already has exactly the remembered keys in the remembered order and no `null` to restore.
    private func isArranged(_ object: JSONObject) -> Bool {
        guard object.count == entries.count else { return false }
        for (entry, member) in zip(entries, object.members)
        where entry.wasNull || !entry.key.hasSameUTF8(as: member.key) {
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
