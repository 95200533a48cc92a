import LinguaFranca

/// A native codec's scenarios: what a gateway does per request, response and stream event.
struct NativeCodecScenario<Codec: ChatCodec> {
    let codec: Codec
    /// The model decode takes from the context (Gemini's is in the URL, not the body).
    let model: String
    let options = TranslationOptions(providerSettings: ["folder_id": "b1gbenchfolder"], created: 1_764_547_200)

    /// OpenAI request bytes → native request bytes (gateway in front of the provider).
    func encodeRequest(_ bytes: [UInt8]) throws -> [UInt8] {
        let request = try ChatCompletionRequest(jsonBytes: bytes)
        var context = codec.makeContext(.encode, .chatRequest, model: request.model, options: options)
        return try codec.encodeRequest(request, context: &context).bodyBytes()
    }

    /// Native request bytes → OpenAI request bytes (native client in front of an OpenAI backend).
    func decodeRequest(_ bytes: [UInt8]) throws -> [UInt8] {
        var context = codec.makeContext(.decode, .chatRequest, model: model, options: options)
        return try codec.decodeRequest(try JSONReader().read(bytes), context: &context).jsonBytes()
    }

    /// Native response bytes → OpenAI response bytes.
    func decodeResponse(_ bytes: [UInt8]) throws -> [UInt8] {
        var context = codec.makeContext(.decode, .chatResponse, model: model, options: options)
        return try codec.decodeResponse(try JSONReader().read(bytes), context: &context).jsonBytes()
    }

    /// OpenAI response bytes → native response bytes.
    func encodeResponse(_ bytes: [UInt8]) throws -> [UInt8] {
        var context = codec.makeContext(.encode, .chatResponse, model: nil, options: options)
        return JSONWriter().write(try codec.encodeResponse(try ChatCompletion(jsonBytes: bytes), context: &context))
    }

    /// Native stream bytes → OpenAI chunks, fed in 1 KiB pieces.
    func decodeStream(_ bytes: [UInt8]) throws -> [ChatCompletionChunk] {
        var decoder = codec.makeStreamDecoder(
            context: codec.makeContext(.decode, .stream, model: model, options: options))
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

    /// Native stream bytes → OpenAI SSE: the whole gateway path for a streamed answer.
    func transcodeStream(_ bytes: [UInt8]) throws -> [UInt8] {
        var encoder = OpenAIChatStreamEncoder()
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        for chunk in try decodeStream(bytes) { try encoder.encode(chunk, into: &output) }
        try encoder.finish(into: &output)
        return output
    }

    /// OpenAI chunks → native stream bytes.
    func encodeStream(_ chunks: [ChatCompletionChunk]) throws -> [UInt8] {
        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var output: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &output) }
        try encoder.finish(into: &output)
        return output
    }
}
