/// An asynchronous sequence of a ``StreamTranscoder``'s outputs over an asynchronous sequence of byte
/// collections (`[UInt8]`, `ArraySlice<UInt8>`, `Data`, a NIO buffer's readable bytes view), transcoded lazily:
/// bytes are pulled from the base only when outputs are needed.
///
/// Errors surface at the element where they occur: outputs completed before a failure are delivered first.
/// Cancellation of the consuming task ends iteration with `CancellationError` at the next pull from the base.
public struct TranscodedAsyncSequence<Base: AsyncSequence, Transcoder: StreamTranscoder>: AsyncSequence
where Base.Element: Collection<UInt8> {
    /// The transcoder's output.
    public typealias Element = Transcoder.Output

    private let base: Base
    private let transcoder: Transcoder

    /// Creates the sequence; prefer ``_Concurrency/AsyncSequence/transcoded(with:)``.
    public init(base: Base, transcoder: Transcoder) {
        self.base = base
        self.transcoder = transcoder
    }

    /// Creates an iterator that starts a fresh copy of the transcoder.
    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), transcoder: transcoder)
    }

    /// Pulls bytes from the base and hands out the outputs they complete, one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        private var base: Base.AsyncIterator
        private var transcoder: Transcoder
        private var ready: [Transcoder.Output] = []
        private var readyIndex = 0
        private var failure: (any Error)?
        private var baseEnded = false

        init(base: Base.AsyncIterator, transcoder: Transcoder) {
            self.base = base
            self.transcoder = transcoder
        }

        /// The next output, or `nil` after the last one.
        ///
        /// - Throws: the transcoder's ``TranslationError`` (after the outputs completed before it), the base
        ///   sequence's error, or `CancellationError`.
        public mutating func next() async throws -> Transcoder.Output? {
            while true {
                if readyIndex < ready.count {
                    defer { readyIndex += 1 }
                    return ready[readyIndex]
                }
                if let failure {
                    self.failure = nil
                    throw failure
                }
                if baseEnded { return nil }
                ready.removeAll(keepingCapacity: true)
                readyIndex = 0
                try Task.checkCancellation()
                do {
                    if let bytes = try await base.next() {
                        try transcoder.feed(bytes, into: &ready)
                    } else {
                        baseEnded = true
                        try transcoder.finish(into: &ready)
                    }
                } catch {
                    baseEnded = true
                    failure = error
                }
            }
        }
    }
}

extension TranscodedAsyncSequence: Sendable where Base: Sendable {}

extension AsyncSequence where Element: Collection<UInt8> {
    /// This sequence of byte collections, transcoded lazily by `transcoder` (a fresh copy per iteration).
    public func transcoded<Transcoder: StreamTranscoder>(
        with transcoder: Transcoder
    ) -> TranscodedAsyncSequence<Self, Transcoder> {
        TranscodedAsyncSequence(base: self, transcoder: transcoder)
    }
}
