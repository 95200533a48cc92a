/// The layouts of objects a scanner read lately, found again by their keys' bytes: objects of one shape (every
/// chunk of a stream, every message of a request) then share one ``MemberLayout`` instead of each turning its
/// keys into strings.
///
/// An entry's signature holds, per member, one byte — the key's length shifted left once, the low bit set when
/// the value was `null` — then the key's bytes. Objects whose keys are longer than 127 bytes, or with more
/// members than ``longestLayout``, are not remembered.
struct ScannedLayoutCache: Sendable {
    private struct Entry: Sendable {
        var memberCount: Int
        var signature: [UInt8]
        var layout: MemberLayout
    }

    private static let slotCount = 8
    private static let longestLayout = 24
    private static let longestKey = 127

    private var entries: [Entry] = []
    /// The slot the next new layout replaces once all are taken.
    private var nextSlot = 0

    /// An empty cache (no storage until the first layout is remembered).
    init() {}

    /// The layout of the object whose `members` (their keys in `input`) were just read: a remembered one with the
    /// same keys, in the same order, `null` in the same places; else a new one, remembered.
    mutating func layout(
        of members: UnsafeBufferPointer<JSONScanner.Member>, in input: UnsafeBufferPointer<UInt8>
    ) -> MemberLayout {
        guard !MemberLayout.leavesNothingToArrange(count: members.count, firstWasNull: members.first?.wasNull) else {
            return MemberLayout()
        }
        guard let base = UnsafeRawPointer(input.baseAddress), members.count <= Self.longestLayout else {
            return Self.makeLayout(of: members, in: input)
        }
        for entry in entries where entry.memberCount == members.count {
            if Self.matches(entry.signature, members, base) { return entry.layout }
        }
        let layout = Self.makeLayout(of: members, in: input)
        guard let signature = Self.signature(of: members, base) else { return layout }
        let entry = Entry(memberCount: members.count, signature: signature, layout: layout)
        if entries.count < Self.slotCount {
            entries.append(entry)
        } else {
            entries[nextSlot] = entry
            nextSlot = (nextSlot + 1) % Self.slotCount
        }
        return layout
    }

    /// A new layout of `members`, their keys made strings.
    private static func makeLayout(
        of members: UnsafeBufferPointer<JSONScanner.Member>, in input: UnsafeBufferPointer<UInt8>
    ) -> MemberLayout {
        MemberLayout(
            entries: members.map { MemberLayout.Entry(key: JSONScanner.key(of: $0, in: input), wasNull: $0.wasNull) })
    }

    /// Whether `members` are exactly what `signature` describes.
    private static func matches(
        _ signature: [UInt8], _ members: UnsafeBufferPointer<JSONScanner.Member>, _ base: UnsafeRawPointer
    ) -> Bool {
        signature.withUnsafeBytes { stored in
            guard let storedBase = stored.baseAddress else { return false }
            var offset = 0
            for member in members {
                guard offset < stored.count, Int(stored[offset]) == header(of: member) else { return false }
                offset += 1
                guard offset + member.keyCount <= stored.count,
                    SWAR.sameBytes(storedBase + offset, base + member.keyStart, count: member.keyCount)
                else { return false }
                offset += member.keyCount
            }
            return offset == stored.count
        }
    }

    /// The signature of `members`; `nil` when a key is too long for one.
    private static func signature(
        of members: UnsafeBufferPointer<JSONScanner.Member>, _ base: UnsafeRawPointer
    ) -> [UInt8]? {
        var signature: [UInt8] = []
        signature.reserveCapacity(members.reduce(0) { $0 + 1 + $1.keyCount })
        for member in members {
            guard member.keyCount <= longestKey else { return nil }
            signature.append(UInt8(truncatingIfNeeded: header(of: member)))
            signature.append(
                contentsOf: UnsafeRawBufferPointer(start: base + member.keyStart, count: member.keyCount))
        }
        return signature
    }

    /// A member's signature byte: its key's length shifted left once, the low bit set when it was `null`.
    @inline(__always)
    private static func header(of member: JSONScanner.Member) -> Int {
        member.keyCount << 1 | (member.wasNull ? 1 : 0)
    }
}
