/// A typed OpenAI document, or a part of one, that converts to and from JSON without loss.
///
/// Conforming types keep members they do not name in `additionalFields`, and remember the key order and
/// explicit `null`s of the object they were decoded from, so decoding and re-encoding a valid document gives
/// the same keys, in the same order, with the same numbers. Equality ignores that remembered layout: two
/// values are equal when they carry the same data.
public protocol JSONModel: Sendable, Hashable {
    /// Decodes the value from JSON.
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/typeMismatch``,
    ///   ``TranslationError/Code/missingField`` or ``TranslationError/Code/invalidValue`` and the JSON path of
    ///   the offending value.
    init(json: JSONValue) throws(TranslationError)

    /// The value as JSON.
    var json: JSONValue { get }
}

extension JSONModel {
    /// Reads JSON bytes and decodes the value from them.
    ///
    /// Models of this library read the bytes straight into the value; the tree is read only when that fails,
    /// to report exactly why (or to resolve a repeated key).
    ///
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/malformedJSON`` (carrying the reader's
    ///   ``JSONError``) or ``TranslationError/Code/limitExceeded`` when the bytes are not acceptable JSON, and
    ///   the decoding errors of ``init(json:)``; all attributed to the `openai` provider.
    public init(jsonBytes: some Collection<UInt8>, reader: JSONReader = JSONReader()) throws(TranslationError) {
        var workspace = JSONScanner.Workspace(cachingStrings: false)
        if let scanned = DirectCoding<Self>.shared.scan(jsonBytes, reader: reader, workspace: &workspace) {
            self = scanned
            return
        }
        try self.init(treeBytes: jsonBytes, reader: reader)
    }

    /// Reads JSON bytes as a tree and decodes the tree: the path that reports errors.
    init(treeBytes: some Collection<UInt8>, reader: JSONReader) throws(TranslationError) {
        let value: JSONValue
        do {
            value = try reader.read(treeBytes)
        } catch {
            throw TranslationError(error, provider: .openAI)
        }
        do {
            try self.init(json: value)
        } catch {
            var error = error
            if error.provider == nil { error.provider = .openAI }
            throw error
        }
    }

    /// The value as JSON bytes, compact unless the writer says otherwise.
    public func jsonBytes(writer: JSONWriter = JSONWriter()) -> [UInt8] {
        var bytes: [UInt8] = []
        write(into: &bytes, writer: writer)
        return bytes
    }

    /// Appends the value as JSON bytes, straight from the value when `direct` can and the writer is compact;
    /// `output` is the direct writer's storage, kept by callers that write many values.
    func write(
        into bytes: inout [UInt8], writer: JSONWriter, direct: DirectCoding<Self> = .shared,
        output: inout JSONOutput
    ) {
        guard !writer.options.prettyPrinted, output.escapesLineSeparators == writer.options.escapeLineSeparators,
            direct.write(self, into: &bytes, output: &output)
        else {
            writer.write(json, into: &bytes)
            return
        }
    }

    /// Appends the value as JSON bytes; see ``write(into:writer:direct:output:)``.
    func write(into bytes: inout [UInt8], writer: JSONWriter) {
        var output = JSONOutput(escapesLineSeparators: writer.options.escapeLineSeparators)
        write(into: &bytes, writer: writer, output: &output)
    }
}

/// A model type's direct byte paths (scanning and writing without a tree): every model of this library has
/// them; a model defined elsewhere uses its tree. Finding them costs a conformance lookup, so callers that code
/// many values (the stream coders) keep one.
struct DirectCoding<Model: JSONModel>: Sendable {
    /// `Model` as a field type, when it is one.
    private let field: (any JSONField.Type)?

    private init() {
        field = Model.self as? any JSONField.Type
    }

    /// The paths of `Model` (looked up on each call: a generic type cannot store them once per `Model`).
    static var shared: DirectCoding<Model> { DirectCoding() }

    /// The value scanned from `bytes`; `nil` when the model has no direct path or the scan stopped.
    /// `refusing` names a top-level member that stops the scan (see ``JSONScanner/scan(_:reader:workspace:refusing:_:)``).
    func scan(
        _ bytes: some Collection<UInt8>, reader: JSONReader, workspace: inout JSONScanner.Workspace,
        refusing refusedKey: StaticString? = nil
    ) -> Model? {
        guard let field else { return nil }
        // Not through `withContiguousBytes`: its typed-throws `Result` would copy the (large) model once more.
        let inPlace = bytes.withContiguousStorageIfAvailable {
            Self.scan(field, $0, reader: reader, workspace: &workspace, refusing: refusedKey)
        }
        if let inPlace { return inPlace }
        return Array(bytes).withUnsafeBufferPointer {
            Self.scan(field, $0, reader: reader, workspace: &workspace, refusing: refusedKey)
        }
    }

    // Called through the opened `field`, so unspecialised; the stream and request models are specialised here,
    // entered by the runtime check `@_specialize` adds (else every chunk paid for generic metadata and copies).
    // The check comes after the function's own generic storage is set up, so the work, which needs an optional
    // of `Field` (whose metadata costs a lookup), is one call further in.
    @_specialize(where Model == ChatCompletionChunk, Field == ChatCompletionChunk)
    @_specialize(where Model == ChatCompletionRequest, Field == ChatCompletionRequest)
    @_specialize(where Model == ChatCompletion, Field == ChatCompletion)
    private static func scan<Field: JSONField>(
        _ field: Field.Type, _ buffer: UnsafeBufferPointer<UInt8>, reader: JSONReader,
        workspace: inout JSONScanner.Workspace, refusing refusedKey: StaticString?
    ) -> Model? {
        guard Field.self == Model.self else { return nil }
        return scanned(field, buffer, reader: reader, workspace: &workspace, refusing: refusedKey)
    }

    @inline(never)
    private static func scanned<Field: JSONField>(
        _ field: Field.Type, _ buffer: UnsafeBufferPointer<UInt8>, reader: JSONReader,
        workspace: inout JSONScanner.Workspace, refusing refusedKey: StaticString?
    ) -> Model? {
        let value = JSONScanner.scan(buffer, reader: reader, workspace: &workspace, refusing: refusedKey) {
            (scanner: inout JSONScanner) throws(JSONScanner.Stop) in try Field(scanning: &scanner)
        }
        return value.map(Self.sameType)
    }

    /// `value` as the type it is (`Field` is `Model`, checked by the caller): a dynamic cast would copy the whole
    /// model through the runtime's casting machinery on every chunk of a stream.
    @inline(__always)
    private static func sameType<Value, Other>(_ value: Value) -> Other {
        unsafeBitCast(value, to: Other.self)
    }

    /// Appends `model` written straight to bytes through `output`; `false` (nothing written) when the model has
    /// no direct path.
    func write(_ model: Model, into bytes: inout [UInt8], output: inout JSONOutput) -> Bool {
        guard let field else { return false }
        output.startDocument()
        guard Self.write(model, as: field, to: &output) else { return false }
        output.appendDocument(to: &bytes)
        return true
    }

    @_specialize(where Model == ChatCompletionChunk, Field == ChatCompletionChunk)
    @_specialize(where Model == ChatCompletionRequest, Field == ChatCompletionRequest)
    @_specialize(where Model == ChatCompletion, Field == ChatCompletion)
    private static func write<Field: JSONField>(_ model: Model, as field: Field.Type, to output: inout JSONOutput)
        -> Bool
    {
        guard Field.self == Model.self else { return false }
        let value: Field = sameType(model)
        value.write(to: &output)
        return true
    }
}
