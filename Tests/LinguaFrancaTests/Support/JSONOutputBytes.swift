@testable import LinguaFranca

extension JSONOutput {
    /// The text written since the output's document started, as the caller's array would receive it.
    var writtenBytes: [UInt8] {
        var bytes: [UInt8] = []
        appendDocument(to: &bytes)
        return bytes
    }
}
