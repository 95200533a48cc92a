/// Responses of a declarative dialect both ways: the text, id, finish reason and counts at the dialect's paths.
struct DeclarativeResponses: Sendable {
    let dialect: ChatDialect
    let vocabulary: TableVocabulary
    /// What the layout reads of a response.
    private let places: DialectPlaces

    init(dialect: ChatDialect, vocabulary: TableVocabulary) {
        self.dialect = dialect
        self.vocabulary = vocabulary
        let layout = dialect.response
        places = DialectPlaces([
            layout.text, layout.id, layout.finishReason, layout.usage.promptTokens, layout.usage.completionTokens,
        ])
    }

    /// The OpenAI response for a native one.
    ///
    /// - Throws: ``TranslationError`` for a response without its text or with members of the wrong type.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError) -> ChatCompletion {
        let layout = dialect.response
        let body = try NativeObject(native, at: .root, expected: "response object")
        guard case .string(let text)? = body.object.value(atDottedPath: layout.text) else {
            throw .missingField(layout.text)
        }
        for path in places.unread(in: body.object) {
            try context.record(.dropped, at: path, "the dialect describes no member here")
        }
        var choice = ChatCompletionChoice(index: 0, message: ChatMessage(role: .assistant, text: text))
        choice.finishReason = try finishReason(
            layout.finishReason.flatMap { body.object.value(atDottedPath: $0) }, context: &context)
        var id: String?
        if let place = layout.id, let value = body.object.value(atDottedPath: place) {
            switch value {
            case .string(let text): id = text
            case .number(let number): id = number.literal
            case .null: id = nil
            default: throw .typeMismatch(expected: "string or integer id", found: value, at: JSONPath(dotted: place))
            }
        }
        return ChatCompletion(
            id: id ?? context.options.responseIDValue, created: context.options.createdTimestamp,
            model: context.capabilities.model ?? "", choices: [choice], usage: try usage(body, layout.usage))
    }

    /// The native response for an OpenAI one (its first choice).
    ///
    /// - Throws: ``TranslationError/Code/missingField`` for a response without choices.
    func encode(_ response: ChatCompletion, context: inout TranslationContext) throws(TranslationError) -> JSONValue {
        guard let choice = response.choices.first else {
            throw context.error(.missingField, at: ["choices"], "the dialect's response holds one answer")
        }
        for index in response.choices.indices.dropFirst() {
            try context.record(
                .dropped, at: [.key("choices"), .index(index)], "the dialect's response holds one answer")
        }
        try context.reportUnsentMembers(
            of: choice.message, at: [.key("choices"), .index(0), .key("message")], consumed: [])
        let layout = dialect.response
        var body = JSONObject()
        body.setValue(.string(choice.message.content?.joinedText ?? ""), atDottedPath: layout.text)
        if let place = layout.id { body.setValue(.string(response.id), atDottedPath: place) }
        if let place = layout.finishReason, let reason = choice.finishReason {
            body.setValue(.string(vocabulary.nativeFinishReason(for: reason)), atDottedPath: place)
        }
        Self.place(response.usage, layout.usage, into: &body)
        return .object(body)
    }

    /// The OpenAI finish reason for a native value, by the table; a value it does not map is reported.
    func finishReason(_ value: JSONValue?, context: inout TranslationContext) throws(TranslationError) -> FinishReason?
    {
        guard case .string(let native)? = value else { return nil }
        if let reason = vocabulary.finishReason(for: native) { return reason }
        try context.record(
            .approximated, at: JSONPath(dotted: dialect.response.finishReason ?? ""),
            "OpenAI has no '\(native)'; sent as stop")
        return .stop
    }

    /// The counts at the layout's paths, numbers or numeric strings; `nil` when there are none.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` for a count that is not an integer.
    func usage(_ body: NativeObject, _ layout: ChatDialect.UsageLayout) throws(TranslationError) -> Usage? {
        func count(_ path: String?) throws(TranslationError) -> Int? {
            guard let path, let value = body.object.value(atDottedPath: path) else { return nil }
            switch value {
            case .number(let number) where number.int != nil: return number.int
            case .string(let text) where Int(text) != nil: return Int(text)
            default:
                throw TranslationError(
                    code: .invalidValue, message: "expected a token count, found \(value)", path: JSONPath(dotted: path)
                )
            }
        }
        let prompt = try count(layout.promptTokens)
        let completion = try count(layout.completionTokens)
        guard prompt != nil || completion != nil else { return nil }
        return Usage(
            promptTokens: prompt ?? 0, completionTokens: completion ?? 0,
            totalTokens: (prompt ?? 0).addingReportingOverflow(completion ?? 0).partialValue)
    }

    /// Writes the counts at the layout's paths.
    static func place(_ usage: Usage?, _ layout: ChatDialect.UsageLayout, into body: inout JSONObject) {
        guard let usage else { return }
        if let path = layout.promptTokens { body.setValue(.number(JSONNumber(usage.promptTokens)), atDottedPath: path) }
        if let path = layout.completionTokens {
            body.setValue(.number(JSONNumber(usage.completionTokens)), atDottedPath: path)
        }
    }
}
