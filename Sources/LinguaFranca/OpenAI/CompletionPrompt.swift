/// The prompt of a legacy completions request (`prompt`): one string, several strings, or pre-tokenized input.
public enum CompletionPrompt: Sendable, Hashable {
    /// One string.
    case text(String)
    /// Several prompts, each completed separately.
    case texts([String])
    /// One prompt given as token ids.
    case tokens([Int])
    /// Several prompts, each given as token ids.
    case tokenArrays([[Int]])
}

extension CompletionPrompt: JSONField {
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
