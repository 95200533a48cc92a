internal import Synchronization

/// A bounded in-memory ``ThreadStore``: when it holds more than `capacity` conversations, the least recently used
/// are forgotten. Safe to share between tasks.
public final class InMemoryThreadStore: ThreadStore {
    private struct Entry {
        var conversation: [ChatMessage]
        var fingerprint: UInt64
        var used: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var byFingerprint: [UInt64: String] = [:]
        var clock: UInt64 = 0
    }

    /// The most conversations kept.
    public let capacity: Int
    private let state = Mutex(State())

    /// Creates an empty store keeping at most `capacity` conversations (at least 1).
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// How many conversations the store holds.
    public var count: Int { state.withLock { $0.entries.count } }

    /// Never throws.
    public func conversation(endingWith id: String) -> [ChatMessage]? {
        state.withLock { state in
            guard var entry = state.entries[id] else { return nil }
            state.clock += 1
            entry.used = state.clock
            state.entries[id] = entry
            return entry.conversation
        }
    }

    /// Never throws.
    public func record(_ conversation: [ChatMessage], endingWith id: String) {
        guard let fingerprint = ConversationFingerprint.prefixes(of: conversation).last else { return }
        state.withLock { state in
            state.clock += 1
            if let old = state.entries[id], state.byFingerprint[old.fingerprint] == id {
                state.byFingerprint[old.fingerprint] = nil
            }
            state.entries[id] = Entry(conversation: conversation, fingerprint: fingerprint, used: state.clock)
            state.byFingerprint[fingerprint] = id
            if state.entries.count > capacity { Self.evict(&state, keeping: capacity) }
        }
    }

    /// Never throws.
    public func longestKnownPrefix(of messages: [ChatMessage]) -> ThreadMatch? {
        let fingerprints = ConversationFingerprint.prefixes(of: messages)
        return state.withLock { state in
            for length in stride(from: fingerprints.count, to: 0, by: -1) {
                guard let id = state.byFingerprint[fingerprints[length - 1]], var entry = state.entries[id],
                    Self.sameTurns(entry.conversation, messages.prefix(length))
                else { continue }
                state.clock += 1
                entry.used = state.clock
                state.entries[id] = entry
                return ThreadMatch(id: id, length: length)
            }
            return nil
        }
    }

    /// Forgets the least recently used tenth beyond `capacity`, so that eviction is rare.
    private static func evict(_ state: inout State, keeping capacity: Int) {
        let target = max(1, capacity - capacity / 10)
        let oldest = state.entries.sorted { $0.value.used < $1.value.used }.prefix(state.entries.count - target)
        for (id, entry) in oldest {
            state.entries[id] = nil
            if state.byFingerprint[entry.fingerprint] == id { state.byFingerprint[entry.fingerprint] = nil }
        }
    }

    /// Whether two conversations have the same roles and texts (fingerprints can collide).
    static func sameTurns(_ left: [ChatMessage], _ right: ArraySlice<ChatMessage>) -> Bool {
        left.count == right.count
            && zip(left, right).allSatisfy {
                $0.role == $1.role && ($0.content?.joinedText ?? "") == ($1.content?.joinedText ?? "")
            }
    }
}
