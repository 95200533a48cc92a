/// Reads a JSON array that arrives in pieces (`[{…},{…}]`, as some providers stream without SSE) and produces
/// each element as soon as it is complete.
///
/// Elements are found by tracking strings, escapes and nesting across pieces; each complete element is then read
/// strictly with a ``JSONReader``. Whitespace is allowed where JSON allows it, including after the closing
/// bracket; anything else after it is an error.
public struct JSONArrayStreamReader: StreamTranscoder {
    private enum State {
        case beforeArray
        case beforeElement(afterComma: Bool)
        case inElement
        case afterElement
        case finished
    }

    private var reader: CachingJSONReader
    private var state = State.beforeArray
    private var element: [UInt8] = []
    private var elementStart = 0
    private var elementIndex = 0
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var consumed = 0
    private var byteOrderMarkMatched = 0
    /// Whether ``takePositions()`` is served; off unless a decoder that places its own errors asks, so that the
    /// list cannot grow unread.
    var recordsPositions = false
    /// Where each element produced since the last ``takePositions()`` started.
    private var positions: [TranslationError.StreamPosition] = []

    /// Creates a reader; each element is read with `reader`, whose document size limit also bounds an element.
    public init(reader: JSONReader = JSONReader()) {
        self.reader = CachingJSONReader(reader)
    }

    /// Consumes stream bytes, appending every element they complete.
    ///
    /// - Throws: ``TranslationError`` for bytes outside the array grammar, an element that is not valid JSON
    ///   (wrapping its ``JSONError``), or an element over the size limit; placed at the element's index and offset.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [JSONValue])
        throws(TranslationError)
    {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch state {
            case .beforeArray:
                if byteOrderMarkMatched >= 0 {
                    if byte == UTF8Validation.byteOrderMark[byteOrderMarkMatched] {
                        byteOrderMarkMatched = byteOrderMarkMatched == 2 ? -1 : byteOrderMarkMatched + 1
                        index += 1
                        continue
                    }
                    guard byteOrderMarkMatched == 0 else {
                        throw unexpected(byte, at: index, "an incomplete byte order mark")
                    }
                    byteOrderMarkMatched = -1
                }
                if !byte.isJSONWhitespace {
                    guard byte == .openBracket else { throw unexpected(byte, at: index, "expected '['") }
                    state = .beforeElement(afterComma: false)
                }
                index += 1
            case .beforeElement(let afterComma):
                if byte.isJSONWhitespace {
                    index += 1
                } else if byte == .closeBracket, !afterComma {
                    state = .finished
                    index += 1
                } else if byte == .comma || byte == .closeBracket {
                    throw unexpected(byte, at: index, "expected an element")
                } else {
                    state = .inElement
                    elementStart = consumed + index
                }
            case .inElement:
                let end = scanElement(bytes, from: index)
                try append(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                if depth == 0, !inString, index < bytes.count {
                    try completeElement(into: &output)
                    state = .afterElement
                }
            case .afterElement:
                if byte == .comma {
                    state = .beforeElement(afterComma: true)
                } else if byte == .closeBracket {
                    state = .finished
                } else if !byte.isJSONWhitespace {
                    throw unexpected(byte, at: index, "expected ',' or ']'")
                }
                index += 1
            case .finished:
                guard byte.isJSONWhitespace else { throw unexpected(byte, at: index, "content after the array") }
                index += 1
            }
        }
        consumed += bytes.count
    }

    /// Ends the stream.
    ///
    /// - Throws: ``TranslationError/Code/truncatedStream`` when the array was not closed.
    public mutating func finish(into output: inout [JSONValue]) throws(TranslationError) {
        guard case .finished = state else {
            throw TranslationError(code: .truncatedStream, message: "the stream ended before the array's closing ']'")
                .at(position(consumed))
        }
    }

    /// Scans element bytes from `start`, tracking strings and nesting; returns where the element ends (the `,`,
    /// `]` or whitespace after it at depth zero) or the end of the buffer.
    private mutating func scanElement(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == .backslash {
                    escaped = true
                } else if byte == .quote {
                    inString = false
                }
            } else {
                switch byte {
                case .quote: inString = true
                case .openBrace, .openBracket: depth += 1
                case .closeBrace, .closeBracket:
                    if depth == 0 { return index }
                    depth -= 1
                case .comma, .space, .tab, .newline, .carriageReturn:
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return index
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(TranslationError) {
        guard element.count + bytes.count <= reader.reader.limits.maxDocumentBytes else {
            throw TranslationError(
                code: .limitExceeded,
                message: "an element is larger than the limit of \(reader.reader.limits.maxDocumentBytes) bytes"
            ).at(position(elementStart))
        }
        element.append(contentsOf: bytes)
    }

    private mutating func completeElement(into output: inout [JSONValue]) throws(TranslationError) {
        defer {
            element.removeAll(keepingCapacity: true)
            elementIndex += 1
        }
        do {
            output.append(try reader.read(element))
            if recordsPositions { positions.append(position(elementStart)) }
        } catch {
            throw TranslationError(error).at(position(elementStart))
        }
    }

    private func unexpected(_ byte: UInt8, at index: Int, _ expectation: String) -> TranslationError {
        let shown =
            byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return TranslationError(
            code: .malformedJSON, message: "unexpected \(shown) in the array stream: \(expectation)"
        )
        .at(position(consumed + index))
    }

    /// The positions of the elements produced since the last call, in order; the list starts empty again.
    mutating func takePositions() -> [TranslationError.StreamPosition] {
        defer { positions.removeAll(keepingCapacity: true) }
        return positions
    }

    private func position(_ offset: Int) -> TranslationError.StreamPosition {
        TranslationError.StreamPosition(index: elementIndex, byteOffset: offset, unit: "element")
    }

}
