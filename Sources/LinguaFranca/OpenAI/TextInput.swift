/// Text that may be pre-tokenized, in the four shapes OpenAI accepts for embeddings `input` and legacy
/// completions `prompt`: one string, several strings, one token-id array, or several.
public enum TextInput: Sendable, Hashable {
    /// One string.
    case text(String)
    /// Several strings, each embedded or completed separately.
    case texts([String])
    /// One input given as token ids.
    case tokens([Int])
    /// Several inputs, each given as token ids.
    case tokenArrays([[Int]])
}

/// The text to embed (`input` of an embeddings request).
public typealias EmbeddingsInput = TextInput

/// The prompt of a legacy completions request (`prompt`).
public typealias CompletionPrompt = TextInput

extension TextInput: JSONField {
    /// Decodes one of the four shapes; the first element of an array decides which, and an empty array is
    /// `.texts([])`.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/typeMismatch`` when the value is neither
    ///   a string nor an array, or at the path of the first element (`[2]`, `[1][0]`) that does not match the
    ///   array's shape; ``TranslationError/Code/invalidValue`` for a token id that is not a 64-bit integer.
    init(json: JSONValue) throws(TranslationError) {
        switch json {
        case .string(let text):
            self = .text(text)
        case .array(let elements):
            guard let first = elements.first else {
                self = .texts([])
                return
            }
            switch first {
            case .string: self = .texts(try [String](json: json))
            case .number: self = .tokens(try [Int](json: json))
            case .array: self = .tokenArrays(try [[Int]](json: json))
            default:
                throw TranslationError.typeMismatch(
                    expected: "string, integer or array of integers", found: first
                ).prefixed(by: .index(0))
            }
        default:
            throw .typeMismatch(expected: "string or array", found: json)
        }
    }

    var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .texts(let texts): texts.json
        case .tokens(let tokens): tokens.json
        case .tokenArrays(let arrays): arrays.json
        }
    }
}
