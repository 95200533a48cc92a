/// A provider's codec for chat traffic and error bodies.
public typealias ProviderCodec = ChatCodec & ErrorCodec

/// Finds the codec for a capability table by its API family (`api.family` in `Mappings/<id>.json`): every
/// `openai-chat` table is served by ``OpenAICompatibleChatCodec``, each native dialect by its own codec.
public enum CodecRegistry {
    /// The codec for `table`.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for an API family no codec speaks.
    public static func codec(for table: CapabilityTable) throws(TranslationError) -> any ProviderCodec {
        switch table.apiFamily {
        case "openai-chat": return OpenAICompatibleChatCodec(table: table)
        case "anthropic-messages": return try AnthropicChatCodec(table: table)
        case "gemini-generate-content": return try GeminiChatCodec(table: table)
        case "yandex-foundation-models": return try YandexChatCodec(table: table)
        case "timeweb-agent": return try TimewebChatCodec(table: table)
        case DeclarativeChatCodec.family: return try DeclarativeChatCodec(table: table)
        default:
            throw TranslationError(
                code: .unsupported, message: "no codec speaks the API family '\(table.apiFamily)' of \(table.id)",
                provider: table.id)
        }
    }
}
