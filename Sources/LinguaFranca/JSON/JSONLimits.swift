/// Bounds the reader enforces so that hostile or broken input costs bounded memory and time.
///
/// Exceeding a limit is a ``JSONError`` (``JSONError/Code/depthLimitExceeded``,
/// ``JSONError/Code/documentTooLarge``, ``JSONError/Code/stringTooLong``), never a crash: the reader keeps
/// its own stack, so depth is bounded only by `maxDepth`, not by the thread's stack.
public struct JSONLimits: Sendable, Hashable {
    /// The deepest nesting of arrays and objects accepted; `[[1]]` has depth 2.
    public var maxDepth: Int
    /// The largest document accepted, in bytes.
    public var maxDocumentBytes: Int
    /// The longest string (value or key) accepted, in decoded UTF-8 bytes.
    public var maxStringBytes: Int

    /// Creates limits; the defaults fit real API traffic, base64 images included.
    public init(maxDepth: Int = 512, maxDocumentBytes: Int = 256 << 20, maxStringBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxStringBytes = maxStringBytes
    }

    /// Depth 512, documents up to 256 MiB, strings up to 64 MiB.
    public static let `default` = JSONLimits()
}
