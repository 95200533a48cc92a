/// One Server-Sent Events event, as the WHATWG HTML standard's event stream format defines it.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field: the event type; `nil` when absent (a "message" event).
    public var event: String?
    /// The `data:` fields, joined with `\n`.
    public var data: String
    /// The last event id (`id:` field) in force when the event was dispatched.
    public var id: String?
    /// A reconnection time in milliseconds (`retry:` field) given with this event.
    public var retry: Int?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// An event as the parser dispatches it internally: raw bytes, plus where it started in the stream.
struct RawServerSentEvent: Sendable {
    var type: [UInt8]?
    var data: [UInt8]
    var id: String?
    var retry: Int?
    var position: TranslationError.StreamPosition

    /// Whether the event's data is exactly `text`.
    func dataEquals(_ text: StaticString) -> Bool {
        Self.bytes(data, spell: text)
    }

    /// Whether the event type is exactly `text`.
    func typeEquals(_ text: StaticString) -> Bool {
        type.map { Self.bytes($0, spell: text) } ?? false
    }

    private static func bytes(_ bytes: [UInt8], spell text: StaticString) -> Bool {
        bytes.withUnsafeBytes { raw in
            raw.baseAddress.map { SWAR.bytes($0, count: raw.count, spell: text) } ?? (text.utf8CodeUnitCount == 0)
        }
    }

    var event: ServerSentEvent {
        ServerSentEvent(
            event: type.map { String(decoding: $0, as: UTF8.self) }, data: String(decoding: data, as: UTF8.self),
            id: id, retry: retry)
    }
}
