import LinguaFranca
import Testing

/// Checks that the fixture `openai/<name>` decodes as `Model` and encodes back to the same document: same keys,
/// same order, same numbers, same explicit nulls.
func expectLosslessRoundTrip<Model: JSONModel>(
    _ type: Model.Type, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let bytes = try Fixtures.bytes("openai/" + name)
    let original = try JSONReader().read(bytes)
    let model = try Model(jsonBytes: bytes)
    #expect(model.json == original, "\(name) changed in a round trip", sourceLocation: sourceLocation)
    #expect(try Model(json: model.json) == model, sourceLocation: sourceLocation)
    #expect(model.jsonBytes() == JSONWriter().write(original), sourceLocation: sourceLocation)
}

/// The error decoding `text` as `Model` throws, or `nil` when it decodes.
func decodingError<Model: JSONModel>(_ type: Model.Type, _ text: String) -> TranslationError? {
    do {
        _ = try Model(jsonBytes: Array(text.utf8))
        return nil
    } catch {
        return error
    }
}
