import Foundation
import LinguaFranca
import Testing

/// The thread stores: lookups by id and by longest prefix, LRU eviction, the file store surviving a restart, and
/// concurrent use.
@Suite struct ThreadStoreTests {
    static func conversation(_ turns: Int) -> [ChatMessage] {
        (0..<turns).map { ChatMessage(role: $0 % 2 == 0 ? .user : .assistant, text: "реплика \($0) 🧵") }
    }

    @Test func longestKnownPrefixFindsTheDeepestStoredTurn() {
        let store = InMemoryThreadStore()
        let conversation = Self.conversation(6)
        store.record(Array(conversation.prefix(2)), endingWith: "a")
        store.record(Array(conversation.prefix(4)), endingWith: "b")
        #expect(store.longestKnownPrefix(of: conversation) == ThreadMatch(id: "b", length: 4))
        #expect(store.longestKnownPrefix(of: Array(conversation.prefix(3))) == ThreadMatch(id: "a", length: 2))
        var changed = conversation
        changed[1] = ChatMessage(role: .assistant, text: "другое")
        #expect(store.longestKnownPrefix(of: changed) == nil)
        #expect(store.conversation(endingWith: "b") == Array(conversation.prefix(4)))
        #expect(store.conversation(endingWith: "zzz") == nil)
    }

    @Test func theLeastRecentlyUsedAreForgotten() {
        let store = InMemoryThreadStore(capacity: 10)
        for index in 0..<10 { store.record(Self.conversation(index + 1), endingWith: "t\(index)") }
        _ = store.conversation(endingWith: "t0")
        store.record(Self.conversation(12), endingWith: "t11")
        #expect(store.count <= 10)
        #expect(store.conversation(endingWith: "t0") != nil)
        #expect(store.conversation(endingWith: "t1") == nil)
        #expect(store.conversation(endingWith: "t11") != nil)
    }

    @Test func theFileStoreSurvivesARestart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("threads-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let conversation = Self.conversation(4)
        do {
            let store = try FileThreadStore(path: path)
            try store.record(Array(conversation.prefix(2)), endingWith: "first")
        }
        let reopened = try FileThreadStore(path: path)
        #expect(reopened.conversation(endingWith: "first") == Array(conversation.prefix(2)))
        #expect(reopened.longestKnownPrefix(of: conversation) == ThreadMatch(id: "first", length: 2))
        try reopened.record(conversation, endingWith: "second")
        let again = try FileThreadStore(path: path)
        #expect(again.conversation(endingWith: "second") == conversation)
        try "not a thread\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: TranslationError.self) { try FileThreadStore(path: path) }
    }

    @Test func concurrentTasksShareOneStore() async throws {
        let store = InMemoryThreadStore(capacity: 1_000)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for turn in 0..<100 {
                        let conversation = [ChatMessage(role: .user, text: "задача \(task), шаг \(turn)")]
                        store.record(conversation, endingWith: "\(task)-\(turn)")
                        _ = store.longestKnownPrefix(of: conversation)
                        _ = store.conversation(endingWith: "\(task)-\(turn / 2)")
                    }
                }
            }
        }
        #expect(store.count == 800)
        #expect(store.conversation(endingWith: "7-99") == [ChatMessage(role: .user, text: "задача 7, шаг 99")])
    }
}
