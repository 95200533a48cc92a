/// Everything a translation changed on the way: what it dropped, renamed, clamped, defaulted, converted,
/// approximated or rejected, each with where and why. Returned with every translation.
public struct TranslationReport: Sendable, Hashable {
    /// What happened to a value.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Removed: the target has no equivalent.
        case dropped
        /// Sent under another name.
        case renamed
        /// Moved inside the provider's allowed range.
        case clamped
        /// Added because the provider requires it and the source had none.
        case defaulted
        /// Sent with another type or unit, meaning kept.
        case converted
        /// Expressed differently, with some meaning lost.
        case approximated
        /// Removed: the provider refuses it.
        case rejected

        /// Whether this kind loses information, which the `.strict` policy forbids.
        public var isLoss: Bool {
            switch self {
            case .dropped, .clamped, .approximated, .rejected: true
            case .renamed, .defaulted, .converted: false
            }
        }
    }

    /// One change.
    public struct Entry: Sendable, Hashable {
        /// What happened.
        public var kind: Kind
        /// Where, in the source document.
        public var path: JSONPath
        /// The provider whose table decided.
        public var provider: ProviderID
        /// The model, when known.
        public var model: String?
        /// The translation's direction and document.
        public var direction: TranslationDirection
        /// A human explanation.
        public var message: String

        /// Creates an entry.
        public init(
            kind: Kind, path: JSONPath, provider: ProviderID, model: String?, direction: TranslationDirection,
            message: String
        ) {
            self.kind = kind
            self.path = path
            self.provider = provider
            self.model = model
            self.direction = direction
            self.message = message
        }
    }

    /// The changes, in the order they happened.
    public var entries: [Entry]

    /// Creates a report.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { entries.isEmpty }

    /// One line per entry: `renamed max_tokens (openai gpt-5-mini, encode chat request): sent as max_completion_tokens`.
    public var rendered: String {
        entries.map { entry in
            let place = entry.path.components.isEmpty ? "(document)" : entry.path.description
            let model = entry.model.map { " \($0)" } ?? ""
            return "\(entry.kind.rawValue) \(place) (\(entry.provider)\(model), \(entry.direction)): \(entry.message)"
        }.joined(separator: "\n")
    }

    /// The report as JSON: an array of `{"kind", "path", "provider", "model", "direction", "message"}`.
    public var json: JSONValue {
        .array(
            entries.map { entry in
                var object: JSONObject = [
                    "kind": .string(entry.kind.rawValue), "path": .string(entry.path.description),
                    "provider": .string(entry.provider.rawValue),
                ]
                if let model = entry.model { object["model"] = .string(model) }
                object["direction"] = .string(entry.direction.description)
                object["message"] = .string(entry.message)
                return .object(object)
            })
    }
}
