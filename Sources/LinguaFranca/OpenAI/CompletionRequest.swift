/// A request body for the legacy text completions endpoint, `POST /v1/completions`.
public struct CompletionRequest: JSONModel {
    /// The model's id.
    public var model: String
    /// The prompt or prompts to complete.
    public var prompt: CompletionPrompt?
    /// How many completions to generate server-side, returning the best `n`.
    public var bestOf: Int?
    /// Whether to echo the prompt before the completion.
    public var echo: Bool?
    /// Penalty for tokens by how often they already appear, from -2 to 2; kept as its literal.
    public var frequencyPenalty: JSONNumber?
    /// Token-id bias map (`{"50256": -100}`), kept as JSON.
    public var logitBias: JSONObject?
    /// How many most likely tokens to return log probabilities for, per position.
    public var logprobs: Int?
    /// The token limit of each completion.
    public var maxTokens: Int?
    /// How many completions to return per prompt.
    public var n: Int?
    /// Penalty for tokens that already appear, from -2 to 2; kept as its literal.
    public var presencePenalty: JSONNumber?
    /// A seed for best-effort deterministic sampling.
    public var seed: Int?
    /// Sequences at which generation stops.
    public var stop: StopSequences?
    /// Whether to stream the answer as server-sent events.
    public var stream: Bool?
    /// Options for a streamed answer.
    public var streamOptions: StreamOptions?
    /// Text that follows the completion.
    public var suffix: String?
    /// The sampling temperature; kept as its literal.
    public var temperature: JSONNumber?
    /// The nucleus-sampling probability mass; kept as its literal.
    public var topP: JSONNumber?
    /// A stable identifier for the end user.
    public var user: String?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a request.
    public init(
        model: String, prompt: CompletionPrompt? = nil, bestOf: Int? = nil, echo: Bool? = nil,
        frequencyPenalty: JSONNumber? = nil, logitBias: JSONObject? = nil, logprobs: Int? = nil,
        maxTokens: Int? = nil, n: Int? = nil, presencePenalty: JSONNumber? = nil, seed: Int? = nil,
        stop: StopSequences? = nil, stream: Bool? = nil, streamOptions: StreamOptions? = nil, suffix: String? = nil,
        temperature: JSONNumber? = nil, topP: JSONNumber? = nil, user: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.model = model
        self.prompt = prompt
        self.bestOf = bestOf
        self.echo = echo
        self.frequencyPenalty = frequencyPenalty
        self.logitBias = logitBias
        self.logprobs = logprobs
        self.maxTokens = maxTokens
        self.n = n
        self.presencePenalty = presencePenalty
        self.seed = seed
        self.stop = stop
        self.stream = stream
        self.streamOptions = streamOptions
        self.suffix = suffix
        self.temperature = temperature
        self.topP = topP
        self.user = user
        self.additionalFields = additionalFields
    }

    /// Decodes a request.
    ///
    /// - Throws: ``TranslationError`` when `model` is missing, a member has the wrong type, or `prompt` is an
    ///   array whose elements do not share one shape.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "completion request object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var model: String?
        var prompt: CompletionPrompt?
        var bestOf: Int?
        var echo: Bool?
        var frequencyPenalty: JSONNumber?
        var logitBias: JSONObject?
        var logprobs: Int?
        var maxTokens: Int?
        var n: Int?
        var presencePenalty: JSONNumber?
        var seed: Int?
        var stop: StopSequences?
        var stream: Bool?
        var streamOptions: StreamOptions?
        var suffix: String?
        var temperature: JSONNumber?
        var topP: JSONNumber?
        var user: String?
        while let key = try members.nextKey() {
            switch key {
            case "model": model = try members.decode()
            case "prompt": prompt = try members.decode()
            case "best_of": bestOf = try members.decode()
            case "echo": echo = try members.decode()
            case "frequency_penalty": frequencyPenalty = try members.decode()
            case "logit_bias": logitBias = try members.decode()
            case "logprobs": logprobs = try members.decode()
            case "max_tokens": maxTokens = try members.decode()
            case "n": n = try members.decode()
            case "presence_penalty": presencePenalty = try members.decode()
            case "seed": seed = try members.decode()
            case "stop": stop = try members.decode()
            case "stream": stream = try members.decode()
            case "stream_options": streamOptions = try members.decode()
            case "suffix": suffix = try members.decode()
            case "temperature": temperature = try members.decode()
            case "top_p": topP = try members.decode()
            case "user": user = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.model = try members.required(model, "model")
        self.prompt = prompt
        self.bestOf = bestOf
        self.echo = echo
        self.frequencyPenalty = frequencyPenalty
        self.logitBias = logitBias
        self.logprobs = logprobs
        self.maxTokens = maxTokens
        self.n = n
        self.presencePenalty = presencePenalty
        self.seed = seed
        self.stop = stop
        self.stream = stream
        self.streamOptions = streamOptions
        self.suffix = suffix
        self.temperature = temperature
        self.topP = topP
        self.user = user
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The request as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("model", model)
        members.encode("prompt", prompt)
        members.encode("best_of", bestOf)
        members.encode("echo", echo)
        members.encode("frequency_penalty", frequencyPenalty)
        members.encode("logit_bias", logitBias)
        members.encode("logprobs", logprobs)
        members.encode("max_tokens", maxTokens)
        members.encode("n", n)
        members.encode("presence_penalty", presencePenalty)
        members.encode("seed", seed)
        members.encode("stop", stop)
        members.encode("stream", stream)
        members.encode("stream_options", streamOptions)
        members.encode("suffix", suffix)
        members.encode("temperature", temperature)
        members.encode("top_p", topP)
        members.encode("user", user)
    }
}

extension CompletionRequest: ObjectModel {}
