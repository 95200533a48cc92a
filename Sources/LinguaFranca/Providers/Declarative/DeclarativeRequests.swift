/// Requests of a declarative dialect both ways: messages by the dialect's message layout, the system prompt, the
/// newest message and the model at the dialect's paths, and the settings — the request's parameters after the table's
/// rules — at the dialect's settings place (the request, or the newest message).
struct DeclarativeRequests: Sendable {
    let dialect: ChatDialect
    /// What the layout reads of a request body (settings in the newest message excepted: they are read with it).
    private let bodyPlaces: DialectPlaces
    /// What the layout reads of a message.
    private let messagePlaces: DialectPlaces

    init(dialect: ChatDialect) {
        self.dialect = dialect
        let layout = dialect.request
        bodyPlaces = DialectPlaces([
            layout.model, layout.history, layout.newest, layout.system, layout.stream,
            layout.settingsInNewestMessage ? nil : layout.settings,
        ])
        messagePlaces = DialectPlaces([
            dialect.message.role, dialect.message.text,
            layout.settingsInNewestMessage ? layout.settingsPlace : nil,
        ])
    }

    /// The native body for `request`.
    ///
    /// - Throws: ``TranslationError``: ``TranslationError/Code/invalidValue`` for a role the dialect does not name, or
    ///   a last message that is not the user's when the dialect keeps the newest message apart; the rule errors;
    ///   ``TranslationError/Code/unsupported`` for a loss under `.strict`.
    func encode(_ request: ChatCompletionRequest, context: inout TranslationContext) throws(TranslationError)
        -> JSONObject
    {
        let layout = dialect.request
        var request = request
        try RequestFeatureAdapter(features: context.capabilities.features).adapt(&request, context: &context)
        var settings = try context.nativeScalarParameters(
            of: request, keeping: .reasoningEffort, streamOptionsNote: "the dialect's streams say nothing of it")
        var body = JSONObject()
        if let model = layout.model { body.setValue(.string(request.model), atDottedPath: model) }
        var system: [String] = []
        var messages: [JSONValue] = []
        for (index, message) in request.messages.enumerated() {
            // Made only for a report or an error: most messages have neither.
            func path() -> JSONPath { [.key("messages"), .index(index)] }
            try context.reportUnsentMembers(of: message, at: path(), consumed: [])
            let text = message.content?.joinedText ?? ""
            if message.role == .system, let place = layout.system {
                if !messages.isEmpty {
                    try context.record(
                        .approximated, at: path(), "moved to \(place); its place in the conversation is lost")
                }
                system.append(text)
                continue
            }
            guard let role = dialect.message.roles[message.role.rawValue] else {
                throw context.error(
                    .invalidValue, at: path().appending("role"), "the dialect has no role for '\(message.role)'")
            }
            var native = JSONObject()
            native.setValue(.string(role), atDottedPath: dialect.message.role)
            native.setValue(.string(text), atDottedPath: dialect.message.text)
            messages.append(.object(native))
        }
        if let place = layout.system, !system.isEmpty {
            body.setValue(.string(system.joined(separator: "\n\n")), atDottedPath: place)
        }
        if let stream = request.stream, let place = layout.stream { body.setValue(.bool(stream), atDottedPath: place) }
        if let newestPlace = layout.newest {
            guard case .object(var newest)? = messages.popLast(), request.messages.last?.role == .user else {
                throw context.error(
                    .invalidValue, at: ["messages"],
                    "the dialect sends the user's newest message apart; the request must end with one")
            }
            if layout.settingsInNewestMessage, !settings.isEmpty {
                newest.setValue(.object(settings), atDottedPath: layout.settingsPlace)
                settings = JSONObject()
            }
            body.setValue(.object(newest), atDottedPath: newestPlace)
        }
        body.setValue(.array(messages), atDottedPath: layout.history)
        if !settings.isEmpty {
            if let place = layout.settings {
                body.setValue(.object(settings), atDottedPath: place)
            } else {
                for member in settings {
                    guard body[member.key] == nil else {
                        try context.record(
                            .dropped, at: [.key(member.key)],
                            "the dialect's '\(member.key)' member holds something else")
                        continue
                    }
                    body.append(member.value, forKey: member.key)
                }
            }
        }
        return body
    }

    /// The OpenAI request for a native body: the settings mapped back through the table's renames; settings on
    /// older messages that differ from the newest's are reported (OpenAI has one set per request).
    ///
    /// - Throws: ``TranslationError`` with the JSON path of a malformed member or a role the dialect does not map.
    func decode(_ native: JSONValue, context: inout TranslationContext) throws(TranslationError)
        -> ChatCompletionRequest
    {
        let layout = dialect.request
        let body = try NativeObject(native, at: .root, expected: "request object")
        var object = JSONObject()
        let model =
            layout.model.flatMap { body.object.value(atDottedPath: $0)?.stringValue } ?? context.capabilities.model
        guard let model else {
            throw context.error(.missingField, at: .root, "the request names no model and the context gives none")
        }
        object.append(.string(model), forKey: "model")
        var messages: [JSONValue] = []
        if let place = layout.system, let system = body.object.value(atDottedPath: place) {
            guard case .string(let text) = system else {
                throw .typeMismatch(expected: "string", found: system, at: JSONPath(dotted: place))
            }
            messages.append(["role": "system", "content": .string(text)])
        }
        guard case .array(let history)? = body.object.value(atDottedPath: layout.history) else {
            throw .missingField(layout.history)
        }
        let settingsPlace = layout.settingsPlace
        let newest = layout.newest.flatMap { place in body.object.value(atDottedPath: place).map { (place, $0) } }
        var newestSettings: JSONObject?
        if let (place, value) = newest, layout.settingsInNewestMessage {
            let message = try NativeObject(value, at: JSONPath(dotted: place), expected: "message object")
            if let settings = message.object.value(atDottedPath: settingsPlace) {
                newestSettings = try NativeObject(settings, at: message.path(settingsPlace)).object
            }
        }
        let historyPath = JSONPath(dotted: layout.history)
        for (index, value) in history.enumerated() {
            let path = historyPath.appending(.index(index))
            messages.append(try decodeMessage(value, at: path, context: &context))
            if layout.settingsInNewestMessage,
                let settings = value.objectValue?.value(atDottedPath: settingsPlace),
                settings.objectValue != newestSettings
            {
                try context.record(
                    .dropped, at: path.appending(settingsPlace),
                    "OpenAI has one set of settings per request; the newest message's apply")
            }
        }
        if let (place, value) = newest {
            messages.append(try decodeMessage(value, at: JSONPath(dotted: place), context: &context))
        }
        object.append(.array(messages), forKey: "messages")
        if let place = layout.stream, let stream = body.object.value(atDottedPath: place) {
            object.append(stream, forKey: "stream")
        }
        let settings: JSONObject?
        if layout.settingsInNewestMessage {
            settings = newestSettings
        } else if let place = layout.settings {
            settings = try body.object.value(atDottedPath: place).map { value throws(TranslationError) in
                try NativeObject(value, at: JSONPath(dotted: place)).object
            }
        } else {
            settings = JSONObject(members: body.object.filter { !bodyPlaces.firstKeys.contains($0.key) })
        }
        let settingsAtTopLevel = layout.settings == nil && !layout.settingsInNewestMessage
        for path in bodyPlaces.unread(in: body.object) where !(settingsAtTopLevel && path.components.count == 1) {
            try context.record(.dropped, at: path, "the dialect describes no member here")
        }
        let openAINames = Self.openAINames(context.capabilities.parameters[.chat] ?? [:])
        for member in settings ?? JSONObject() {
            let name = openAINames[member.key] ?? member.key
            guard object[name] == nil else {
                try context.record(
                    .dropped, at: [.key(member.key)], "the request's \(name) already comes from elsewhere in the body")
                continue
            }
            object.append(member.value, forKey: name)
            if name == member.key, !APIOperation.chat.knownParameters.contains(name) {
                try context.record(
                    .converted, at: [.key(member.key)], "no OpenAI parameter; kept as the extension member \(name)")
            }
        }
        do {
            return try ChatCompletionRequest(json: .object(object))
        } catch {
            throw error.attributed(to: context.provider, context.direction)
        }
    }

    /// The OpenAI message for a native one; members the message layout does not name (besides the settings of a
    /// dialect that keeps them in messages) are reported as dropped.
    private func decodeMessage(_ value: JSONValue, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONValue
    {
        let message = try NativeObject(value, at: path, expected: "message object")
        for unread in messagePlaces.unread(in: message.object) {
            try context.record(
                .dropped, at: JSONPath(path.components + unread.components), "the dialect describes no member here")
        }
        guard case .string(let role)? = message.object.value(atDottedPath: dialect.message.role) else {
            throw .missingField(dialect.message.role, at: path)
        }
        guard let openAI = dialect.message.roles.first(where: { $0.value == role })?.key else {
            throw TranslationError(
                code: .invalidValue, message: "the dialect maps no OpenAI role to '\(role)'",
                path: path.appending(dialect.message.role))
        }
        guard case .string(let text)? = message.object.value(atDottedPath: dialect.message.text) else {
            throw .missingField(dialect.message.text, at: path)
        }
        return ["role": .string(openAI), "content": .string(text)]
    }

    /// Native setting name → the OpenAI parameter the rules rename to it; when two rename to one name, `max_tokens`
    /// (which every OpenAI-compatible server accepts, unlike `max_completion_tokens`), else the one that sorts first.
    private static func openAINames(_ rules: [String: ParameterRule]) -> [String: String] {
        var names: [String: String] = [:]
        for (parameter, rule) in rules where rule.action == .rename {
            guard let target = rule.target else { continue }
            if let known = names[target], known == "max_tokens" || (parameter != "max_tokens" && known < parameter) {
                continue
            }
            names[target] = parameter
        }
        return names
    }
}
