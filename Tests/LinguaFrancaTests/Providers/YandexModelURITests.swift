import Testing

@testable import LinguaFranca

/// Yandex names models by URI (`gpt://<folder>/<name>/<branch>`); OpenAI clients send bare names, which the codec
/// completes from the `folder_id` setting and reports.
@Suite struct YandexModelURITests {
    static func uri(_ model: String, folder: String? = "b1gq4xyz0example7folder") throws -> (String, [String]) {
        let codec = try YandexChatCodec()
        let settings = folder.map { ["folder_id": $0] } ?? [:]
        var context = codec.makeContext(
            .encode, .chatRequest, model: model, options: TranslationOptions(providerSettings: settings))
        let uri = try YandexModelURI.uri(for: model, scheme: "gpt", context: &context)
        return (uri, context.report.entries.map(\.path.description))
    }

    @Test(arguments: [
        ("yandexgpt", "gpt://b1gq4xyz0example7folder/yandexgpt/latest"),
        ("yandexgpt/rc", "gpt://b1gq4xyz0example7folder/yandexgpt/rc"),
        ("llama:/8b", "gpt://b1gq4xyz0example7folder/llama:/8b"),
        ("модель", "gpt://b1gq4xyz0example7folder/модель/latest"),
    ])
    func aBareNameGetsTheFolderAndIsReported(model: String, expected: String) throws {
        let (uri, reported) = try Self.uri(model)
        #expect(uri == expected)
        #expect(reported == ["model"])
    }

    @Test(arguments: ["gpt://b1g/yandexgpt/latest", "emb://b1g/text-search-doc/latest", "ds://bt1/model"])
    func aURIPassesUnchangedAndUnreported(model: String) throws {
        let (uri, reported) = try Self.uri(model, folder: nil)
        #expect(uri == model)
        #expect(reported.isEmpty)
    }

    @Test func aBareNameWithoutAFolderIsAnError() throws {
        let error = try #require(throws: TranslationError.self) { try Self.uri("yandexgpt", folder: nil) }
        #expect(error.code == .missingField)
        #expect(error.path.description == "model")
    }
}
