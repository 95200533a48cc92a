#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The capability tables a translation can use, by provider id: the tables embedded from `Mappings/` (no
/// configuration, no files next to the binary), plus any an embedder loads or builds at run time.
public struct CapabilityCatalog: Sendable {
    /// The tables, by provider id.
    public private(set) var tables: [ProviderID: CapabilityTable]

    /// Creates a catalog of the given tables.
    public init(tables: [CapabilityTable] = []) {
        self.tables = Dictionary(tables.map { ($0.id, $0) }) { $1 }
    }

    /// The tables embedded from `Mappings/` at build time.
    ///
    /// Every shipped table is validated by the test suite, so loading them cannot fail in a released build; a
    /// table that nevertheless fails is left out and listed in ``embeddedProblems``.
    public static let embedded: CapabilityCatalog = loadEmbedded().catalog

    /// Tables of ``embedded`` that failed to load (empty in any tested build).
    public static let embeddedProblems: [CapabilityTableError] = loadEmbedded().problems

    private static func loadEmbedded() -> (catalog: CapabilityCatalog, problems: [CapabilityTableError]) {
        var tables: [CapabilityTable] = []
        var problems: [CapabilityTableError] = []
        for file in EmbeddedMappings.files {
            let bytes = UnsafeBufferPointer(start: file.contents.utf8Start, count: file.contents.utf8CodeUnitCount)
            do {
                tables.append(try CapabilityTable(bytes: bytes, file: file.name))
            } catch {
                problems.append(error)
            }
        }
        return (CapabilityCatalog(tables: tables), problems)
    }

    /// The table for `provider`, if present.
    public func table(_ provider: ProviderID) -> CapabilityTable? { tables[provider] }

    /// The table of `provider`.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when the catalog has none.
    public func requireTable(_ provider: ProviderID) throws(TranslationError) -> CapabilityTable {
        guard let table = tables[provider] else {
            throw TranslationError(code: .missingField, message: "the capability catalog has no '\(provider)' table")
        }
        return table
    }

    /// The provider ids, sorted.
    public var providers: [ProviderID] { tables.keys.sorted { $0.rawValue < $1.rawValue } }

    /// This catalog with `table` added, replacing a table with the same id (an override built in code).
    public func replacing(_ table: CapabilityTable) -> CapabilityCatalog {
        var copy = self
        copy.tables[table.id] = table
        return copy
    }

    /// This catalog with the table in `bytes` added (replacing one with the same id).
    ///
    /// - Throws: ``CapabilityTableError`` naming `name` and the JSON path of the first problem.
    public func loading(json bytes: some Collection<UInt8>, named name: String) throws(CapabilityTableError)
        -> CapabilityCatalog
    {
        replacing(try CapabilityTable(bytes: bytes, file: name))
    }

    /// This catalog with every `*.json` table in `directory` added (replacing tables with the same ids).
    ///
    /// - Throws: ``CapabilityTableError`` for an unreadable directory or file, or the first invalid table.
    public func loading(directory: String) throws(CapabilityTableError) -> CapabilityCatalog {
        guard let handle = opendir(directory) else {
            throw CapabilityTableError(file: directory, message: "cannot read the directory")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".json") { names.append(name) }
        }
        var catalog = self
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            catalog = try catalog.loading(json: try Self.contents(of: path, name: name), named: name)
        }
        return catalog
    }

    private static func contents(of path: String, name: String) throws(CapabilityTableError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw CapabilityTableError(file: name, message: "cannot open \(path)")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[..<count])
            guard bytes.count <= JSONLimits.default.maxDocumentBytes else {
                throw CapabilityTableError(file: name, message: "the file is too large to be a capability table")
            }
        }
        return bytes
    }
}

extension CapabilityTable {
    /// `table`, or the embedded catalog's table `id` when none is given: a native codec's default.
    ///
    /// - Throws: ``TranslationError/Code/missingField`` when no table is given and the catalog has none named `id`.
    static func given(_ table: CapabilityTable?, orEmbedded id: ProviderID) throws(TranslationError) -> CapabilityTable
    {
        if let table { return table }
        return try CapabilityCatalog.embedded.requireTable(id)
    }
}
