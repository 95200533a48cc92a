/// Translates an OpenAI chat request into a Yandex `completion` body (`Mappings/yandex.md`, "Requests").
struct YandexRequestEncoder {
    /// The body for `request`; every change is recorded in `context`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/missingField`` for a bare model name without the
    ///   `folder_id` setting, the errors of ``YandexMessages/encode(_:context:)``, the rule errors, and
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func encode(_ request: ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError)
        -> JSONObject
    {
        var request = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&request, context: &context)
        var body = JSONObject(minimumCapacity: 8)
        body.append(
            .string(try YandexModelURI.uri(for: request.model, scheme: "gpt", context: &context)), forKey: "modelUri")
        let parameters = try context.nativeScalarParameters(
            of: request, keeping: [.stream, .reasoningEffort, .parallelToolCalls],
            streamOptionsNote: "Yandex streams carry usage on every line")
        if let options = parameters["completionOptions"] { body.append(options, forKey: "completionOptions") }
        body.append(.array(try YandexMessages.encode(request.messages, context: &context)), forKey: "messages")
        if let tools = try encodeTools(request.tools, context: &context) { body.append(.array(tools), forKey: "tools") }
        if let choice = try encodeToolChoice(request.toolChoice, context: &context) {
            body.append(.object(choice), forKey: "toolChoice")
        }
        try encodeResponseFormat(request.responseFormat, into: &body, context: &context)
        for member in parameters where member.key != "completionOptions" && body[member.key] == nil {
            body.append(member.value, forKey: member.key)
        }
        return body
    }

    private func encodeTools(_ tools: [Tool]?, context: inout TranslationContext) throws(TranslationError)
        -> [JSONValue]?
    {
        guard let tools else { return nil }
        var encoded: [JSONValue] = []
        for (index, tool) in tools.enumerated() {
            // Made only for a report: most tools have none.
            func path() -> JSONPath { [.key("tools"), .index(index)] }
            guard tool.type == .function, let function = tool.function else {
                try context.record(.dropped, at: path(), "Yandex takes function tools only; '\(tool.type)' not sent")
                continue
            }
            var definition: JSONObject = ["name": .string(function.name)]
            if let description = function.description { definition.append(.string(description), forKey: "description") }
            if let parameters = function.parameters { definition.append(parameters, forKey: "parameters") }
            if let strict = function.strict { definition.append(.bool(strict), forKey: "strict") }
            for member in tool.additionalFields {
                try context.record(.dropped, at: path().appending(member.key), "Yandex tools have no such member")
            }
            encoded.append(["function": .object(definition)])
        }
        return encoded
    }

    private func encodeToolChoice(_ choice: ToolChoice?, context: inout TranslationContext) throws(TranslationError)
        -> JSONObject?
    {
        switch choice {
        case nil: return nil
        case .mode(.auto)?: return ["mode": "AUTO"]
        case .mode(.none)?: return ["mode": "NONE"]
        case .mode(.required)?: return ["mode": "REQUIRED"]
        case .function(let name)?: return ["functionName": .string(name)]
        case .mode(let mode)?:
            try context.record(.rejected, at: ["tool_choice"], "Yandex has no tool_choice mode '\(mode)'; not sent")
            return nil
        case .object?:
            try context.record(.rejected, at: ["tool_choice"], "Yandex has no such tool_choice form; not sent")
            return nil
        }
    }

    private func encodeResponseFormat(
        _ format: ResponseFormat?, into body: inout JSONObject, context: inout TranslationContext
    ) throws(TranslationError) {
        switch format {
        case nil:
            return
        case .text?:
            try context.record(.converted, at: ["response_format"], "text is Yandex's default; not sent")
        case .jsonObject?:
            body.append(true, forKey: "jsonObject")
        case .jsonSchema(let schema)?:
            let path: JSONPath = [.key("response_format"), .key("json_schema")]
            try context.record(.dropped, at: path.appending("name"), "Yandex's JSON schema has no name")
            if schema.description != nil {
                try context.record(
                    .dropped, at: path.appending("description"), "Yandex's JSON schema has no description")
            }
            if schema.strict != nil {
                try context.record(.dropped, at: path.appending("strict"), "Yandex has no strict switch")
            }
            body.append(["schema": schema.schema ?? ["type": "object"]], forKey: "jsonSchema")
        case .object?:
            try context.record(.dropped, at: ["response_format"], "Yandex has no such output format")
        }
    }
}
