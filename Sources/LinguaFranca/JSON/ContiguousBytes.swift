/// Calls `body` with `bytes` as one contiguous buffer: in place when the collection has contiguous storage
/// (`[UInt8]`, `ArraySlice<UInt8>`, `Data`), else through a copy.
///
/// - Throws: what `body` throws.
@inline(__always)
func withContiguousBytes<Value, Failure: Error>(
    _ bytes: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Value
) throws(Failure) -> Value {
    let inPlace = bytes.withContiguousStorageIfAvailable { buffer in
        Result { () throws(Failure) in try body(buffer) }
    }
    if let inPlace { return try inPlace.get() }
    return try Array(bytes).withUnsafeBufferPointer { buffer in
        Result { () throws(Failure) in try body(buffer) }
    }.get()
}
