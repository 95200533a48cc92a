/// A small direct-mapped cache of strings recently read, so that bytes seen again (a stream's id and model in
/// every chunk, a log's repeated keys) give the same `String` — a retain instead of an allocation and a copy.
///
/// Only strings too long for the inline (small) form are cached: making a short one from bytes the reader has
/// already checked costs less than a lookup. A hit compares every byte, so the cache never changes what is read,
/// only what it costs.
struct StringCache: Sendable {
    private static let slotCount = 64
    /// The longest string the standard library keeps inline (on 64-bit platforms), which is never cached.
    private static let longestInline = 15
    private static let longestCached = 96

    private var slots: [String?]

    /// A cache that caches nothing (no storage).
    static let off = StringCache(slots: [])

    /// An empty cache.
    static func on() -> StringCache { StringCache(slots: Array(repeating: nil, count: slotCount)) }

    /// Whether a string of `length` bytes is looked up and remembered.
    @inline(__always)
    func interns(_ length: Int) -> Bool {
        length > Self.longestInline && length <= Self.longestCached && !slots.isEmpty
    }

    /// The string remembered for exactly these bytes, if any.
    func cached(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let candidate = slots[Self.slot(of: bytes)], candidate.utf8.count == bytes.count else { return nil }
        let equal = candidate.utf8.withContiguousStorageIfAvailable { stored in
            guard let storedStart = stored.baseAddress, let start = bytes.baseAddress else { return stored.isEmpty }
            return SWAR.sameBytes(storedStart, start, count: bytes.count)
        }
        return equal == true ? candidate : nil
    }

    /// Remembers `string`, read from `bytes`, in place of whatever shared its slot.
    mutating func remember(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        slots[Self.slot(of: bytes)] = string
    }

    /// The slot for non-empty bytes: a hash of the length and the first and last eight bytes (all of them when
    /// there are fewer).
    @inline(__always)
    private static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let head: UInt64
        let tail: UInt64
        if bytes.count >= 8 {
            head = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        } else {
            var word: UInt64 = 0
            for byte in bytes { word = word << 8 | UInt64(byte) }
            head = word
            tail = 0
        }
        let mixed = (head ^ tail.rotatedLeft(by: 29) ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 58)
    }
}

/// The caches a reader keeps between documents: member names and values apart, so that one-off text does not
/// push the names out.
struct StringCaches: Sendable {
    /// Member names.
    var keys: StringCache
    /// String values.
    var values: StringCache

    /// No caching (no storage).
    static let off = StringCaches(keys: .off, values: .off)

    /// Empty caches.
    static func on() -> StringCaches { StringCaches(keys: .on(), values: .on()) }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
