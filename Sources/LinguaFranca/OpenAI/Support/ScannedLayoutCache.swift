/// The layouts of objects a scanner read lately, found again by their keys' bytes: objects of one shape (every
/// chunk of a stream, every message of a request) then share one ``MemberLayout`` instead of each copying its
/// keys.
struct ScannedLayoutCache: Sendable {
    private var layouts = RecentValues<MemberLayout>(capacity: 8)

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
        for layout in layouts.elements where layout.describes(members, in: input) { return layout }
        let layout = MemberLayout(scanned: members, in: input)
        layouts.insert(layout)
        return layout
    }
}
