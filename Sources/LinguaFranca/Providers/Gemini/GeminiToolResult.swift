/// Tool results: OpenAI carries text, Gemini's `functionResponse.response` must be an object. Text that is a JSON
/// object is sent as that object; any other text as `{"result": text}`, which decodes back to the text.
enum GeminiToolResult {
    private static let wrapperKey = "result"

    /// The `response` object for a tool message's content (text parts joined).
    static func response(for content: MessageContent?) -> JSONObject {
        let text = content?.joinedText ?? ""
        if text.utf8.first == UInt8(ascii: "{"), case .object(let object)? = try? JSONReader().read(text) {
            return object
        }
        return [wrapperKey: .string(text)]
    }

    /// A `response` object as tool message text.
    static func text(of response: JSONValue) -> String {
        if case .object(let object) = response, object.count == 1, case .string(let text)? = object[wrapperKey] {
            return text
        }
        return ToolArguments.text(from: response)
    }
}
