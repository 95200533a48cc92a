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
        let object = try json.requireObject("request object")
        var members = MemberDecoder()
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
        for member in object {
            switch member.key {
            case "model": model = try members.decode(member)
            case "messages": messages = try members.decode(member)
            case "audio": audio = try members.decode(member)
            case "frequency_penalty": frequencyPenalty = try members.decode(member)
            case "function_call": functionCall = try members.decode(member)
            case "functions": functions = try members.decode(member)
            case "logit_bias": logitBias = try members.decode(member)
            case "logprobs": logprobs = try members.decode(member)
            case "max_completion_tokens": maxCompletionTokens = try members.decode(member)
            case "max_tokens": maxTokens = try members.decode(member)
            case "metadata": metadata = try members.decode(member)
            case "modalities": modalities = try members.decode(member)
            case "n": n = try members.decode(member)
            case "parallel_tool_calls": parallelToolCalls = try members.decode(member)
            case "prediction": prediction = try members.decode(member)
            case "presence_penalty": presencePenalty = try members.decode(member)
            case "prompt_cache_key": promptCacheKey = try members.decode(member)
            case "prompt_cache_retention": promptCacheRetention = try members.decode(member)
            case "reasoning_effort": reasoningEffort = try members.decode(member)
            case "response_format": responseFormat = try members.decode(member)
            case "safety_identifier": safetyIdentifier = try members.decode(member)
            case "seed": seed = try members.decode(member)
            case "service_tier": serviceTier = try members.decode(member)
            case "stop": stop = try members.decode(member)
            case "store": store = try members.decode(member)
            case "stream": stream = try members.decode(member)
            case "stream_options": streamOptions = try members.decode(member)
            case "temperature": temperature = try members.decode(member)
            case "tool_choice": toolChoice = try members.decode(member)
            case "tools": tools = try members.decode(member)
            case "top_logprobs": topLogprobs = try members.decode(member)
            case "top_p": topP = try members.decode(member)
            case "user": user = try members.decode(member)
            case "verbosity": verbosity = try members.decode(member)
            case "web_search_options": webSearchOptions = try members.decode(member)
            default: members.keep(member)
            }
        }
        self.init(
            model: try required(model, "model"), messages: try required(messages, "messages"), audio: audio,
            frequencyPenalty: frequencyPenalty, functionCall: functionCall, functions: functions, logitBias: logitBias,
            logprobs: logprobs, maxCompletionTokens: maxCompletionTokens, maxTokens: maxTokens, metadata: metadata,
            modalities: modalities, n: n, parallelToolCalls: parallelToolCalls, prediction: prediction,
            presencePenalty: presencePenalty, promptCacheKey: promptCacheKey,
            promptCacheRetention: promptCacheRetention, reasoningEffort: reasoningEffort,
            responseFormat: responseFormat, safetyIdentifier: safetyIdentifier, seed: seed, serviceTier: serviceTier,
            stop: stop, store: store, stream: stream, streamOptions: streamOptions, temperature: temperature,
            toolChoice: toolChoice, tools: tools, topLogprobs: topLogprobs, topP: topP, user: user,
            verbosity: verbosity, webSearchOptions: webSearchOptions, additionalFields: members.additionalFields)
        layout = MemberLayout(of: object)
    }

    /// A request as JSON.
    public var json: JSONValue {
        var members = MemberEncoder(capacity: 8)
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
        return members.finish(additionalFields: additionalFields, layout: layout)
    }
}

extension ChatCompletionRequest: JSONField {}
