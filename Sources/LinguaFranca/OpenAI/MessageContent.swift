/// A message's `content`: a plain string or an array of parts.
public enum MessageContent: Sendable, Hashable {
    /// A plain string.
    case text(String)
    /// An array of parts.
    case parts([ContentPart])

    /// The text of the content: the string itself, or the `text` parts joined with no separator; `nil` when
    /// the content holds no text at all.
    public var joinedText: String? {
        switch self {
        case .text(let text): return text
        case .parts(let parts):
            let texts = parts.compactMap { $0.type == .text ? $0.text : nil }
            return texts.isEmpty ? nil : texts.joined()
        }
    }
}

extension MessageContent: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        switch json {
        case .string(let text): self = .text(text)
        case .array: self = .parts(try [ContentPart](json: json))
        default: throw .typeMismatch(expected: "string or array of content parts", found: json)
        }
    }

    var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .parts(let parts): parts.json
        }
    }

    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        self = scanner.isAtString ? .text(try scanner.readString()) : .parts(try [ContentPart](scanning: &scanner))
    }

    func write(to output: inout JSONOutput) {
        switch self {
        case .text(let text): output.write(text)
        case .parts(let parts): parts.write(to: &output)
        }
    }
}
