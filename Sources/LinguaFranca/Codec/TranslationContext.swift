/// What one translation works with: the options, the provider's capabilities for the model, and the report
/// it fills. Codecs take it `inout`.
public struct TranslationContext: Sendable {
    /// The options.
    public var options: TranslationOptions
    /// The provider's capabilities, resolved for the model being translated.
    public var capabilities: ProviderCapabilities
    /// The direction and document of the translation.
    public var direction: TranslationDirection
    /// What changed so far.
    public var report: TranslationReport
    /// Where a parent-id provider's conversations are kept (``ThreadStore``); `nil` when the caller keeps none.
    public var threadStore: (any ThreadStore)?
    /// The whole conversation of the request being translated, which a parent-id codec sets when it translates a
    /// request and records with the reply when it translates the response; use one context for both halves of an
    /// exchange.
    public var conversation: [ChatMessage]?

    /// Creates a context with an empty report.
    public init(
        options: TranslationOptions = .init(), capabilities: ProviderCapabilities, direction: TranslationDirection
    ) {
        self.options = options
        self.capabilities = capabilities
        self.direction = direction
        report = TranslationReport()
    }

    /// The provider.
    public var provider: ProviderID { capabilities.provider }

    /// Records a change, or — for a loss under `.strict` — throws ``TranslationError/Code/unsupported`` naming
    /// the parameter, the provider and the model.
    public mutating func record(_ kind: TranslationReport.Kind, at path: JSONPath, _ message: String)
        throws(TranslationError)
    {
        if kind.isLoss, options.policy == .strict {
            let subject = path.components.isEmpty ? "the document" : "'\(path)'"
            let model = capabilities.model.map { " model \($0)" } ?? ""
            throw TranslationError(
                code: .unsupported,
                message:
                    "\(subject) cannot be translated without loss for \(provider)\(model) (\(kind.rawValue)): \(message)",
                path: path, provider: provider, direction: direction)
        }
        report.entries.append(
            TranslationReport.Entry(
                kind: kind, path: path, provider: provider, model: capabilities.model, direction: direction,
                message: message))
    }

    /// An error attributed to this translation's provider and direction.
    public func error(_ code: TranslationError.Code, at path: JSONPath, _ message: String) -> TranslationError {
        TranslationError(code: code, message: message, path: path, provider: provider, direction: direction)
    }
}
