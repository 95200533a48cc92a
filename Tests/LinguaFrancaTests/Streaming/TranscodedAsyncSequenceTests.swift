import Foundation
import LinguaFranca
import Testing

/// The async adapter: lazy, in order, errors at the right element, cancellation respected.
@Suite struct TranscodedAsyncSequenceTests {
    static func pieces(_ bytes: [UInt8], size: Int) -> AsyncStream<[UInt8]> {
        AsyncStream { continuation in
            var start = 0
            while start < bytes.count {
                continuation.yield(Array(bytes[start..<min(start + size, bytes.count)]))
                start += size
            }
            continuation.finish()
        }
    }

    @Test func chunksArriveInOrderFromAnyByteCollection() async throws {
        let bytes = try Fixtures.bytes("openai-stream/chat-tool-calls.sse")
        var fromArrays: [ChatCompletionChunk] = []
        for try await chunk in Self.pieces(bytes, size: 7).transcoded(with: OpenAIChatStreamDecoder()) {
            fromArrays.append(chunk)
        }
        let data = AsyncStream<Data> { continuation in
            continuation.yield(Data(bytes[..<100]))
            continuation.yield(Data(bytes[100...]))
            continuation.finish()
        }
        var fromData: [ChatCompletionChunk] = []
        for try await chunk in data.transcoded(with: OpenAIChatStreamDecoder()) { fromData.append(chunk) }
        #expect(fromArrays == (try OpenAIStreamTests.expectedChunks("chat-tool-calls", as: ChatCompletionChunk.self)))
        #expect(fromData == fromArrays)
    }

    @Test func errorSurfacesAfterTheChunksBeforeIt() async throws {
        let bytes = try Fixtures.bytes("openai-stream/chat-error-midstream.sse")
        let expected = try OpenAIStreamTests.expectedChunks("chat-error-midstream", as: ChatCompletionChunk.self)
        var received: [ChatCompletionChunk] = []
        do {
            for try await chunk in Self.pieces(bytes, size: 5).transcoded(with: OpenAIChatStreamDecoder()) {
                received.append(chunk)
            }
            Issue.record("the stream's error was not thrown")
        } catch let error as TranslationError {
            #expect(error.code == .providerError)
        }
        #expect(received == expected)
    }

    @Test func cancellationStopsPulling() async throws {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.yield(
            Array(
                "data: {\"id\":\"a\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[]}\n\n"
                    .utf8))
        let task = Task {
            var count = 0
            do {
                for try await _ in stream.transcoded(with: OpenAIChatStreamDecoder()) {
                    count += 1
                    withUnsafeCurrentTask { $0?.cancel() }
                }
                return "ended after \(count)"
            } catch is CancellationError {
                return "cancelled after \(count)"
            }
        }
        continuation.yield(Array("data: [DONE]\n\n".utf8))
        #expect(try await task.value == "cancelled after 1")
        continuation.finish()
    }
}
