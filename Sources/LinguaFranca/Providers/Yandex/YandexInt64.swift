/// Yandex's int64 values: proto3 JSON writes them as strings (`"800"`); numbers are read too.
enum YandexInt64 {
    /// The member's integer, written as a string or a number; `nil` when absent.
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` at the member's path for a string that is not an integer,
    ///   ``TranslationError/Code/typeMismatch`` for another JSON type.
    static func read(_ key: String, in object: NativeObject) throws(TranslationError) -> Int? {
        guard let value = object[key] else { return nil }
        switch value {
        case .string(let text):
            guard let integer = Int(text) else {
                throw TranslationError(
                    code: .invalidValue, message: "expected an integer in a string, found \"\(text)\"",
                    path: object.path(key))
            }
            return integer
        case .number:
            return try object.decode(key, as: Int.self)
        default:
            throw .typeMismatch(expected: "integer string", found: value, at: object.path(key))
        }
    }

    /// `value` as Yandex writes it.
    static func json(_ value: Int) -> JSONValue { .string(String(value)) }
}

/// Model names ⇄ Yandex model URIs (`gpt://<folder>/<model>/<branch>`, `emb://…` for embeddings).
enum YandexModelURI {
    /// The URI for `model`: a URI passes as it is; `name` or `name/branch` gets the folder (and `latest`).
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when a bare name needs the `folder_id` setting and it is
    ///   absent.
    static func uri(for model: String, scheme: String, context: inout TranslationContext) throws(TranslationError)
        -> String
    {
        if isURI(model) { return model }
        guard let folder = context.options.providerSettings["folder_id"], !folder.isEmpty else {
            throw context.error(
                .missingField, at: ["model"],
                "'\(model)' needs the folder_id provider setting to become a Yandex model URI (--option folder_id=…)")
        }
        let uri = scheme + "://" + folder + "/" + model + (model.utf8.contains(.slash) ? "" : "/latest")
        try context.record(.converted, at: ["model"], "sent as the model URI \(uri)")
        return uri
    }

    /// Whether `model` holds `://`, looked for in its bytes (`String.contains` compares characters, which costs
    /// more than the rest of the request's model handling).
    private static func isURI(_ model: String) -> Bool {
        var lastTwo: (UInt8, UInt8) = (0, 0)
        for byte in model.utf8 {
            if byte == .slash, lastTwo == (.colon, .slash) { return true }
            lastTwo = (lastTwo.1, byte)
        }
        return false
    }
}
