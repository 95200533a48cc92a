/// OpenAI messages grouped as APIs with a top-level system prompt and alternating user/assistant turns need them:
/// system and developer messages apart, and the rest in turns of one role, where tool results
/// belong to the user side.
///
/// Grouping records what it changes: a developer message becoming system instructions (`converted`), a system
/// message that loses its place in the conversation (`approximated`), neighbours of the same role merged
/// (`converted`) — except tool results, which share one user turn, and the user message right after them, which
/// joins it: both come apart again on decode, so neither is reported.
struct ConversationTurns {
    /// One message and where it is in the request.
    struct Entry {
        var message: ChatMessage
        var path: JSONPath
    }

    /// Which side a turn is on.
    enum Side {
        case user
        case assistant
    }

    /// Consecutive messages sent as one native turn.
    struct Turn {
        var side: Side
        var entries: [Entry]
        /// Whether the turn so far holds only tool results.
        fileprivate var onlyToolResults: Bool
    }

    /// The system and developer messages, in order.
    private(set) var system: [Entry] = []
    /// The turns, in order.
    private(set) var turns: [Turn] = []

    /// Groups `messages`.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` at `messages[i].role` for a role other than system,
    ///   developer, user, assistant and tool; ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    init(_ messages: [ChatMessage], context: inout TranslationContext) throws(TranslationError) {
        let messagesPath = JSONPath.root.appending("messages")
        for (index, message) in messages.enumerated() {
            let path = messagesPath.appending(.index(index))
            switch message.role {
            case .system, .developer:
                if message.role == .developer {
                    try context.record(
                        .converted, at: path.appending("role"), "developer instructions are sent as system instructions"
                    )
                }
                if !turns.isEmpty {
                    try context.record(
                        .approximated, at: path,
                        "moved to the top-level system instructions; its place in the conversation is lost")
                }
                system.append(Entry(message: message, path: path))
            case .user, .tool:
                try append(
                    Entry(message: message, path: path), side: .user, isToolResult: message.role == .tool,
                    context: &context)
            case .assistant:
                try append(
                    Entry(message: message, path: path), side: .assistant, isToolResult: false, context: &context)
            default:
                throw context.error(
                    .invalidValue, at: path.appending("role"), "the role '\(message.role)' has no native equivalent")
            }
        }
    }

    private mutating func append(
        _ entry: Entry, side: Side, isToolResult: Bool, context: inout TranslationContext
    ) throws(TranslationError) {
        guard var last = turns.last, last.side == side else {
            turns.append(Turn(side: side, entries: [entry], onlyToolResults: isToolResult))
            return
        }
        if !last.onlyToolResults {
            try context.record(
                .converted, at: entry.path, "merged into the previous \(side) turn: the provider alternates roles")
        }
        last.onlyToolResults = last.onlyToolResults && isToolResult
        last.entries.append(entry)
        turns[turns.count - 1] = last
    }
}
