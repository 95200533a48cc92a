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
