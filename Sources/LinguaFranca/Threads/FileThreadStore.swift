internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A ``ThreadStore`` that survives restarts: every recorded conversation is appended to a JSON Lines file
/// (`{"id": …, "messages": […]}` per line), and opening the store reads the file back, so a CLI run or a restarted
/// gateway continues its threads. Lookups are served from an ``InMemoryThreadStore`` of the given capacity; the file
/// keeps everything. Safe to share between tasks.
public final class FileThreadStore: ThreadStore {
    private final class File: @unchecked Sendable {
        let handle: UnsafeMutablePointer<FILE>

        init(handle: UnsafeMutablePointer<FILE>) { self.handle = handle }

        deinit { fclose(handle) }
    }

    /// The file.
    public let path: String
    private let memory: InMemoryThreadStore
    private let file: Mutex<File>

    /// Opens (or creates) the store at `path`, reading back what it holds; a line that is not a stored
    /// conversation is an error naming its number.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` when the file cannot be opened or a line is damaged.
    public init(path: String, capacity: Int = 100_000) throws(TranslationError) {
        self.path = path
        memory = InMemoryThreadStore(capacity: capacity)
        try Self.load(path, into: memory)
        guard let handle = fopen(path, "a") else {
            throw TranslationError(
                code: .invalidValue, message: "cannot open the thread store \(path) for appending")
        }
        file = Mutex(File(handle: handle))
    }

    /// Never throws: lookups are served from memory.
    public func conversation(endingWith id: String) -> [ChatMessage]? {
        memory.conversation(endingWith: id)
    }

    /// Appends the conversation to the file (flushed before returning), then remembers it; a conversation already
    /// recorded under `id` is not written again.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` when the file cannot be written.
    public func record(_ conversation: [ChatMessage], endingWith id: String) throws(TranslationError) {
        if memory.conversation(endingWith: id) == conversation { return }
        var line = JSONWriter().write(["id": .string(id), "messages": .array(conversation.map(\.json))])
        line.append(UInt8(ascii: "\n"))
        let written = file.withLock { file in
            line.withUnsafeBufferPointer { buffer in
                fwrite(buffer.baseAddress, 1, buffer.count, file.handle) == buffer.count && fflush(file.handle) == 0
            }
        }
        guard written else {
            throw TranslationError(code: .invalidValue, message: "cannot append to the thread store \(path)")
        }
        memory.record(conversation, endingWith: id)
    }

    /// Never throws: lookups are served from memory.
    public func longestKnownPrefix(of messages: [ChatMessage]) -> ThreadMatch? {
        memory.longestKnownPrefix(of: messages)
    }

    private static func load(_ path: String, into memory: InMemoryThreadStore) throws(TranslationError) {
        guard let handle = fopen(path, "r") else { return }
        defer { fclose(handle) }
        var reader = JSONLinesReader()
        var values: [JSONValue] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, handle) }
            if count == 0 { break }
            try reader.feed(buffer[0..<count], into: &values)
            try store(&values, into: memory)
        }
        try reader.finish(into: &values)
        try store(&values, into: memory)
    }

    private static func store(_ values: inout [JSONValue], into memory: InMemoryThreadStore) throws(TranslationError) {
        for (index, value) in values.enumerated() {
            guard let id = value["id"]?.stringValue, let messages = value["messages"] else {
                throw TranslationError(
                    code: .invalidValue, message: "a thread store line holds no id and messages",
                    path: [.index(index)])
            }
            memory.record(try [ChatMessage](json: messages), endingWith: id)
        }
        values.removeAll(keepingCapacity: true)
    }
}
