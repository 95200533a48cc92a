/// Tool call arguments: OpenAI carries them as JSON text, most native APIs as a JSON object.
enum ToolArguments {
    /// The member a lenient translation wraps arguments in when they are not a JSON object.
    static let rawArgumentsKey = "raw_arguments"

    /// `arguments` as an object: blank text is `{}`; text that is not a JSON object is an error under `.strict` and
    /// is otherwise sent wrapped as `{"raw_arguments": text}` (reported).
    ///
    /// - Throws: ``TranslationError/Code/invalidValue`` under `.strict` for arguments that are not a JSON object.
    static func object(from arguments: String, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> JSONObject
    {
        if arguments.utf8.allSatisfy({ $0 == .space || $0 == .tab || $0 == .newline || $0 == .carriageReturn }) {
            return JSONObject()
        }
        let reason: String
        do {
            if case .object(let object) = try JSONReader().read(arguments) { return object }
            reason = "is JSON but not an object"
        } catch {
            reason = "is not JSON (\(error.description))"
        }
        guard context.options.policy == .lenient else {
            throw context.error(.invalidValue, at: path, "the arguments \(reason); \(context.provider) needs an object")
        }
        try context.record(
            .approximated, at: path, "the arguments \(reason); sent as {\"\(rawArgumentsKey)\": <the text>}")
        return [rawArgumentsKey: .string(arguments)]
    }

    /// A native argument object as OpenAI's argument text: compact JSON.
    static func text(from input: JSONValue) -> String {
        String(decoding: JSONWriter().write(input), as: UTF8.self)
    }
}
