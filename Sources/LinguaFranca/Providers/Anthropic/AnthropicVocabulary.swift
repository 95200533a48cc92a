/// The value maps of the Anthropic table (`values` in `Mappings/anthropic.json`), read once per codec: stop
/// reasons, thinking budgets per reasoning effort, and error types with their HTTP statuses.
struct AnthropicVocabulary: Sendable {
    /// A reasoning effort level and its thinking budget.
    struct ThinkingLevel: Sendable {
        var effort: ReasoningEffort
        var budget: Int
    }

    /// Anthropic's smallest thinking budget.
    static let minimumThinkingBudget = 1024

    /// `stop_reason` → OpenAI `finish_reason`.
    let finishReasons: [String: String]
    /// OpenAI `finish_reason` → `stop_reason`.
    let nativeFinishReasons: [String: String]
    /// Reasoning effort levels and their budgets, smallest budget first.
    let thinkingBudgets: [ThinkingLevel]
    /// Anthropic error type → OpenAI error type.
    let errorTypes: [String: String]
    /// Anthropic error type → HTTP status.
    let errorStatuses: [String: Int]

    init(table: CapabilityTable) {
        finishReasons = table.values["finish_reason"] ?? [:]
        nativeFinishReasons = table.values["native_finish_reason"] ?? [:]
        thinkingBudgets = (table.values["thinking_budget_tokens"] ?? [:])
            .compactMap { entry in
                Int(entry.value).map { ThinkingLevel(effort: ReasoningEffort(rawValue: entry.key), budget: $0) }
            }
            .sorted { $0.budget < $1.budget }
        errorTypes = table.values["error_type"] ?? [:]
        errorStatuses = (table.values["error_status"] ?? [:]).compactMapValues { Int($0) }
    }

    /// The budget for `effort`, when the table has one.
    func thinkingBudget(for effort: ReasoningEffort) -> Int? {
        thinkingBudgets.first { $0.effort == effort }?.budget
    }

    /// The effort whose budget is the largest not above `budget` (the smallest level for smaller budgets), and
    /// whether that budget is exactly `budget`.
    func effort(forBudget budget: Int) -> (effort: ReasoningEffort, exact: Bool)? {
        guard let smallest = thinkingBudgets.first else { return nil }
        let level = thinkingBudgets.last { $0.budget <= budget } ?? smallest
        return (level.effort, level.budget == budget)
    }

    /// The OpenAI finish reason for a stop reason: the table's, or the stop reason itself when it has none.
    func finishReason(for stopReason: String) -> FinishReason {
        FinishReason(rawValue: finishReasons[stopReason] ?? stopReason)
    }

    /// The stop reason for an OpenAI finish reason: the table's, or the finish reason itself when it has none.
    func stopReason(for finishReason: FinishReason) -> String {
        nativeFinishReasons[finishReason.rawValue] ?? finishReason.rawValue
    }
}
