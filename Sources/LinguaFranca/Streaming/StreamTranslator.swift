/// Translates a stream from one provider's framing to another's as it arrives: native stream bytes → OpenAI chunks
/// (the source codec's decoder) → the target's stream bytes (the target codec's encoder). A transcoder whose outputs
/// are bytes, so it runs under ``TranscodedAsyncSequence`` and the chunking verifier like any other.
public struct StreamTranslator<Decoder: ChatStreamDecoder, Encoder: ChatStreamEncoder>: StreamTranscoder {
    /// The translator writes stream bytes.
    public typealias Output = UInt8

    private var decoder: Decoder
    private var encoder: Encoder
    private var chunks: [ChatCompletionChunk] = []

    /// Creates a translator from a decoder and an encoder, each made for this stream.
    public init(decoder: Decoder, encoder: Encoder) {
        self.decoder = decoder
        self.encoder = encoder
    }

    /// What decoding and encoding the stream changed or dropped so far.
    public var report: TranslationReport { TranslationReport(entries: decoder.report.entries + encoder.report.entries) }

    /// Consumes source stream bytes, appending the target bytes of every chunk they complete.
    ///
    /// - Throws: ``TranslationError`` from the decoder or the encoder; the bytes of the chunks before the failure
    ///   are already in `output`.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(TranslationError)
    {
        try translate(into: &output) { (decoder, chunks) throws(TranslationError) in
            try decoder.feed(bytes, into: &chunks)
        }
    }

    /// Ends the stream: the last chunks and the target's ending.
    ///
    /// - Throws: ``TranslationError`` for a truncated source stream (after writing the chunks before the cut) or
    ///   from the encoder.
    public mutating func finish(into output: inout [UInt8]) throws(TranslationError) {
        try translate(into: &output) { (decoder, chunks) throws(TranslationError) in try decoder.finish(into: &chunks) }
        try encoder.finish(into: &output)
    }

    /// Runs one decoder step and encodes the chunks it gave, those before a failure included.
    private mutating func translate(
        into output: inout [UInt8],
        _ step: (inout Decoder, inout [ChatCompletionChunk]) throws(TranslationError) -> Void
    ) throws(TranslationError) {
        defer { chunks.removeAll(keepingCapacity: true) }
        do {
            try step(&decoder, &chunks)
        } catch {
            try encode(into: &output)
            throw error
        }
        try encode(into: &output)
    }

    private mutating func encode(into output: inout [UInt8]) throws(TranslationError) {
        for chunk in chunks { try encoder.encode(chunk, into: &output) }
    }
}

extension ChatCodec {
    /// A translator from this codec's streams to `target`'s, with a context for each side.
    public func streamTranslator<Target: ChatCodec>(
        to target: Target, decoding: TranslationContext, encoding: TranslationContext
    ) -> StreamTranslator<StreamDecoder, Target.StreamEncoder> {
        StreamTranslator(
            decoder: makeStreamDecoder(context: decoding), encoder: target.makeStreamEncoder(context: encoding))
    }
}
