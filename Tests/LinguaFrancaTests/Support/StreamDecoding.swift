import LinguaFranca

/// Feeds `bytes` whole to `transcoder` and finishes: the outputs, and the error that ended the run, if any.
func decodeWhole<Transcoder: StreamTranscoder>(_ bytes: [UInt8], with transcoder: Transcoder)
    -> (outputs: [Transcoder.Output], error: TranslationError?)
{
    var transcoder = transcoder
    var outputs: [Transcoder.Output] = []
    do {
        try transcoder.feed(bytes, into: &outputs)
        try transcoder.finish(into: &outputs)
        return (outputs, nil)
    } catch {
        return (outputs, error)
    }
}

/// The response `chunks` describe, folded by ``ChunkAccumulator``.
func accumulate(_ chunks: [ChatCompletionChunk]) throws -> ChatCompletion {
    var accumulator = ChunkAccumulator()
    for chunk in chunks { try accumulator.add(chunk) }
    return try accumulator.makeCompletion()
}
