/// Answers a native Timeweb client from an OpenAI stream: the agent API does not stream, so the chunks are folded
/// into one reply, written whole at the end.
public struct TimewebStreamEncoder: ChatStreamEncoder {
    /// The encoder consumes OpenAI chunks.
    public typealias Input = ChatCompletionChunk

    private var context: TranslationContext
    private let vocabulary: TableVocabulary
    private var accumulator = ChunkAccumulator()

    init(context: TranslationContext, vocabulary: TableVocabulary) {
        var context = context
        context.direction = TranslationDirection(.encode, .stream)
        context.report = TranslationReport()
        self.context = context
        self.vocabulary = vocabulary
    }

    /// What the reply could not carry (extra choices, tool calls), recorded when it is written.
    public var report: TranslationReport { context.report }

    /// Folds one chunk; nothing is written before the end.
    ///
    /// - Throws: the accumulator's errors for chunks that contradict each other.
    public mutating func encode(_ chunk: ChatCompletionChunk, into bytes: inout [UInt8]) throws(TranslationError) {
        do {
            try accumulator.add(chunk)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
    }

    /// Writes the whole reply.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when no chunk came; store errors.
    public mutating func finish(into bytes: inout [UInt8]) throws(TranslationError) {
        let response: ChatCompletion
        do {
            response = try accumulator.makeCompletion()
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
        let replies = TimewebReply(vocabulary: vocabulary)
        let reply = try context.attributingErrors { (context) throws(TranslationError) in
            try replies.encode(response, context: &context)
        }
        JSONWriter().write(reply, into: &bytes)
    }
}
