/// A stream encoder's translation report: each loss recorded once for its place, however many chunks repeat it
/// (a `logprobs` on every chunk is one entry), under the context's policy (`.strict` turns a loss into an error).
struct StreamLossRecorder: Sendable {
    /// A loss already recorded: its kind at its place.
    private struct Recorded: Hashable {
        var kind: TranslationReport.Kind
        var path: JSONPath
    }

    private(set) var context: TranslationContext
    private var recorded: Set<Recorded> = []

    /// A recorder with `context`'s options and capabilities and an empty report.
    init(context: TranslationContext) {
        var context = context
        context.direction = TranslationDirection(.encode, .stream)
        context.report = TranslationReport()
        self.context = context
    }

    /// What the stream lost so far.
    var report: TranslationReport { context.report }

    /// Records the change at `path`, the first time `path` comes with this kind.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    mutating func record(_ kind: TranslationReport.Kind, at path: JSONPath, _ message: String)
        throws(TranslationError)
    {
        guard recorded.insert(Recorded(kind: kind, path: path)).inserted else { return }
        try context.record(kind, at: path, message)
    }

    /// Records the members of a chunk's choice that the native stream has no place for: its log probabilities.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` under `.strict`.
    mutating func recordUnsentMembers(of choice: ChatCompletionChunkChoice) throws(TranslationError) {
        if choice.logprobs != nil {
            try record(
                .dropped, at: [.key("choices"), .index(choice.index), .key("logprobs")],
                "\(context.provider) streams carry no log probabilities")
        }
    }
}
