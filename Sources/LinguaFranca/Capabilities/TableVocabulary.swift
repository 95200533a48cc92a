/// The value maps of a native codec's table (`values` in `Mappings/<provider>.json`, see `SCHEMA.md`), read once
/// per codec: finish reasons both ways, thinking budgets and levels per reasoning effort, and error types with
/// their HTTP statuses.
struct TableVocabulary: Sendable {
    /// A reasoning effort level and its thinking budget.
    struct ThinkingLevel: Sendable {
        var effort: ReasoningEffort
        var budget: Int
    }

    /// Native finish reason → OpenAI `finish_reason` (`values.finish_reason`).
    let finishReasons: [String: String]
    /// OpenAI `finish_reason` → native finish reason (`values.native_finish_reason`).
    let nativeFinishReasons: [String: String]
    /// Reasoning effort levels and their thinking budgets, smallest budget first (`values.thinking_budget`).
    let thinkingBudgets: [ThinkingLevel]
    /// Native thinking level → reasoning effort (`values.thinking_level`).
    let thinkingLevels: [String: ReasoningEffort]
    /// Native error type → OpenAI error type (`values.error_type`).
    let errorTypes: [String: String]
    /// Native error type → HTTP status (`values.error_status`).
    let errorStatuses: [String: Int]
    /// Every value map, for the ones a codec reads by name.
    let values: [String: [String: String]]

    init(table: CapabilityTable) {
        values = table.values
        finishReasons = table.values["finish_reason"] ?? [:]
        nativeFinishReasons = table.values["native_finish_reason"] ?? [:]
        thinkingLevels = (table.values["thinking_level"] ?? [:]).mapValues { ReasoningEffort(rawValue: $0) }
        thinkingBudgets = (table.values["thinking_budget"] ?? [:])
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

    /// The OpenAI finish reason for a native one, when the table maps it.
    func finishReason(for native: String) -> FinishReason? {
        finishReasons[native].map(FinishReason.init(rawValue:))
    }

    /// The native finish reason for an OpenAI one: the table's, or the OpenAI value itself when it has none.
    func nativeFinishReason(for finishReason: FinishReason) -> String {
        nativeFinishReasons[finishReason.rawValue] ?? finishReason.rawValue
    }

    /// The HTTP status's error type: the alphabetically first type with that status, for determinism.
    func errorType(forStatus status: Int) -> String? {
        errorStatuses.filter { $0.value == status }.keys.min()
    }
}
