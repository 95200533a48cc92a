/// Where generation stops (`stop`): one string or an array of strings.
public enum StopSequences: Sendable, Hashable {
    /// A single stop string.
    case single(String)
    /// Several stop strings.
    case multiple([String])

    /// The stop strings, whichever form carried them.
    public var sequences: [String] {
        switch self {
        case .single(let sequence): [sequence]
        case .multiple(let sequences): sequences
        }
    }
}

extension StopSequences: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        switch json {
        case .string(let sequence): self = .single(sequence)
        case .array: self = .multiple(try [String](json: json))
        default: throw .typeMismatch(expected: "string or array of strings", found: json)
        }
    }

    var json: JSONValue {
        switch self {
        case .single(let sequence): .string(sequence)
        case .multiple(let sequences): sequences.json
        }
    }

    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Stop) {
        self = scanner.isAtString ? .single(try scanner.readString()) : .multiple(try [String](scanning: &scanner))
    }

    func write(to output: inout JSONOutput) {
        switch self {
        case .single(let sequence): output.write(sequence)
        case .multiple(let sequences): sequences.write(to: &output)
        }
    }
}
