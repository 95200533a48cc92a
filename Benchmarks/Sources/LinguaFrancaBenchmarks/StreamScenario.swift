import LinguaFranca

/// Decodes a whole OpenAI SSE stream, fed in 1 KiB pieces as a network would deliver it.
func decodeStream(_ bytes: [UInt8]) throws -> [ChatCompletionChunk] {
    var decoder = OpenAIChatStreamDecoder()
    var chunks: [ChatCompletionChunk] = []
    chunks.reserveCapacity(512)
    var start = 0
    while start < bytes.count {
        let end = min(start + 1024, bytes.count)
        try decoder.feed(bytes[start..<end], into: &chunks)
        start = end
    }
    try decoder.finish(into: &chunks)
    return chunks
}

/// Decodes the stream and encodes every chunk back into OpenAI SSE bytes.
func reencodeStream(_ bytes: [UInt8]) throws -> [UInt8] {
    var encoder = OpenAIChatStreamEncoder()
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    for chunk in try decodeStream(bytes) { try encoder.encode(chunk, into: &output) }
    try encoder.finish(into: &output)
    return output
}
