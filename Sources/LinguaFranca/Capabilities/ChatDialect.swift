/// A chat dialect described as data (`dialect` in a `declarative-chat` table, see `Mappings/SCHEMA.md`): where the
/// history, the newest message, the system prompt, the model and the settings sit in a request; how a message names
/// its role and text; where a response keeps its text, id, finish reason and usage; how a stream carries text.
/// ``DeclarativeChatCodec`` runs it in every direction.
public struct ChatDialect: Sendable, Hashable {
    /// Where a request's parts sit, as dotted paths from the request root.
    public struct RequestLayout: Sendable, Hashable {
        /// The member that holds the model, if the dialect has one.
        public var model: String?
        /// The array of earlier messages (or of all of them, when `newest` is `nil`).
        public var history: String
        /// The newest message, when the dialect keeps it apart from the history.
        public var newest: String?
        /// The system prompt text, when the dialect has one.
        public var system: String?
        /// The stream flag, when the dialect has one.
        public var stream: String?
        /// Where the generation settings go: a dotted path from the request root, or, with `inNewestMessage`, from
        /// the newest message.
        public var settings: String?
        /// Where the settings go: ``settings``, or `settings` when the table names no place.
        var settingsPlace: String { settings ?? "settings" }
        /// Whether ``settings`` is inside the newest message (each message may carry its own).
        public var settingsInNewestMessage: Bool
    }

    /// How a message names its role and text.
    public struct MessageLayout: Sendable, Hashable {
        /// The role member.
        public var role: String
        /// The text member.
        public var text: String
        /// OpenAI role → native role (`user` → `human`).
        public var roles: [String: String]
    }

    /// Where counts sit, as dotted paths.
    public struct UsageLayout: Sendable, Hashable {
        /// Prompt tokens.
        public var promptTokens: String?
        /// Completion tokens.
        public var completionTokens: String?
    }

    /// Where a response's parts sit, as dotted paths.
    public struct ResponseLayout: Sendable, Hashable {
        /// The answer text.
        public var text: String
        /// The response or message id, if any.
        public var id: String?
        /// The finish reason (mapped by the table's `values.finish_reason`), if any.
        public var finishReason: String?
        /// The counts.
        public var usage: UsageLayout
    }

    /// How a stream carries text: one JSON document per line.
    public struct StreamLayout: Sendable, Hashable {
        /// The text member of a line.
        public var text: String
        /// Whether each line carries the whole text so far instead of the new text.
        public var cumulative: Bool
        /// The member that is `true` on the last line.
        public var end: String
        /// The counts on the last line.
        public var usage: UsageLayout
    }

    /// The request layout.
    public var request: RequestLayout
    /// The message layout.
    public var message: MessageLayout
    /// The response layout.
    public var response: ResponseLayout
    /// The stream layout, if the dialect streams.
    public var stream: StreamLayout?

    /// Reads a `dialect` object.
    ///
    /// - Throws: ``CapabilityTableError`` with the path of an unknown key, a missing one or a wrong type.
    static func load(_ value: JSONValue) throws(CapabilityTableError) -> ChatDialect {
        let top = try TableObject(value, allowed: ["request", "message", "response", "stream"])
        let request = try top.require("request") { (value) throws(CapabilityTableError) in
            let object = try TableObject(
                value, allowed: ["model", "history", "newest", "system", "stream", "settings", "settingsIn"])
            let placement = try object.string("settingsIn") ?? "request"
            guard placement == "request" || placement == "newest-message" else {
                throw CapabilityTableError(
                    path: ["settingsIn"], message: "expected 'request' or 'newest-message', found '\(placement)'")
            }
            if placement == "newest-message", !object.has("newest") {
                throw CapabilityTableError(
                    path: ["settingsIn"], message: "settings in the newest message need 'newest', where it sits")
            }
            return RequestLayout(
                model: try object.string("model"), history: try object.require("history", TableObject.string),
                newest: try object.string("newest"), system: try object.string("system"),
                stream: try object.string("stream"), settings: try object.string("settings"),
                settingsInNewestMessage: placement == "newest-message")
        }
        let message = try top.require("message") { (value) throws(CapabilityTableError) in
            let object = try TableObject(value, allowed: ["role", "text", "roles"])
            return MessageLayout(
                role: try object.require("role", TableObject.string),
                text: try object.require("text", TableObject.string),
                roles: try object.read("roles", Self.stringMap) ?? [:])
        }
        let response = try top.require("response") { (value) throws(CapabilityTableError) in
            let object = try TableObject(value, allowed: ["text", "id", "finishReason", "usage"])
            return ResponseLayout(
                text: try object.require("text", TableObject.string), id: try object.string("id"),
                finishReason: try object.string("finishReason"), usage: try object.read("usage", Self.usage) ?? .init())
        }
        let stream = try top.read("stream") { (value) throws(CapabilityTableError) in
            let object = try TableObject(value, allowed: ["text", "mode", "end", "usage"])
            let mode = try object.string("mode") ?? "delta"
            guard mode == "delta" || mode == "cumulative" else {
                throw CapabilityTableError(path: ["mode"], message: "expected 'delta' or 'cumulative', found '\(mode)'")
            }
            return StreamLayout(
                text: try object.require("text", TableObject.string), cumulative: mode == "cumulative",
                end: try object.require("end", TableObject.string),
                usage: try object.read("usage", Self.usage) ?? .init())
        }
        return ChatDialect(request: request, message: message, response: response, stream: stream)
    }

    private static func usage(_ value: JSONValue) throws(CapabilityTableError) -> UsageLayout {
        let object = try TableObject(value, allowed: ["prompt_tokens", "completion_tokens"])
        return UsageLayout(
            promptTokens: try object.string("prompt_tokens"), completionTokens: try object.string("completion_tokens"))
    }

    private static func stringMap(_ value: JSONValue) throws(CapabilityTableError) -> [String: String] {
        var map: [String: String] = [:]
        for (key, text) in try TableObject.eachMember(
            of: value,
            { (_, value) throws(CapabilityTableError) in
                try TableObject.string(value)
            })
        {
            map[key] = text
        }
        return map
    }
}
