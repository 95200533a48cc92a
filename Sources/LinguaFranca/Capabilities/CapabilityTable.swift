/// One provider's capability table, as `Mappings/<id>.json` describes it (see `Mappings/SCHEMA.md`).
public struct CapabilityTable: Sendable, Hashable {
    /// A per-model override: features and rules that replace the base table's for models matching a pattern.
    public struct ModelOverride: Sendable, Hashable {
        /// Which models it applies to.
        public var pattern: ModelPattern
        /// Features it sets.
        public var features: ProviderFeatures
        /// Rules it sets, by operation and parameter.
        public var parameters: [APIOperation: [String: ParameterRule]]

        /// Creates an override.
        public init(
            pattern: ModelPattern, features: ProviderFeatures = .init(),
            parameters: [APIOperation: [String: ParameterRule]] = [:]
        ) {
            self.pattern = pattern
            self.features = features
            self.parameters = parameters
        }
    }

    /// How a provider authenticates: the header and its scheme (`Authorization: Bearer …`; no scheme for raw keys).
    public struct Auth: Sendable, Hashable {
        /// The header name.
        public var header: String
        /// The scheme before the key, if any.
        public var scheme: String?

        /// Creates an authentication description.
        public init(header: String, scheme: String? = nil) {
            self.header = header
            self.scheme = scheme
        }
    }

    /// The provider id (`openai`).
    public var id: ProviderID
    /// The display name.
    public var name: String
    /// The wire dialect (`openai-chat`).
    public var apiFamily: String
    /// The dialect's version.
    public var apiVersion: String
    /// What the table is based on.
    public var docs: [String]
    /// The default base URL.
    public var baseURL: String?
    /// The authentication header name and scheme (`Authorization`, `Bearer`).
    public var auth: Auth?
    /// The endpoints by operation.
    public var endpoints: [APIOperation: Endpoint]
    /// The base features.
    public var features: ProviderFeatures
    /// The base rules, by operation and parameter.
    public var parameters: [APIOperation: [String: ParameterRule]]
    /// The per-model overrides, in file order.
    public var models: [ModelOverride]
    /// Value maps for codecs (`finish_reason`, `role`): native value → OpenAI value.
    public var values: [String: [String: String]]
    /// The dialect of a `declarative-chat` table, which ``DeclarativeChatCodec`` runs.
    public var dialect: ChatDialect?

    /// Creates a table.
    public init(
        id: ProviderID, name: String, apiFamily: String, apiVersion: String, docs: [String] = [],
        baseURL: String? = nil, auth: Auth? = nil,
        endpoints: [APIOperation: Endpoint] = [:], features: ProviderFeatures = .init(),
        parameters: [APIOperation: [String: ParameterRule]] = [:], models: [ModelOverride] = [],
        values: [String: [String: String]] = [:], dialect: ChatDialect? = nil
    ) {
        self.id = id
        self.name = name
        self.apiFamily = apiFamily
        self.apiVersion = apiVersion
        self.docs = docs
        self.baseURL = baseURL
        self.auth = auth
        self.endpoints = endpoints
        self.features = features
        self.parameters = parameters
        self.models = models
        self.values = values
        self.dialect = dialect
    }

    /// The effective features and rules for `model`: the base table with every matching override applied from
    /// the least to the most specific pattern (ties cannot occur: loading rejects them).
    public func capabilities(for model: String?) -> ProviderCapabilities {
        var features = self.features
        var parameters = self.parameters
        var applied: [String] = []
        if let model, !models.isEmpty {
            let name = Array(model.unicodeScalars)
            let matching = models.filter { $0.pattern.matches(name) }.sorted {
                $0.pattern.specificity < $1.pattern.specificity
            }
            for override in matching {
                features = features.merging(override.features)
                for (operation, rules) in override.parameters {
                    parameters[operation, default: [:]].merge(rules) { $1 }
                }
                applied.append(override.pattern.description)
            }
        }
        return ProviderCapabilities(
            table: self, model: model, features: features, parameters: parameters, appliedOverrides: applied)
    }
}

/// A provider's effective capabilities for one model: what codecs consult while translating.
public struct ProviderCapabilities: Sendable, Hashable {
    /// The table they come from.
    public var table: CapabilityTable
    /// The model they were resolved for.
    public var model: String?
    /// The effective features.
    public var features: ProviderFeatures
    /// The effective rules, by operation and parameter.
    public var parameters: [APIOperation: [String: ParameterRule]]
    /// The patterns of the overrides that applied, least specific first.
    public var appliedOverrides: [String]

    /// The provider's id.
    public var provider: ProviderID { table.id }

    /// The rule for `parameter` of `operation`; `pass` when the table has none.
    public func rule(for parameter: String, in operation: APIOperation = .chat) -> ParameterRule {
        parameters[operation]?[parameter] ?? ParameterRule()
    }
}
