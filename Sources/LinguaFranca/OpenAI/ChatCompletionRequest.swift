/// A chat completions request (`POST /v1/chat/completions`) with every documented parameter.
///
/// Numbers the caller chose (`temperature`, penalties) keep their literal, so `0.70` stays `0.70`.
public struct ChatCompletionRequest: JSONModel {
    /// The model to use.
    public var model: String
    /// The conversation so far.
    public var messages: [ChatMessage]
    /// Audio output parameters (`voice`, `format`), when `modalities` includes audio.
    public var audio: JSONObject?
    /// Penalty for frequent tokens, -2…2.
    public var frequencyPenalty: JSONNumber?
    /// The legacy function-calling mode (deprecated; see `toolChoice`).
    public var functionCall: FunctionCallChoice?
    /// The legacy function list (deprecated; see `tools`).
    public var functions: [FunctionDefinition]?
    /// Token id → bias, -100…100.
    public var logitBias: JSONObject?
    /// Whether to return log probabilities of the output tokens.
    public var logprobs: Bool?
    /// The most tokens to generate, reasoning tokens included.
    public var maxCompletionTokens: Int?
    /// The most tokens to generate (deprecated in favour of `maxCompletionTokens`; rejected by reasoning models).
    public var maxTokens: Int?
    /// Key–value pairs stored with the completion.
    public var metadata: JSONObject?
    /// Output modalities (`text`, `audio`).
    public var modalities: [String]?
    /// How many choices to generate.
    public var n: Int?
    /// Whether the model may call several tools in one turn.
    public var parallelToolCalls: Bool?
    /// Predicted output content, to speed up regeneration.
    public var prediction: JSONObject?
    /// Penalty for tokens already present, -2…2.
    public var presencePenalty: JSONNumber?
    /// A key grouping requests for prompt caching.
    public var promptCacheKey: String?
    /// How long cached prompt prefixes are kept (`in_memory`, `24h`).
    public var promptCacheRetention: String?
    /// How much a reasoning model should think.
    public var reasoningEffort: ReasoningEffort?
    /// The output format.
    public var responseFormat: ResponseFormat?
    /// A stable identifier of the end user for abuse detection.
    public var safetyIdentifier: String?
    /// A seed for best-effort deterministic sampling.
    public var seed: Int?
    /// The processing tier (`auto`, `default`, `flex`, `priority`, …).
    public var serviceTier: String?
    /// Where to stop generating.
    public var stop: StopSequences?
    /// Whether to store the completion.
    public var store: Bool?
    /// Whether to stream the answer as chunks.
    public var stream: Bool?
    /// Streaming options.
    public var streamOptions: StreamOptions?
    /// Sampling temperature, 0…2.
    public var temperature: JSONNumber?
    /// How the model may use the tools.
    public var toolChoice: ToolChoice?
    /// Tools the model may call.
    public var tools: [Tool]?
    /// How many most likely tokens to return per position, 0…20.
    public var topLogprobs: Int?
    /// Nucleus sampling probability mass.
    public var topP: JSONNumber?
    /// An end-user identifier (deprecated in favour of `safetyIdentifier` and `promptCacheKey`).
    public var user: String?
    /// How verbose the answer should be (`low`, `medium`, `high`).
    public var verbosity: String?
    /// Web search tool options.
    public var webSearchOptions: JSONObject?
    /// Members this model does not name, in document order (vendor extensions).
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a value; every optional member defaults to absent.
    public init(
        model: String, messages: [ChatMessage], audio: JSONObject? = nil, frequencyPenalty: JSONNumber? = nil,
        functionCall: FunctionCallChoice? = nil, functions: [FunctionDefinition]? = nil, logitBias: JSONObject? = nil,
        logprobs: Bool? = nil, maxCompletionTokens: Int? = nil, maxTokens: Int? = nil, metadata: JSONObject? = nil,
        modalities: [String]? = nil, n: Int? = nil, parallelToolCalls: Bool? = nil, prediction: JSONObject? = nil,
        presencePenalty: JSONNumber? = nil, promptCacheKey: String? = nil, promptCacheRetention: String? = nil,
        reasoningEffort: ReasoningEffort? = nil, responseFormat: ResponseFormat? = nil, safetyIdentifier: String? = nil,
        seed: Int? = nil, serviceTier: String? = nil, stop: StopSequences? = nil, store: Bool? = nil,
        stream: Bool? = nil, streamOptions: StreamOptions? = nil, temperature: JSONNumber? = nil,
        toolChoice: ToolChoice? = nil, tools: [Tool]? = nil, topLogprobs: Int? = nil, topP: JSONNumber? = nil,
        user: String? = nil, verbosity: String? = nil, webSearchOptions: JSONObject? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.model = model
        self.messages = messages
        self.audio = audio
        self.frequencyPenalty = frequencyPenalty
        self.functionCall = functionCall
        self.functions = functions
        self.logitBias = logitBias
        self.logprobs = logprobs
        self.maxCompletionTokens = maxCompletionTokens
        self.maxTokens = maxTokens
        self.metadata = metadata
        self.modalities = modalities
        self.n = n
        self.parallelToolCalls = parallelToolCalls
        self.prediction = prediction
        self.presencePenalty = presencePenalty
        self.promptCacheKey = promptCacheKey
        self.promptCacheRetention = promptCacheRetention
        self.reasoningEffort = reasoningEffort
        self.responseFormat = responseFormat
        self.safetyIdentifier = safetyIdentifier
        self.seed = seed
        self.serviceTier = serviceTier
        self.stop = stop
        self.store = store
        self.stream = stream
        self.streamOptions = streamOptions
        self.temperature = temperature
        self.toolChoice = toolChoice
        self.tools = tools
        self.topLogprobs = topLogprobs
        self.topP = topP
        self.user = user
        self.verbosity = verbosity
        self.webSearchOptions = webSearchOptions
        self.additionalFields = additionalFields
    }

    /// Decodes a request.
    ///
    /// - Throws: ``TranslationError`` when `model`, `messages` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "request object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var model: String?
        var messages: [ChatMessage]?
        var audio: JSONObject?
        var frequencyPenalty: JSONNumber?
        var functionCall: FunctionCallChoice?
        var functions: [FunctionDefinition]?
        var logitBias: JSONObject?
        var logprobs: Bool?
        var maxCompletionTokens: Int?
        var maxTokens: Int?
        var metadata: JSONObject?
        var modalities: [String]?
        var n: Int?
        var parallelToolCalls: Bool?
        var prediction: JSONObject?
        var presencePenalty: JSONNumber?
        var promptCacheKey: String?
        var promptCacheRetention: String?
        var reasoningEffort: ReasoningEffort?
        var responseFormat: ResponseFormat?
        var safetyIdentifier: String?
        var seed: Int?
        var serviceTier: String?
        var stop: StopSequences?
        var store: Bool?
        var stream: Bool?
        var streamOptions: StreamOptions?
        var temperature: JSONNumber?
        var toolChoice: ToolChoice?
        var tools: [Tool]?
        var topLogprobs: Int?
        var topP: JSONNumber?
        var user: String?
        var verbosity: String?
        var webSearchOptions: JSONObject?
        while let key = try members.nextKey() {
            switch key {
            case "model": model = try members.decode()
            case "messages": messages = try members.decode()
            case "audio": audio = try members.decode()
            case "frequency_penalty": frequencyPenalty = try members.decode()
            case "function_call": functionCall = try members.decode()
            case "functions": functions = try members.decode()
            case "logit_bias": logitBias = try members.decode()
            case "logprobs": logprobs = try members.decode()
            case "max_completion_tokens": maxCompletionTokens = try members.decode()
            case "max_tokens": maxTokens = try members.decode()
            case "metadata": metadata = try members.decode()
            case "modalities": modalities = try members.decode()
            case "n": n = try members.decode()
            case "parallel_tool_calls": parallelToolCalls = try members.decode()
            case "prediction": prediction = try members.decode()
            case "presence_penalty": presencePenalty = try members.decode()
            case "prompt_cache_key": promptCacheKey = try members.decode()
            case "prompt_cache_retention": promptCacheRetention = try members.decode()
            case "reasoning_effort": reasoningEffort = try members.decode()
            case "response_format": responseFormat = try members.decode()
            case "safety_identifier": safetyIdentifier = try members.decode()
            case "seed": seed = try members.decode()
            case "service_tier": serviceTier = try members.decode()
            case "stop": stop = try members.decode()
            case "store": store = try members.decode()
            case "stream": stream = try members.decode()
            case "stream_options": streamOptions = try members.decode()
            case "temperature": temperature = try members.decode()
            case "tool_choice": toolChoice = try members.decode()
            case "tools": tools = try members.decode()
            case "top_logprobs": topLogprobs = try members.decode()
            case "top_p": topP = try members.decode()
            case "user": user = try members.decode()
            case "verbosity": verbosity = try members.decode()
            case "web_search_options": webSearchOptions = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.model = try members.required(model, "model")
        self.messages = try members.required(messages, "messages")
        self.audio = audio
        self.frequencyPenalty = frequencyPenalty
        self.functionCall = functionCall
        self.functions = functions
        self.logitBias = logitBias
        self.logprobs = logprobs
        self.maxCompletionTokens = maxCompletionTokens
        self.maxTokens = maxTokens
        self.metadata = metadata
        self.modalities = modalities
        self.n = n
        self.parallelToolCalls = parallelToolCalls
        self.prediction = prediction
        self.presencePenalty = presencePenalty
        self.promptCacheKey = promptCacheKey
        self.promptCacheRetention = promptCacheRetention
        self.reasoningEffort = reasoningEffort
        self.responseFormat = responseFormat
        self.safetyIdentifier = safetyIdentifier
        self.seed = seed
        self.serviceTier = serviceTier
        self.stop = stop
        self.store = store
        self.stream = stream
        self.streamOptions = streamOptions
        self.temperature = temperature
        self.toolChoice = toolChoice
        self.tools = tools
        self.topLogprobs = topLogprobs
        self.topP = topP
        self.user = user
        self.verbosity = verbosity
        self.webSearchOptions = webSearchOptions
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// A request as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("model", model)
        members.encode("messages", messages)
        members.encode("audio", audio)
        members.encode("frequency_penalty", frequencyPenalty)
        members.encode("function_call", functionCall)
        members.encode("functions", functions)
        members.encode("logit_bias", logitBias)
        members.encode("logprobs", logprobs)
        members.encode("max_completion_tokens", maxCompletionTokens)
        members.encode("max_tokens", maxTokens)
        members.encode("metadata", metadata)
        members.encode("modalities", modalities)
        members.encode("n", n)
        members.encode("parallel_tool_calls", parallelToolCalls)
        members.encode("prediction", prediction)
        members.encode("presence_penalty", presencePenalty)
        members.encode("prompt_cache_key", promptCacheKey)
        members.encode("prompt_cache_retention", promptCacheRetention)
        members.encode("reasoning_effort", reasoningEffort)
        members.encode("response_format", responseFormat)
        members.encode("safety_identifier", safetyIdentifier)
        members.encode("seed", seed)
        members.encode("service_tier", serviceTier)
        members.encode("stop", stop)
        members.encode("store", store)
        members.encode("stream", stream)
        members.encode("stream_options", streamOptions)
        members.encode("temperature", temperature)
        members.encode("tool_choice", toolChoice)
        members.encode("tools", tools)
        members.encode("top_logprobs", topLogprobs)
        members.encode("top_p", topP)
        members.encode("user", user)
        members.encode("verbosity", verbosity)
        members.encode("web_search_options", webSearchOptions)
    }
}

extension ChatCompletionRequest: ObjectModel {}
