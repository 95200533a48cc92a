/// OpenAI embeddings ⇄ Yandex `textEmbedding`, which embeds one text per call (`Mappings/yandex.md`,
/// "Embeddings").
struct YandexEmbeddings {
    /// One native request per input.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for token inputs; ``TranslationError/Code/missingField`` for
    ///   a bare model name without `folder_id`; the rule errors.
    func encodeRequest(_ request: EmbeddingsRequest, context: inout TranslationContext) throws(TranslationError)
        -> [NativeRequest]
    {
        let texts: [String]
        switch request.input {
        case .text(let text): texts = [text]
        case .texts(let many): texts = many
        case .tokens, .tokenArrays:
            throw context.error(.unsupported, at: ["input"], "Yandex embeds text only, not token ids")
        }
        var scalars = request.json.objectValue ?? JSONObject()
        for key in ["input", "model", "dimensions", "encoding_format"] { scalars.removeValue(forKey: key) }
        for member in try context.applyParameterRules(to: scalars, operation: .embeddings) {
            try context.record(.dropped, at: [.key(member.key)], "Yandex embeddings have no such member")
        }
        let uri = try YandexModelURI.uri(for: request.model, scheme: "emb", context: &context)
        if request.dimensions != nil {
            try context.record(.converted, at: ["dimensions"], "sent as dim, a string")
        }
        return try texts.map { (text) throws(TranslationError) in
            var body: JSONObject = ["modelUri": .string(uri), "text": .string(text)]
            if let dimensions = request.dimensions { body.append(YandexInt64.json(dimensions), forKey: "dim") }
            return try context.nativeRequest(.embeddings, model: request.model, body: .object(body))
        }
    }

    /// The OpenAI request for one native request.
    ///
    /// - Throws: ``TranslationError`` for a body of the wrong shape.
    func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> EmbeddingsRequest
    {
        let body = try NativeObject(native, at: .root, expected: "Yandex embedding request")
        return EmbeddingsRequest(
            input: .text(try body.require("text")), model: try body.require("modelUri"),
            dimensions: try YandexInt64.read("dim", in: body))
    }

    /// The native responses, in request order, as one OpenAI response: indexes in input order, usage summed.
    ///
    /// - Throws: ``TranslationError`` for a body of the wrong shape, or fewer responses than inputs.
    func decodeResponse(_ natives: [JSONValue], request: EmbeddingsRequest, context: inout TranslationContext)
        throws(TranslationError) -> EmbeddingsResponse
    {
        var data: [Embedding] = []
        var tokens = 0
        for (index, native) in natives.enumerated() {
            let body = try NativeObject(native, at: [.index(index)], expected: "Yandex embedding response")
            let values = try Self.values(of: body)
            tokens = tokens &+ (try YandexInt64.read("numTokens", in: body) ?? 0)
            let vector: EmbeddingVector =
                request.encodingFormat == .base64 ? .base64(fromFloats: values.map { Float($0) }) : .floats(values)
            data.append(Embedding(index: index, embedding: vector))
        }
        if case .texts(let texts) = request.input, texts.count != natives.count {
            throw context.error(
                .invalidValue, at: .root, "\(texts.count) inputs were sent but \(natives.count) responses came back")
        }
        return EmbeddingsResponse(
            data: data, model: request.model, usage: EmbeddingsUsage(promptTokens: tokens, totalTokens: tokens))
    }

    /// The vector: numbers, or numbers written as strings (as Yandex's REST reference shows the values).
    private static func values(of body: NativeObject) throws(TranslationError) -> [Double] {
        var values: [Double] = []
        for (value, path) in try body.elements("embedding") ?? .empty {
            switch value {
            case .number(let number):
                guard let double = number.double else {
                    throw TranslationError(code: .invalidValue, message: "\(number) is out of range", path: path)
                }
                values.append(double)
            case .string(let text):
                guard let double = Double(text) else {
                    throw TranslationError(code: .invalidValue, message: "\"\(text)\" is not a number", path: path)
                }
                values.append(double)
            default:
                throw .typeMismatch(expected: "number", found: value, at: path)
            }
        }
        guard body["embedding"] != nil else { throw .missingField("embedding", at: body.path) }
        return values
    }

    /// One native response per OpenAI embedding.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for a base64 vector that does not decode.
    func encodeResponse(_ response: EmbeddingsResponse, context: inout TranslationContext) throws(TranslationError)
        -> [JSONValue]
    {
        var bodies: [JSONValue] = []
        for (index, embedding) in response.data.enumerated() {
            let values: [Float]
            do {
                values = try embedding.embedding.floatValues()
            } catch {
                throw error.prefixed(by: .key("embedding")).prefixed(by: .index(index)).prefixed(by: .key("data"))
                    .attributed(to: context.provider, context.direction)
            }
            bodies.append([
                "embedding": .array(values.map { JSONNumber(Double($0)).map(JSONValue.number) ?? .null }),
                "numTokens": YandexInt64.json(index == 0 ? response.usage?.promptTokens ?? 0 : 0),
            ])
        }
        return bodies
    }
}
