import CZlib

/// Decompresses gzip input as it is read — several concatenated members too, as `cat a.gz b.gz` gives — with the
/// system's zlib. One stream per instance; zlib keeps a pointer to its state, so the state lives at a fixed address.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output = [UInt8](repeating: 0, count: 1 << 18)
    /// Whether the input so far ends at the end of a member (an empty file has none, like `gzip -t` says).
    private var atMemberEnd = false
    private let path: String

    /// Starts a stream for the gzip file at `path` (named in errors).
    ///
    /// - Throws: ``IOFailure`` when zlib cannot start.
    init(path: String) throws(IOFailure) {
        self.path = path
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw IOFailure(message: "cannot start decompressing \(path)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decompresses `input`, calling `body` with each piece of decompressed bytes.
    ///
    /// - Throws: ``IOFailure`` for input that is not gzip or is corrupt, and whatever `body` throws.
    func feed(_ input: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        var start = input.startIndex
        while start < input.endIndex {
            let end = input.index(start, offsetBy: min(input.endIndex - start, Int(UInt32.max >> 1)))
            try feedPiece(input[start..<end], body)
            start = end
        }
    }

    /// Decompresses a piece small enough for zlib's 32-bit counts.
    private func feedPiece(_ input: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        try input.withUnsafeBufferPointer { (source) throws in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.pointee.avail_in = UInt32(source.count)
            while true {
                let (status, produced) = output.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(target.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.pointee.avail_out))
                }
                atMemberEnd = status == Z_STREAM_END
                if produced > 0 { try body(output[0..<produced]) }
                switch status {
                case Z_STREAM_END:
                    guard stream.pointee.avail_in > 0 else { return }
                    inflateReset(stream)
                case Z_OK:
                    if stream.pointee.avail_in == 0, stream.pointee.avail_out > 0 { return }
                case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                    return
                default:
                    let reason = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw IOFailure(message: "\(path) is not valid gzip: \(reason)")
                }
            }
        }
    }

    /// Ends the stream.
    ///
    /// - Throws: ``IOFailure`` when the input stopped in the middle of a member.
    func finish() throws(IOFailure) {
        guard atMemberEnd else { throw IOFailure(message: "\(path) ends in the middle of its gzip data (truncated)") }
    }
}
