extension TranslationContext {
    /// The extension members of an OpenAI object (a content part, a tool) that the provider's object can carry:
    /// those named in `allowed` pass verbatim; any other — another provider's extension, say — is dropped and
    /// reported at `path`, so that it never reaches a provider that would refuse the request for it.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a dropped member under `.strict`.
    mutating func nativeExtensions(of fields: JSONObject, allowed: Set<String>, at path: JSONPath)
        throws(TranslationError) -> JSONObject
    {
        guard !fields.isEmpty else { return fields }
        var kept = JSONObject()
        for member in fields {
            if allowed.contains(member.key) {
                kept.append(member.value, forKey: member.key)
            } else if !member.value.isNull {
                try record(.dropped, at: path.appending(member.key), "\(provider) has no such member here")
            }
        }
        return kept
    }
}

extension TranslationContext {
    /// Runs a translation step, attributing its errors to this context's provider and direction where they have
    /// none yet.
    ///
    /// - Throws: whatever `step` throws, attributed.
    mutating func attributingErrors<Result>(_ step: (inout TranslationContext) throws(TranslationError) -> Result)
        throws(TranslationError) -> Result
    {
        do {
            return try step(&self)
        } catch {
            throw error.attributed(to: provider, direction)
        }
    }

    /// A native request for the table's endpoint of `operation`: the path resolved for `model` (its stream path
    /// when `streaming`), the endpoint's method and headers, and `body`.
    ///
    /// - Throws: the errors of ``resolvedEndpoint(_:model:streaming:)``.
    func nativeRequest(
        _ operation: APIOperation, model: String, streaming: Bool = false, body: JSONValue
    ) throws(TranslationError) -> NativeRequest {
        let (endpoint, path) = try resolvedEndpoint(operation, model: model, streaming: streaming)
        return NativeRequest(method: endpoint.method, path: path, headers: endpoint.headers, body: body)
    }

    /// The table's endpoint of `operation` and its path resolved for `model` (its stream path when `streaming`).
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` when the table has no such endpoint,
    ///   ``TranslationError/Code/missingField`` for a path placeholder without a value.
    func resolvedEndpoint(_ operation: APIOperation, model: String, streaming: Bool = false)
        throws(TranslationError) -> (endpoint: Endpoint, path: String)
    {
        guard let endpoint = capabilities.table.endpoints[operation] else {
            throw error(.unsupported, at: .root, "\(provider) has no \(operation.rawValue) endpoint")
        }
        do {
            let path = try endpoint.resolvedPath(model: model, settings: options.providerSettings, streaming: streaming)
            return (endpoint, path)
        } catch {
            throw error.attributed(to: provider, direction)
        }
    }

    /// The request's scalar parameters with the table's rules applied: everything but the members a native
    /// codec translates itself — messages, tools, tool choice, `response_format`, and the ones of `stream`,
    /// `reasoning_effort` and `parallel_tool_calls` that `keeping` does not name (those named go through the rules).
    /// `stream_options` is not sent and is reported `converted` with `streamOptionsNote`, for providers whose streams
    /// always carry usage.
    ///
    /// - Throws: the errors of ``applyParameterRules(to:operation:)``.
    mutating func nativeScalarParameters(
        of request: ChatCompletionRequest, keeping: RuleTranslatedMembers, streamOptionsNote: String
    ) throws(TranslationError) -> JSONObject {
        var scalars = request
        scalars.messages = []
        scalars.tools = nil
        scalars.toolChoice = nil
        if !keeping.contains(.parallelToolCalls) { scalars.parallelToolCalls = nil }
        scalars.responseFormat = nil
        if !keeping.contains(.reasoningEffort) { scalars.reasoningEffort = nil }
        if !keeping.contains(.stream) { scalars.stream = nil }
        if request.streamOptions != nil {
            try record(.converted, at: ["stream_options"], "not sent: \(streamOptionsNote)")
            scalars.streamOptions = nil
        }
        guard case .object(var object) = scalars.json else { return JSONObject() }
        object.removeValue(forKey: "model")
        object.removeValue(forKey: "messages")
        return try applyParameterRules(to: object, operation: .chat)
    }

    /// Reports a message's participant name, audio and vendor members (other than `consumed`) that the provider's
    /// messages cannot carry.
    ///
    /// `path` is made only for a report: most messages have nothing to report.
    ///
    /// - Throws: ``TranslationError/Code/unsupported`` for a dropped member under `.strict`.
    mutating func reportUnsentMembers(
        of message: ChatMessage, at path: @autoclosure () -> JSONPath, consumed: Set<String>
    ) throws(TranslationError) {
        if message.name != nil {
            try record(.dropped, at: path().appending("name"), "\(provider) messages have no participant name")
        }
        for member in message.additionalFields where !consumed.contains(member.key) && !member.value.isNull {
            try record(.dropped, at: path().appending(member.key), "\(provider) messages have no such member")
        }
        if message.audio != nil {
            try record(.dropped, at: path().appending("audio"), "audio answers are not sent to \(provider)")
        }
    }
}

/// The request members that a native codec may leave to the table's parameter rules instead of translating them
/// itself (``TranslationContext/nativeScalarParameters(of:keeping:streamOptionsNote:)``).
struct RuleTranslatedMembers: OptionSet {
    let rawValue: UInt8

    /// `stream`.
    static let stream = Self(rawValue: 1 << 0)
    /// `reasoning_effort`.
    static let reasoningEffort = Self(rawValue: 1 << 1)
    /// `parallel_tool_calls`.
    static let parallelToolCalls = Self(rawValue: 1 << 2)
}
