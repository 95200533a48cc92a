/// Anthropic's `stop_reason` ⇄ OpenAI's `finish_reason`, by the table's `values.finish_reason` and
/// `values.native_finish_reason`. A stop reason that would not come back from its finish reason (`pause_turn` and
/// `model_context_window_exceeded`, say) is kept as the choice extension `stop_reason`, which encoding prefers.
struct AnthropicStopReason {
    /// The members Anthropic documents in `message_delta.delta` besides `stop_reason` and `stop_sequence`: the
    /// message's end state, which a response carries at its top level. Both decoders make them choice extensions
    /// of the same name (next to `finish_reason`), and both encoders write them back.
    static let endMembers: MemberNames = ["stop_details", "container"]
    /// The choice extension members that stand for `stop_reason` and `stop_sequence`.
    static let choiceMembers: MemberNames = ["stop_reason", "stop_sequence"]

    let vocabulary: TableVocabulary

    /// The finish reason for `stopReason`, found at `path`, and the stop reason to keep as the choice extension
    /// `stop_reason` when encoding the finish reason (with `stopSequence`) would give another one; that case is
    /// reported `converted`.
    func decode(_ stopReason: String, stopSequence: String?, at path: JSONPath, context: inout TranslationContext)
        throws(TranslationError) -> (finishReason: FinishReason, kept: String?)
    {
        let reason = vocabulary.finishReason(for: stopReason) ?? FinishReason(rawValue: stopReason)
        guard defaultStopReason(for: reason, stopSequence: stopSequence) != stopReason else { return (reason, nil) }
        try context.record(
            .converted, at: path,
            "OpenAI has no '\(stopReason)'; sent as \(reason), with the choice extension stop_reason")
        return (reason, stopReason)
    }

    /// The stop reason for `finishReason`: the choice's kept `stop_reason` when it is a string that decodes to
    /// `finishReason`, else `stop_sequence` for `stop` with a stop sequence, else the table's; `nil` without a
    /// finish reason. `unused` is the kept value when it was present (not `null`) but not taken, for the caller to
    /// report.
    func encode(_ finishReason: FinishReason?, stopSequence: String?, kept: JSONValue?) -> (
        stopReason: String?, unused: JSONValue?
    ) {
        if let finishReason, case .string(let native)? = kept,
            vocabulary.finishReason(for: native) ?? FinishReason(rawValue: native) == finishReason
        {
            return (native, nil)
        }
        let unused: JSONValue? = kept?.isNull == false ? kept : .none
        return (finishReason.map { defaultStopReason(for: $0, stopSequence: stopSequence) }, unused)
    }

    /// What `finishReason` encodes to without a kept stop reason.
    private func defaultStopReason(for finishReason: FinishReason, stopSequence: String?) -> String {
        finishReason == .stop && stopSequence != nil
            ? "stop_sequence" : vocabulary.nativeFinishReason(for: finishReason)
    }
}
