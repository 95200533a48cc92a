#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The wall clock, read from the C library (the library takes no Foundation for one number).
enum UnixTime {
    /// Seconds since 1970-01-01 UTC.
    static var now: Int { Int(time(nil)) }
}
