/// The text to embed (`input`): one string, several strings, or pre-tokenized input.
public enum EmbeddingsInput: Sendable, Hashable {
    /// One string.
    case text(String)
    /// Several strings, embedded separately.
    case texts([String])
    /// One input given as token ids.
    case tokens([Int])
    /// Several inputs, each given as token ids.
    case tokenArrays([[Int]])
}

extension EmbeddingsInput: JSONField {
    /// Decodes a string, an array of strings, an array of integers or an array of arrays of integers; an empty
    /// array is `.texts([])`.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/typeMismatch`` for any other value, or
    ///   at the path of the first array element that does not match the array's shape;
    ///   ``TranslationError/Code/invalidValue`` for a token id outside the 64-bit range.
    init(json: JSONValue) throws(TranslationError) {
        switch try TextOrTokens(json: json) {
        case .text(let text): self = .text(text)
        case .texts(let texts): self = .texts(texts)
        case .tokens(let tokens): self = .tokens(tokens)
        case .tokenArrays(let arrays): self = .tokenArrays(arrays)
        }
    }

    var json: JSONValue {
        switch self {
        case .text(let text): TextOrTokens.text(text).json
        case .texts(let texts): TextOrTokens.texts(texts).json
        case .tokens(let tokens): TextOrTokens.tokens(tokens).json
        case .tokenArrays(let arrays): TextOrTokens.tokenArrays(arrays).json
        }
    }
}
