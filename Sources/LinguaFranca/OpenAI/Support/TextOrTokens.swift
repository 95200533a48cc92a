/// The four shapes OpenAI accepts wherever a request takes text that may be pre-tokenized (embeddings `input`,
/// legacy completions `prompt`): a string, an array of strings, an array of token ids, or an array of arrays of
/// token ids.
///
/// The public enums ``EmbeddingsInput`` and ``CompletionPrompt`` decode and encode through this one type.
enum TextOrTokens: Sendable, Hashable {
    /// A string.
    case text(String)
    /// An array of strings.
    case texts([String])
    /// An array of token ids.
    case tokens([Int])
    /// An array of arrays of token ids.
    case tokenArrays([[Int]])

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

    /// The value as JSON.
    var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .texts(let texts): texts.json
        case .tokens(let tokens): tokens.json
        case .tokenArrays(let arrays): arrays.json
        }
    }
}
