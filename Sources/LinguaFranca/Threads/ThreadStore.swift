/// Where a parent-id API's conversations live on this side: native message ids ⇄ the conversation up to and
/// including that message (DESIGN.md §7). Native APIs that keep the history on the server send
/// only the newest message and a parent id; OpenAI sends the whole history. A store lets a codec rebuild one from
/// the other in both directions.
///
/// Implementations are safe to share between tasks. Conversations are compared by role and text only: that is
/// all a parent-id API carries.
public protocol ThreadStore: Sendable {
    /// The conversation ending with the message `id`, or `nil` when the store does not know it.
    ///
    /// - Throws: ``TranslationError`` when the store cannot be read.
    func conversation(endingWith id: String) throws(TranslationError) -> [ChatMessage]?

    /// Records `conversation` as ending with the message `id`.
    ///
    /// - Throws: ``TranslationError`` when the store cannot be written.
    func record(_ conversation: [ChatMessage], endingWith id: String) throws(TranslationError)

    /// The longest prefix of `messages` the store knows, with the id of its last message.
    ///
    /// - Throws: ``TranslationError`` when the store cannot be read.
    func longestKnownPrefix(of messages: [ChatMessage]) throws(TranslationError) -> ThreadMatch?
}

/// A stored conversation that begins a longer one: the id of its last message and how many messages it holds.
public struct ThreadMatch: Sendable, Hashable {
    /// The native id of the prefix's last message.
    public var id: String
    /// How many messages of the longer conversation the prefix covers.
    public var length: Int

    /// Creates a match.
    public init(id: String, length: Int) {
        self.id = id
        self.length = length
    }
}

/// The fingerprints that identify conversations by role and text: FNV-1a over each message's role and joined text,
/// chained, so that every prefix of a conversation has its own stable fingerprint (the same in every process, so a
/// file store can rebuild its index).
enum ConversationFingerprint {
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The fingerprint of every prefix of `messages`: element `k` is that of the first `k + 1` messages.
    static func prefixes(of messages: [ChatMessage]) -> [UInt64] {
        var hash = offset
        var fingerprints: [UInt64] = []
        fingerprints.reserveCapacity(messages.count)
        for message in messages {
            mix(message.role.rawValue, into: &hash)
            mix(message.content?.joinedText ?? "", into: &hash)
            fingerprints.append(hash)
        }
        return fingerprints
    }

    private static func mix(_ text: String, into hash: inout UInt64) {
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        hash = (hash ^ 0xFF) &* prime
    }
}
