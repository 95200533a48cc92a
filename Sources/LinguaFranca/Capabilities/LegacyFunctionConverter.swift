/// Converts the deprecated function-calling shape to tools, for models that only take tools: `functions` →
/// `tools`, `function_call` → `tool_choice`, an assistant `function_call` → one tool call with a synthesized id,
/// and the following `function` message → a `tool` message answering that id.
enum LegacyFunctionConverter {
    /// Converts `request` in place; function messages that answer no call are marked in `removed`, not removed.
    static func convert(
        _ request: inout ChatCompletionRequest, removing removed: inout Set<Int>, context: inout TranslationContext
    ) throws(TranslationError) {
        if let functions = request.functions {
            if request.tools == nil {
                request.tools = functions.map { Tool(type: .function, function: $0) }
                try context.record(.converted, at: ["functions"], "sent as tools")
            } else {
                try context.record(.dropped, at: ["functions"], "tools are present too; functions not sent")
            }
            request.functions = nil
        }
        if let choice = request.functionCall {
            if request.toolChoice == nil {
                switch choice {
                case .mode(let mode): request.toolChoice = .mode(mode)
                case .function(let name): request.toolChoice = .function(name: name)
                case .object(let object): request.toolChoice = .object(object)
                }
                try context.record(.converted, at: ["function_call"], "sent as tool_choice")
            } else {
                try context.record(
                    .dropped, at: ["function_call"], "tool_choice is present too; function_call not sent")
            }
            request.functionCall = nil
        }
        // Most requests have no legacy turns: looking first spares them the copy of every message that a loop
        // which may write through `request` makes.
        guard request.messages.contains(where: { $0.functionCall != nil || $0.role == .function }) else { return }
        var pendingCall: (id: String, name: String)?
        for index in request.messages.indices {
            let message = request.messages[index]
            if message.role == .assistant, let call = message.functionCall {
                let id = "call_legacy_\(index)"
                request.messages[index].functionCall = nil
                request.messages[index].toolCalls =
                    (message.toolCalls ?? []) + [
                        ToolCall(id: id, function: FunctionCall(name: call.name, arguments: call.arguments))
                    ]
                pendingCall = (id, call.name)
                try context.record(
                    .converted, at: [.key("messages"), .index(index), .key("function_call")],
                    "sent as tool call \(id)")
            } else if message.role == .function {
                guard let call = pendingCall, message.name == nil || message.name == call.name else {
                    try context.record(
                        .dropped, at: [.key("messages"), .index(index)],
                        "a function result with no matching function call cannot be sent as a tool result")
                    removed.insert(index)
                    continue
                }
                request.messages[index].role = .tool
                request.messages[index].toolCallID = call.id
                request.messages[index].name = nil
                pendingCall = nil
                try context.record(
                    .converted, at: [.key("messages"), .index(index), .key("role")],
                    "function result sent as a tool message answering \(call.id)")
            }
        }
    }
}
