/// Serves a Timeweb reply as an OpenAI stream: the agent API does not stream, so the decoder collects the whole
/// reply body, decodes it at the end, and emits it as the canonical chunk sequence (role, content pieces, finish;
/// no usage, which Timeweb does not report).
public struct TimewebStreamDecoder: ChatStreamDecoder {
    private var context: TranslationContext
    private let vocabulary: TableVocabulary
    private var body: [UInt8] = []

    init(context: TranslationContext, vocabulary: TableVocabulary) {
        var context = context
        context.direction = TranslationDirection(.decode, .stream)
        self.context = context
        self.vocabulary = vocabulary
    }

    /// What the reply's translation reported.
    public var report: TranslationReport { context.report }

    /// Collects bytes; nothing is emitted before the reply is whole.
    ///
    /// - Throws: ``TranslationError/Code/limitExceeded`` for a body over the reader's document limit.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [ChatCompletionChunk])
        throws(TranslationError)
    {
        guard body.count + bytes.count <= JSONLimits.default.maxDocumentBytes else {
            throw context.error(.limitExceeded, at: .root, "the reply is larger than the document limit")
        }
        body.append(contentsOf: bytes)
    }

    /// Decodes the whole reply and emits its chunks.
    ///
    /// - Throws: ``TranslationError`` for a reply that is not JSON or not a Timeweb reply, and
    ///   ``TranslationError/Code/providerError`` for an error body.
    public mutating func finish(into output: inout [ChatCompletionChunk]) throws(TranslationError) {
        let value: JSONValue
        do {
            value = try JSONReader().read(body)
        } catch {
            throw TranslationError(error, provider: context.provider, direction: context.direction)
        }
        let replies = TimewebReply(vocabulary: vocabulary)
        let reply = try context.attributingErrors { (context) throws(TranslationError) in
            try replies.decode(value, context: &context)
        }
        output += reply.streamChunks(includeUsage: false)
    }
}
