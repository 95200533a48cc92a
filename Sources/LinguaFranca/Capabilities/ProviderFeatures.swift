/// What a provider (or one of its models) supports. Every member is optional: `nil` means "as OpenAI", which
/// the resolved accessors (`supportsTools`, …) turn into `true`.
public struct ProviderFeatures: Sendable, Hashable {
    /// Where system instructions go.
    public enum SystemRole: String, Sendable, Hashable, CaseIterable {
        /// As `system` messages.
        case message
        /// As `developer` messages (system messages are renamed).
        case developer
        /// In a top-level field (native codecs).
        case topLevel = "top-level"
        /// Nowhere: merged into the first user message, reported.
        case unsupported
    }

    /// What to do with the legacy `functions`/`function_call` parameters.
    public enum LegacyFunctions: String, Sendable, Hashable, CaseIterable {
        /// Send them as they are.
        case pass
        /// Convert them to `tools`/`tool_choice`, and legacy function messages to tool calls and tool messages.
        case convert
    }

    /// Embeddings support.
    public struct Embeddings: Sendable, Hashable {
        /// Whether one request may carry several inputs.
        public var batchInput: Bool
        /// The encoding formats the provider returns (`float`, `base64`).
        public var formats: [String]
        /// Whether `dimensions` is honoured.
        public var dimensions: Bool

        /// Creates embeddings support.
        public init(batchInput: Bool = true, formats: [String] = ["float", "base64"], dimensions: Bool = true) {
            self.batchInput = batchInput
            self.formats = formats
            self.dimensions = dimensions
        }
    }

    /// Function tools.
    public var tools: Bool?
    /// Several tool calls in one turn.
    public var parallelToolCalls: Bool?
    /// Image parts.
    public var vision: Bool?
    /// Audio input and output.
    public var audio: Bool?
    /// File parts.
    public var files: Bool?
    /// `response_format` `json_object`.
    public var jsonObject: Bool?
    /// `response_format` `json_schema`.
    public var jsonSchema: Bool?
    /// Where system instructions go.
    public var systemRole: SystemRole?
    /// `stream: true`.
    public var streaming: Bool?
    /// `stream_options.include_usage`.
    public var streamUsage: Bool?
    /// `n` > 1.
    public var multipleChoices: Bool?
    /// `logprobs`, `top_logprobs`.
    public var logprobs: Bool?
    /// Legacy function calling.
    public var legacyFunctions: LegacyFunctions?
    /// Embeddings support.
    public var embeddings: Embeddings?

    /// Creates features; every member defaults to "as OpenAI".
    public init(
        tools: Bool? = nil, parallelToolCalls: Bool? = nil, vision: Bool? = nil, audio: Bool? = nil,
        files: Bool? = nil, jsonObject: Bool? = nil, jsonSchema: Bool? = nil, systemRole: SystemRole? = nil,
        streaming: Bool? = nil, streamUsage: Bool? = nil, multipleChoices: Bool? = nil, logprobs: Bool? = nil,
        legacyFunctions: LegacyFunctions? = nil, embeddings: Embeddings? = nil
    ) {
        self.tools = tools
        self.parallelToolCalls = parallelToolCalls
        self.vision = vision
        self.audio = audio
        self.files = files
        self.jsonObject = jsonObject
        self.jsonSchema = jsonSchema
        self.systemRole = systemRole
        self.streaming = streaming
        self.streamUsage = streamUsage
        self.multipleChoices = multipleChoices
        self.logprobs = logprobs
        self.legacyFunctions = legacyFunctions
        self.embeddings = embeddings
    }

    /// These features with every member `override` sets replacing this one's.
    public func merging(_ override: ProviderFeatures) -> ProviderFeatures {
        ProviderFeatures(
            tools: override.tools ?? tools, parallelToolCalls: override.parallelToolCalls ?? parallelToolCalls,
            vision: override.vision ?? vision, audio: override.audio ?? audio, files: override.files ?? files,
            jsonObject: override.jsonObject ?? jsonObject, jsonSchema: override.jsonSchema ?? jsonSchema,
            systemRole: override.systemRole ?? systemRole, streaming: override.streaming ?? streaming,
            streamUsage: override.streamUsage ?? streamUsage,
            multipleChoices: override.multipleChoices ?? multipleChoices, logprobs: override.logprobs ?? logprobs,
            legacyFunctions: override.legacyFunctions ?? legacyFunctions, embeddings: override.embeddings ?? embeddings)
    }

    /// The features as `name: value` lines, resolved (absent members shown as their default), for the CLI.
    public var resolvedSummary: [(name: String, value: String)] {
        func flag(_ value: Bool?) -> String { (value ?? true) ? "yes" : "no" }
        var lines = [
            ("tools", flag(tools)), ("parallelToolCalls", flag(parallelToolCalls)), ("vision", flag(vision)),
            ("audio", flag(audio)), ("files", flag(files)), ("jsonObject", flag(jsonObject)),
            ("jsonSchema", flag(jsonSchema)), ("systemRole", (systemRole ?? .message).rawValue),
            ("streaming", flag(streaming)), ("streamUsage", flag(streamUsage)),
            ("multipleChoices", flag(multipleChoices)), ("logprobs", flag(logprobs)),
            ("legacyFunctions", (legacyFunctions ?? .pass).rawValue),
        ]
        if let embeddings {
            lines.append(
                (
                    "embeddings",
                    "\(embeddings.batchInput ? "batch" : "single") input, \(embeddings.formats.joined(separator: "/")), dimensions \(embeddings.dimensions ? "yes" : "no")"
                ))
        }
        return lines
    }
}
