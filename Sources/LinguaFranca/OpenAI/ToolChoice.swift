/// How the model may use tools (`tool_choice`): a mode string, one named function, or another object form.
public enum ToolChoice: Sendable, Hashable {
    /// `"none"`, `"auto"`, `"required"` or another mode string.
    case mode(Mode)
    /// `{"type": "function", "function": {"name": …}}`: call this function.
    case function(name: String)
    /// Any other object (`allowed_tools`, a custom tool, a vendor form), kept as it came.
    case object(JSONObject)

    /// A `tool_choice` mode string. Open: unknown modes decode.
    public struct Mode: OpenWireString {
        /// The mode as it appears on the wire.
        public var rawValue: String

        /// Creates a mode from its wire spelling.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Do not call tools.
        public static let none: Mode = "none"
        /// Call tools or answer, as the model sees fit.
        public static let auto: Mode = "auto"
        /// Call at least one tool.
        public static let required: Mode = "required"
    }
}

extension ToolChoice.Mode: JSONField {}

extension ToolChoice: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        switch json {
        case .string(let mode):
            self = .mode(Mode(rawValue: mode))
        case .object(let object):
            if let name = NamedChoice.name(in: object, type: "function") {
                self = .function(name: name)
            } else {
                self = .object(object)
            }
        default:
            throw .typeMismatch(expected: "string or object", found: json)
        }
    }

    var json: JSONValue {
        switch self {
        case .mode(let mode): mode.json
        case .function(let name): ["type": "function", "function": ["name": .string(name)]]
        case .object(let object): .object(object)
        }
    }
}

/// The legacy `function_call` parameter (deprecated): a mode string, `{"name": …}`, or another object.
public enum FunctionCallChoice: Sendable, Hashable {
    /// `"none"`, `"auto"` or another mode string.
    case mode(ToolChoice.Mode)
    /// `{"name": …}`: call this function.
    case function(name: String)
    /// Any other object, kept as it came.
    case object(JSONObject)
}

extension FunctionCallChoice: JSONField {
    init(json: JSONValue) throws(TranslationError) {
        switch json {
        case .string(let mode):
            self = .mode(ToolChoice.Mode(rawValue: mode))
        case .object(let object):
            if object.count == 1, case .string(let name)? = object["name"] {
                self = .function(name: name)
            } else {
                self = .object(object)
            }
        default:
            throw .typeMismatch(expected: "string or object", found: json)
        }
    }

    var json: JSONValue {
        switch self {
        case .mode(let mode): mode.json
        case .function(let name): ["name": .string(name)]
        case .object(let object): .object(object)
        }
    }
}

/// Recognises `{"type": T, T: {"name": N}}` with nothing else in either object.
enum NamedChoice {
    static func name(in object: JSONObject, type: String) -> String? {
        guard object.count == 2, object["type"] == .string(type), case .object(let inner)? = object[type],
            inner.count == 1, case .string(let name)? = inner["name"]
        else { return nil }
        return name
    }
}
