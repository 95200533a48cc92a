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
    /// - Throws: ``TranslationError`` with code ``TranslationError/Code/malformedJSON`` (carrying the reader's
    ///   ``JSONError``) or ``TranslationError/Code/limitExceeded`` when the bytes are not acceptable JSON, and
    ///   the decoding errors of ``init(json:)``; all attributed to the `openai` provider.
    public init(jsonBytes: some Collection<UInt8>, reader: JSONReader = JSONReader()) throws(TranslationError) {
        let value: JSONValue
        do {
            value = try reader.read(jsonBytes)
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
        writer.write(json)
    }
}
