/// OpenAI embeddings ⇄ Gemini `embedContent` (one input) and `batchEmbedContents` (several, each request naming
/// the model) (`Mappings/gemini.md`, "Embeddings").
struct GeminiEmbeddings {
    /// The method of the endpoint path, and the one that replaces it for several inputs.
    private static let singleMethod = ":embedContent"
    private static let batchMethod = ":batchEmbedContents"

    let table: CapabilityTable

    /// The native request for `request`.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for token inputs or a table without an embeddings endpoint;
    ///   ``TranslationError/Code/missingField`` for a path placeholder without a value; the rule errors.
    func encodeRequest(_ request: EmbeddingsRequest, context: inout TranslationContext) throws(TranslationError)
        -> NativeRequest
    {
        guard let endpoint = table.endpoints[.embeddings] else {
            throw context.error(.unsupported, at: .root, "\(table.id) has no embeddings endpoint")
        }
        var scalars = request.json.objectValue ?? JSONObject()
        for key in ["input", "model", "dimensions", "encoding_format"] { scalars.removeValue(forKey: key) }
        for member in try context.applyParameterRules(to: scalars, operation: .embeddings) {
            try context.record(.dropped, at: [.key(member.key)], "Gemini embeddings have no such member")
        }
        let taskType = context.options.providerSettings["task_type"]
        func single(_ text: String, model: String?) -> JSONValue {
            var object = JSONObject(minimumCapacity: 4)
            if let model { object.append(.string("models/" + model), forKey: "model") }
            object.append(["parts": [["text": .string(text)]]], forKey: "content")
            if let taskType { object.append(.string(taskType), forKey: "taskType") }
            if let dimensions = request.dimensions {
                object.append(.number(JSONNumber(dimensions)), forKey: "outputDimensionality")
            }
            return .object(object)
        }
        var path: String
        do {
            path = try endpoint.resolvedPath(model: request.model, settings: context.options.providerSettings)
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
        let body: JSONValue
        switch request.input {
        case .text(let text):
            body = single(text, model: nil)
        case .texts(let texts):
            if path.hasSuffix(Self.singleMethod) {
                path = String(path.dropLast(Self.singleMethod.count)) + Self.batchMethod
            }
            body = ["requests": .array(texts.map { single($0, model: request.model) })]
        case .tokens, .tokenArrays:
            throw context.error(.unsupported, at: ["input"], "Gemini embeds text only, not token ids")
        }
        return NativeRequest(method: endpoint.method, path: path, headers: endpoint.headers, body: body)
    }

    /// The OpenAI request for a native one; the model comes from the context or the batch's requests.
    ///
    /// - Throws: ``TranslationError`` for a body of the wrong shape or no model at all.
    func decodeRequest(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> EmbeddingsRequest
    {
        let body = try NativeObject(native, at: .root, expected: "Gemini embeddings request")
        var model = context.capabilities.model
        var texts: [String] = []
        var dimensions: Int?
        var extras = JSONObject()
        func read(_ request: NativeObject) throws(TranslationError) {
            guard let content = try request.nested("content") else { throw .missingField("content", at: request.path) }
            var text = ""
            for (value, path) in try content.elements("parts") ?? .empty {
                text += try NativeObject(value, at: path, expected: "part object").require("text", as: String.self)
            }
            texts.append(text)
            if let named: String = try request.decode("model"), model == nil {
                model = named.hasPrefix("models/") ? String(named.dropFirst(7)) : named
            }
            dimensions = try request.decode("outputDimensionality") ?? dimensions
            for member in request.object where !["model", "content", "outputDimensionality"].contains(member.key) {
                extras[member.key] = member.value
            }
        }
        let input: EmbeddingsInput
        if let requests = try body.elements("requests") {
            for (value, path) in requests { try read(try NativeObject(value, at: path, expected: "embed request")) }
            input = .texts(texts)
        } else {
            try read(body)
            input = .text(texts.first ?? "")
        }
        guard let model else {
            throw context.error(
                .missingField, at: .root, "Gemini puts the model in the URL path; give it to the context")
        }
        for member in extras {
            try context.record(
                .converted, at: [.key(member.key)], "no OpenAI parameter; kept as the extension member \(member.key)")
        }
        return EmbeddingsRequest(input: input, model: model, dimensions: dimensions, additionalFields: extras)
    }

    /// The OpenAI response for a native one: floats, or base64 when `request` asked for it; usage zero (reported).
    ///
    /// - Throws: ``TranslationError`` for a body of the wrong shape.
    func decodeResponse(_ native: JSONValue, request: EmbeddingsRequest, context: inout TranslationContext)
        throws(TranslationError) -> EmbeddingsResponse
    {
        let body = try NativeObject(native, at: .root, expected: "Gemini embeddings response")
        var vectors: [(value: JSONValue, path: JSONPath)] = []
        if let batch = try body.elements("embeddings") {
            vectors = Array(batch)
        } else if let single = body["embedding"] {
            vectors = [(single, body.path("embedding"))]
        } else {
            throw .missingField("embedding")
        }
        var data: [Embedding] = []
        for (index, (value, path)) in vectors.enumerated() {
            let embedding = try NativeObject(value, at: path, expected: "embedding object")
            let values: [Double] = try embedding.require("values")
            let vector: EmbeddingVector =
                request.encodingFormat == .base64 ? .base64(fromFloats: values.map { Float($0) }) : .floats(values)
            data.append(Embedding(index: index, embedding: vector))
        }
        try context.record(.defaulted, at: ["usage"], "Gemini reports no token usage for embeddings; sent zeros")
        return EmbeddingsResponse(
            data: data, model: request.model, usage: EmbeddingsUsage(promptTokens: 0, totalTokens: 0))
    }

    /// The native response for an OpenAI one: `embedding` for one vector, `embeddings` for several.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for a base64 vector that does not decode.
    func encodeResponse(_ response: EmbeddingsResponse, context: inout TranslationContext) throws(TranslationError)
        -> JSONValue
    {
        var vectors: [JSONValue] = []
        for (index, embedding) in response.data.enumerated() {
            let values: [Float]
            do {
                values = try embedding.embedding.floatValues()
            } catch {
                throw error.prefixed(by: .key("embedding")).prefixed(by: .index(index)).prefixed(by: .key("data"))
                    .attributed(to: context.provider, context.direction)
            }
            vectors.append(["values": .array(values.map { JSONNumber(Double($0)).map(JSONValue.number) ?? .null })])
        }
        if response.usage != nil {
            try context.record(.dropped, at: ["usage"], "Gemini embeddings carry no token usage")
        }
        return vectors.count == 1 ? ["embedding": vectors[0]] : ["embeddings": .array(vectors)]
    }
}
