/// A `content_block_delta` event carrying text or tool-call arguments — nearly every event of an Anthropic stream —
/// read straight from the event's bytes, without a tree.
///
/// Only the documented shape is accepted (`type`, `index`, and a `delta` of `type` and `text` or `partial_json`);
/// an event with any other member, type or value gives `nil` and goes to the decoder's tree path, which reads it and
/// reports its errors as before. So this changes what the common event costs, never what any event yields.
struct AnthropicContentDelta {
    /// What the delta adds to its block.
    enum Kind {
        /// `text_delta`: text of a text block.
        case text
        /// `input_json_delta`: a fragment of a tool use block's JSON input.
        case arguments
    }

    /// The Anthropic content block index.
    var index: Int
    var kind: Kind
    /// The text, or the fragment of the tool input's JSON.
    var fragment: String

    /// The delta that fills `bytes`, or `nil` when they hold anything else. `reader` gives the limits;
    /// `workspace` is reused from event to event, with its string caches.
    static func scan(_ bytes: [UInt8], reader: JSONReader, workspace: inout JSONScanner.Workspace) -> Self? {
        bytes.withUnsafeBufferPointer { buffer in
            JSONScanner.scan(buffer, reader: reader, workspace: &workspace) { (scanner) throws(JSONScanner.Stop) in
                try read(&scanner)
            }
        }
    }

    private static func read(_ scanner: inout JSONScanner) throws(JSONScanner.Stop) -> Self {
        var isContentDelta = false
        var index: Int?
        var delta: (kind: Kind, fragment: String)?
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            switch key {
            case "type": isContentDelta = try scanner.readString().hasSameUTF8(as: "content_block_delta")
            case "index": index = try scanner.readInt()
            case "delta": delta = try readDelta(&scanner)
            default: throw JSONScanner.Stop()
            }
        }
        guard isContentDelta, let index, let delta else { throw JSONScanner.Stop() }
        return Self(index: index, kind: delta.kind, fragment: delta.fragment)
    }

    /// The `delta` object: its kind and its one fragment member, which must be the one its type names.
    private static func readDelta(_ scanner: inout JSONScanner) throws(JSONScanner.Stop) -> (Kind, String) {
        var type: String?
        var text: String?
        var partialJSON: String?
        try scanner.readObject { key, scanner throws(JSONScanner.Stop) in
            switch key {
            case "type": type = try scanner.readString()
            case "text": text = try scanner.readString()
            case "partial_json": partialJSON = try scanner.readString()
            default: throw JSONScanner.Stop()
            }
        }
        switch (type, text, partialJSON) {
        case (let type?, let text?, nil) where type.hasSameUTF8(as: "text_delta"): return (.text, text)
        case (let type?, nil, let fragment?) where type.hasSameUTF8(as: "input_json_delta"):
            return (.arguments, fragment)
        default: throw JSONScanner.Stop()
        }
    }
}
