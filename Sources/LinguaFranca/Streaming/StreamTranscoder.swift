/// An incremental translator from stream bytes to values: feed bytes as they arrive, split anywhere, then
/// `finish` at the end of the stream. A value-type state machine with no I/O.
///
/// Feeding the same bytes split at different points gives the same outputs and the same errors; the
/// `LinguaFrancaConformance` library's chunking verifier checks exactly that.
public protocol StreamTranscoder: Sendable {
    /// What the transcoder produces: events, JSON values, OpenAI chunks.
    associatedtype Output: Sendable

    /// Consumes the next bytes of the stream, appending every output they complete.
    ///
    /// - Throws: ``TranslationError`` for input that cannot be translated; outputs completed before the
    ///   failure are already in `output`.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [Output]) throws(TranslationError)

    /// Ends the stream, appending what the remaining bytes complete.
    ///
    /// - Throws: ``TranslationError`` when the stream ended where it may not (``TranslationError/Code/truncatedStream``)
    ///   or the remaining bytes cannot be translated.
    mutating func finish(into output: inout [Output]) throws(TranslationError)
}

extension StreamTranscoder {
    /// Consumes the next bytes of the stream from any byte collection (`[UInt8]`, `ArraySlice<UInt8>`, `Data`).
    ///
    /// - Throws: ``TranslationError`` as ``feed(_:into:)-(UnsafeBufferPointer<UInt8>,_)`` does.
    public mutating func feed(_ bytes: some Collection<UInt8>, into output: inout [Output]) throws(TranslationError) {
        try withContiguousBytes(bytes) { (buffer) throws(TranslationError) in try feed(buffer, into: &output) }
    }
}

/// An incremental translator from values to stream bytes: the reverse of a ``StreamTranscoder``.
public protocol StreamEncoder: Sendable {
    /// What the encoder consumes: OpenAI chunks, events.
    associatedtype Input: Sendable

    /// Appends the bytes for one input value.
    ///
    /// - Throws: ``TranslationError`` when the value cannot be expressed in the target stream format.
    mutating func encode(_ input: Input, into bytes: inout [UInt8]) throws(TranslationError)

    /// Appends the bytes that end the stream (such as `data: [DONE]`).
    ///
    /// - Throws: ``TranslationError`` when the stream cannot end in its current state.
    mutating func finish(into bytes: inout [UInt8]) throws(TranslationError)
}
