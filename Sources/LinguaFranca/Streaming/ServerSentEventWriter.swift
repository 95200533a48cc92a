/// Writes Server-Sent Events: `event:`, `id:` and `retry:` when set, one `data:` line per line of data, and
/// the blank line that dispatches the event.
public struct ServerSentEventWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Appends `event` to `output`.
    public func write(_ event: ServerSentEvent, into output: inout [UInt8]) {
        if let type = event.event { appendField("event", type.utf8, to: &output) }
        if let id = event.id { appendField("id", id.utf8, to: &output) }
        if let retry = event.retry { appendField("retry", String(retry).utf8, to: &output) }
        var lineStart = event.data.utf8.startIndex
        var index = lineStart
        let utf8 = event.data.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == .newline || byte == .carriageReturn {
                appendField("data", utf8[lineStart..<index], to: &output)
                let next = utf8.index(after: index)
                index =
                    byte == .carriageReturn && next < utf8.endIndex && utf8[next] == .newline
                    ? utf8.index(after: next) : next
                lineStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        appendField("data", utf8[lineStart...], to: &output)
        output.append(.newline)
    }

    /// Returns `event` as bytes.
    public func write(_ event: ServerSentEvent) -> [UInt8] {
        var output: [UInt8] = []
        write(event, into: &output)
        return output
    }

    /// Appends a comment line (`: text`), as servers send to keep a connection alive; newlines in `text` start
    /// further comment lines.
    public func writeComment(_ text: String, into output: inout [UInt8]) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            output.append(.colon)
            if !line.isEmpty {
                output.append(.space)
                output.append(contentsOf: line.utf8)
            }
            output.append(.newline)
        }
    }

    private func appendField(_ name: StaticString, _ value: some Collection<UInt8>, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        output.append(.colon)
        if !value.isEmpty {
            output.append(.space)
            output.append(contentsOf: value)
        }
        output.append(.newline)
    }
}
