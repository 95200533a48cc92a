/// OpenAI messages grouped as APIs with a top-level system prompt and alternating user/assistant turns need them:
/// system and developer messages apart, and the rest in turns of one role, where tool results
/// belong to the user side.
///
/// Grouping records what it changes: a developer message becoming system instructions (`converted`), a system
/// message that loses its place in the conversation (`approximated`), neighbours of the same role merged
/// (`converted`) — except tool results, which share one user turn, and the user message right after them, which
/// joins it: both come apart again on decode, so neither is reported.
struct ConversationTurns {
    /// One message, by its position in ``messages``.
    struct Entry {
        var index: Int

        /// Where the message is in the request (made when asked for: most are never reported on).
        var path: JSONPath { ConversationTurns.messagesPath.appending(.index(index)) }
    }

    private static let messagesPath = JSONPath.root.appending("messages")

    /// Which side a turn is on.
    enum Side {
        case user
        case assistant
    }

    /// Consecutive messages sent as one native turn.
    struct Turn {
        var side: Side
        /// The turn's positions in ``ConversationTurns/entries``.
        var entries: Range<Int>
        /// Whether the turn so far holds only tool results.
        fileprivate var onlyToolResults: Bool
    }

    /// The messages grouped, which entries point into (shared with the request, not copied).
    let messages: [ChatMessage]
    /// The system and developer messages, in order.
    private(set) var system: [Entry] = []
    /// The turns, in order.
    private(set) var turns: [Turn] = []
    /// The entries of all turns, in order.
    private(set) var entries: [Entry] = []

    /// Groups `messages`.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` at `messages[i].role` for a role other than system,
    ///   developer, user, assistant and tool; ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    init(_ messages: [ChatMessage], context: inout TranslationContext) throws(TranslationError) {
        self.messages = messages
        entries.reserveCapacity(messages.count)
        turns.reserveCapacity(messages.count)
        for index in messages.indices {
            let entry = Entry(index: index)
            let role = messages[index].role
            switch role {
            case .system, .developer:
                if role == .developer {
                    try context.record(
                        .converted, at: entry.path.appending("role"),
                        "developer instructions are sent as system instructions"
                    )
                }
                if !turns.isEmpty {
                    try context.record(
                        .approximated, at: entry.path,
                        "moved to the top-level system instructions; its place in the conversation is lost")
                }
                system.append(entry)
            case .user, .tool:
                try append(entry, side: .user, isToolResult: role == .tool, context: &context)
            case .assistant:
                try append(entry, side: .assistant, isToolResult: false, context: &context)
            default:
                throw context.error(
                    .invalidValue, at: entry.path.appending("role"), "the role '\(role)' has no native equivalent")
            }
        }
    }

    private mutating func append(
        _ entry: Entry, side: Side, isToolResult: Bool, context: inout TranslationContext
    ) throws(TranslationError) {
        entries.append(entry)
        guard var last = turns.last, last.side == side else {
            turns.append(Turn(side: side, entries: entries.count - 1..<entries.count, onlyToolResults: isToolResult))
            return
        }
        if !last.onlyToolResults {
            try context.record(
                .converted, at: entry.path, "merged into the previous \(side) turn: the provider alternates roles")
        }
        last.onlyToolResults = last.onlyToolResults && isToolResult
        last.entries = last.entries.lowerBound..<entries.count
        turns[turns.count - 1] = last
    }

    /// The message `entry` stands for.
    subscript(entry: Entry) -> ChatMessage { messages[entry.index] }
}

extension ChatMessage {
    /// The text of a message that holds nothing else — string content, no refusal, no tool calls, no extension
    /// members — which encoders send in their short form without building parts or blocks; `nil` otherwise.
    var textAlone: String? {
        guard case .text(let text)? = content, refusal == nil, toolCalls?.isEmpty ?? true, additionalFields.isEmpty
        else { return nil }
        return text
    }
}
