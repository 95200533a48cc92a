/// Reads JSON text (UTF-8 bytes) into a ``JSONValue``, strictly by RFC 8259.
///
/// Every grammar decision follows the RFC; the choices the RFC leaves open are made here and can be changed
/// through ``Options``:
/// - a leading UTF-8 byte order mark is skipped (RFC 8259 §8.1 allows ignoring it);
/// - a repeated key keeps the last value at the first key's position (as ECMAScript's `JSON.parse` does);
/// - an escaped unpaired surrogate (`"\ud800"`) becomes U+FFFD, since a Swift `String` cannot hold it;
/// - numbers of any size or precision are accepted and kept as their literal (`1e400` stays `1e400`);
/// - input that is not UTF-8 (raw invalid bytes, UTF-16 or UTF-32 text) is rejected.
///
/// The reader keeps its nesting on its own stack, so ``JSONLimits/maxDepth`` is the only bound on depth and no
/// input can overflow the thread's stack. The reader is a value with no state between calls: share it freely.
public struct JSONReader: Sendable {
    /// The choices RFC 8259 leaves to the implementation.
    public struct Options: Sendable, Hashable {
        /// What to do with a key that appears twice in one object.
        public enum DuplicateKeys: Sendable, Hashable {
            /// The later value replaces the earlier one, which keeps its position.
            case keepLast
            /// The document is rejected with ``JSONError/Code/duplicateKey``.
            case reject
        }

        /// What to do with a `\u` escape for a surrogate that has no partner.
        public enum LoneSurrogates: Sendable, Hashable {
            /// The escape becomes U+FFFD REPLACEMENT CHARACTER.
            case replace
            /// The document is rejected with ``JSONError/Code/loneSurrogate``.
            case reject
        }

        /// What to do with a UTF-8 byte order mark (EF BB BF) before the value.
        public enum ByteOrderMark: Sendable, Hashable {
            /// One leading byte order mark is ignored.
            case skip
            /// The document is rejected with ``JSONError/Code/byteOrderMark``.
            case reject
        }

        /// Duplicate-key handling; `.keepLast` by default.
        public var duplicateKeys: DuplicateKeys
        /// Lone-surrogate handling; `.replace` by default.
        public var loneSurrogates: LoneSurrogates
        /// Byte-order-mark handling; `.skip` by default.
        public var byteOrderMark: ByteOrderMark

        /// Creates options; the defaults accept what real traffic carries.
        public init(
            duplicateKeys: DuplicateKeys = .keepLast,
            loneSurrogates: LoneSurrogates = .replace,
            byteOrderMark: ByteOrderMark = .skip
        ) {
            self.duplicateKeys = duplicateKeys
            self.loneSurrogates = loneSurrogates
            self.byteOrderMark = byteOrderMark
        }
    }

    /// The bounds enforced while reading.
    public var limits: JSONLimits
    /// The implementation-defined choices.
    public var options: Options

    /// Creates a reader.
    public init(limits: JSONLimits = .default, options: Options = .init()) {
        self.limits = limits
        self.options = options
    }

    /// Reads one JSON document that fills `bytes` (surrounding whitespace allowed).
    ///
    /// - Throws: ``JSONError`` with the offset, line, column and path of the first problem.
    public func read(_ bytes: some Collection<UInt8>) throws(JSONError) -> JSONValue {
        try withContiguousBytes(bytes) { (buffer) throws(JSONError) in try read(buffer) }
    }

    /// Reads one JSON document that fills `bytes` (surrounding whitespace allowed).
    ///
    /// - Throws: ``JSONError`` with the offset, line, column and path of the first problem.
    public func read(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) in try read(buffer) }
    }

    /// Reads one JSON document from a buffer of UTF-8 bytes.
    ///
    /// - Throws: ``JSONError`` with the offset, line, column and path of the first problem.
    public func read(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONValue {
        var parser = JSONParser(input: buffer, limits: limits, options: options)
        return try parser.parseDocument()
    }

    /// Reads one JSON document from a buffer, reusing (and filling) the parser's `storage`.
    func read(_ buffer: UnsafeBufferPointer<UInt8>, storage: inout JSONParser.Storage) throws(JSONError) -> JSONValue {
        var parser = JSONParser(input: buffer, limits: limits, options: options, reservingCapacity: false)
        parser.borrowStorage(from: &storage)
        defer { parser.returnStorage(to: &storage) }
        return try parser.parseDocument()
    }

    /// Reads one JSON document from a string's UTF-8.
    ///
    /// - Throws: ``JSONError`` with the offset, line, column and path of the first problem.
    public func read(_ text: String) throws(JSONError) -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONError) in try read(buffer) }
        }.get()
    }
}

/// A reader for many documents in a row (a stream's events, a log's lines) that keeps the strings it has read,
/// so that the member names and values every document repeats cost a lookup instead of an allocation.
///
/// It reads exactly what ``JSONReader`` reads (a cached string is reused only for identical bytes). Keep one per
/// sequence of documents and per thread: reading mutates it.
public struct CachingJSONReader: Sendable {
    /// The reader's limits and options.
    public let reader: JSONReader
    private var storage = JSONParser.Storage(cachingStrings: true)

    /// A caching reader with `reader`'s limits and options.
    public init(_ reader: JSONReader = JSONReader()) {
        self.reader = reader
    }

    /// Reads one JSON document that fills `bytes`.
    ///
    /// - Throws: ``JSONError`` with the offset, line, column and path of the first problem.
    public mutating func read(_ bytes: some Collection<UInt8>) throws(JSONError) -> JSONValue {
        try withContiguousBytes(bytes) { (buffer) throws(JSONError) in
            try reader.read(buffer, storage: &storage)
        }
    }
}
