#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An I/O failure, with the system's explanation.
struct IOFailure: Error, CustomStringConvertible {
    var description: String

    init(_ action: String, errorNumber: Int32) {
        description = "\(action): \(String(cString: strerror(errorNumber)))"
    }

    init(message: String) {
        description = message
    }
}

/// Standard output or standard error, written through the file descriptor without buffering.
struct StandardStream {
    let descriptor: Int32

    static let output = StandardStream(descriptor: 1)
    static let error = StandardStream(descriptor: 2)

    /// Writes all of `bytes`, retrying interrupted and partial writes.
    ///
    /// - Throws: ``IOFailure`` when the stream is closed (`EPIPE`) or fails.
    func write(_ bytes: [UInt8]) throws(IOFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw IOFailure("cannot write output", errorNumber: errno)
            }
            offset += written
        }
    }

    /// Writes `text` and a newline, ignoring failures (used for diagnostics).
    func writeLine(_ text: String) {
        try? write(Array((text + "\n").utf8))
    }
}

/// Reads a whole input: a file, or standard input for `-`.
enum InputFile {
    /// Whether `path` names the same existing file as `other` (same device and inode), so that writing one would
    /// destroy the other; `-` (standard input) is never the same as a path.
    static func isSameFile(_ path: String, as other: String) -> Bool {
        guard path != "-", other != "-" else { return false }
        var first = stat()
        var second = stat()
        guard stat(path, &first) == 0, stat(other, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Reads up to `limit` bytes from `path` (`-` for standard input).
    ///
    /// - Throws: ``IOFailure`` when the file cannot be opened or read.
    static func readAll(_ path: String, limit: Int) throws(IOFailure) -> [UInt8] {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IOFailure("cannot open \(path)", errorNumber: errno) }
        defer { if descriptor != 0 { close(descriptor) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBufferPointer { buffer in
                read(descriptor, buffer.baseAddress, min(buffer.count, limit - bytes.count))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure("cannot read \(path)", errorNumber: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

extension InputFile {
    /// Calls `body` with each piece read from `path` (`-` for standard input) until the end of the input; a file
    /// whose name ends in `.gz` is decompressed as it is read.
    ///
    /// - Throws: ``IOFailure`` when the file cannot be opened or read (or is not valid gzip), and whatever `body`
    ///   throws.
    static func forEachRead(_ path: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        guard path.hasSuffix(".gz") else { return try forEachRawRead(path, body) }
        let inflater = try GzipInflater(path: path)
        try forEachRawRead(path) { (piece) throws in try inflater.feed(piece, body) }
        try inflater.finish()
    }

    private static func forEachRawRead(_ path: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IOFailure("cannot open \(path)", errorNumber: errno) }
        defer { if descriptor != 0 { close(descriptor) } }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw IOFailure("cannot read \(path)", errorNumber: errno)
            }
            if count == 0 { return }
            try body(chunk[0..<count])
        }
    }
}

/// Writes a whole file, or opens one to write into.
enum OutputFile {
    /// Creates (or truncates) `path` and returns it as a stream to write into; it stays open for the process.
    ///
    /// - Throws: ``IOFailure`` when the file cannot be created.
    static func open(_ path: String) throws(IOFailure) -> StandardStream {
        let descriptor = systemOpen(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw IOFailure("cannot create \(path)", errorNumber: errno) }
        return StandardStream(descriptor: descriptor)
    }

    /// Writes `bytes` to `path`, replacing what was there.
    ///
    /// - Throws: ``IOFailure`` when the file cannot be created or written.
    static func write(_ bytes: [UInt8], to path: String) throws(IOFailure) {
        let descriptor = systemOpen(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw IOFailure("cannot create \(path)", errorNumber: errno) }
        defer { close(descriptor) }
        try StandardStream(descriptor: descriptor).write(bytes)
    }
}

private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>?, _ count: Int) -> Int {
    #if canImport(Darwin)
        Darwin.write(descriptor, pointer, count)
    #elseif canImport(Musl)
        Musl.write(descriptor, pointer, count)
    #else
        Glibc.write(descriptor, pointer, count)
    #endif
}
