import LinguaFranca

/// One corpus file and how to take it through the typed OpenAI model.
struct JSONScenario: Sendable {
    var name: String
    var file: String
    var typedRoundTrip: @Sendable ([UInt8]) throws -> [UInt8]

    static let all: [JSONScenario] = [
        JSONScenario(
            name: "small request (~300 B)", file: "small-request.json",
            typedRoundTrip: roundTrip(ChatCompletionRequest.self)),
        JSONScenario(
            name: "typical request (~6 KB)", file: "typical-request.json",
            typedRoundTrip: roundTrip(ChatCompletionRequest.self)),
        JSONScenario(
            name: "large request (~190 KB)", file: "large-request.json",
            typedRoundTrip: roundTrip(ChatCompletionRequest.self)),
        JSONScenario(
            name: "typical response (~1.6 KB)", file: "typical-response.json",
            typedRoundTrip: roundTrip(ChatCompletion.self)),
        JSONScenario(
            name: "stream chunk (~300 B)", file: "stream-chunk.json",
            typedRoundTrip: roundTrip(ChatCompletionChunk.self)),
    ]

    static func roundTrip<Model: JSONModel>(_ type: Model.Type) -> @Sendable ([UInt8]) throws -> [UInt8] {
        { bytes in try Model(jsonBytes: bytes).jsonBytes() }
    }
}
