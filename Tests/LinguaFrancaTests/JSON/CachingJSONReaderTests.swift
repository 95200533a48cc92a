import Testing

@testable import LinguaFranca

/// The caching reader reads what the plain reader reads, document after document, whatever its caches hold.
@Suite("Caching JSON reader")
struct CachingJSONReaderTests {
    /// Documents whose strings and member names repeat, nearly repeat (same length, same first and last bytes), and
    /// vary in length across the caches' bounds, with Cyrillic, emoji and escapes.
    static let documents: [String] = {
        var documents: [String] = []
        for index in 0..<300 {
            let long = String(repeating: "x", count: index % 120)
            let near = "id-\(index % 7)-" + String(repeating: "m", count: 10) + "-end"
            let shortName = "n" + String(repeating: "k", count: index % 16) + "\(index % 3)"
            documents.append(
                #"{"id":"\#(near)","\#(shortName)":\#(index),"object":"chat.completion.chunk","name\#(index % 3)":"\#(long)","#
                    + #""text":"Привет 👋 \#(index % 5)","esc":"a\"b\\c\n","k":["\#(long)","\#(near)"]}"#)
        }
        documents.append(#"{"id":"unterminated"#)
        documents.append(#"{"a":"\ud800","b":"\u00e9"}"#)
        return documents
    }()

    @Test("every document reads as the plain reader reads it, errors included")
    func sameAsPlainReader() {
        var caching = CachingJSONReader()
        for document in Self.documents {
            let bytes = Array(document.utf8)
            let plain = Result { () throws(JSONError) in try JSONReader().read(bytes) }
            let cached = Result { () throws(JSONError) in try caching.read(bytes) }
            #expect(plain == cached, "\(document)")
        }
    }

    @Test("a cached string is not reused for other bytes of the same length and ends")
    func nearMisses() throws {
        var caching = CachingJSONReader()
        let first = try caching.read(Array(#"["abcdefgh-1-ijklmnop"]"#.utf8))
        let second = try caching.read(Array(#"["abcdefgh-2-ijklmnop"]"#.utf8))
        #expect(first[0]?.stringValue == "abcdefgh-1-ijklmnop")
        #expect(second[0]?.stringValue == "abcdefgh-2-ijklmnop")
    }
}
