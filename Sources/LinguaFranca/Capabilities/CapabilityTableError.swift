/// Why a capability table does not load: the file, the JSON path inside it and the problem.
public struct CapabilityTableError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or source name) the table came from.
    public var file: String
    /// Where in the table.
    public var path: JSONPath
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String = "", path: JSONPath = .root, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `openai.json: models[1].parameters.chat.temperature.clamp: min 2 is greater than max 1`.
    public var description: String {
        let place = path.components.isEmpty ? "" : "\(path): "
        return "\(file.isEmpty ? "capability table" : file): \(place)\(message)"
    }

    func prefixed(by component: JSONPath.Component) -> Self {
        var copy = self
        copy.path = path.prefixed(by: component)
        return copy
    }
}
