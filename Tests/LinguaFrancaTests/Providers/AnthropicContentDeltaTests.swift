import Testing

@testable import LinguaFranca

/// The Anthropic stream decoder reads text and argument deltas without a tree (`AnthropicContentDelta`); whatever
/// that reader does not accept exactly goes to the tree path. These tests pin what it accepts and what it leaves.
/// (`messy-deltas.sse` checks, through the whole decoder, that both paths give the same chunks.)
@Suite("Anthropic content deltas read without a tree")
struct AnthropicContentDeltaTests {
    static func scan(_ text: String) -> AnthropicContentDelta? {
        var workspace = JSONScanner.Workspace(cachingStrings: true)
        return AnthropicContentDelta.scan(Array(text.utf8), reader: JSONReader(), workspace: &workspace)
    }

    @Test("the documented text and argument deltas, in any key order and with escapes")
    func documentedShapes() throws {
        let text = try #require(
            Self.scan(#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Привет 👋"}}"#))
        #expect(text.index == 0)
        #expect(text.kind == .text)
        #expect(text.fragment == "Привет 👋")
        let arguments = try #require(
            Self.scan(
                #"{ "delta" : {"partial_json":"{\"city\":\"Сочи\u2014","type":"input_json_delta"}, "index":12,"type":"content_block_delta"}"#
            ))
        #expect(arguments.index == 12)
        #expect(arguments.kind == .arguments)
        #expect(arguments.fragment == #"{"city":"Сочи—"#)
    }

    @Test(
        "anything else is left to the tree path",
        arguments: [
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"},"extra":1}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a","citations":null}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a","text":"b"}}"#,
            #"{"type":"content_block_delta","type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":null}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","partial_json":"{"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","text":"a"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"a"}}"#,
            #"{"type":"content_block_delta","index":0.0,"delta":{"type":"text_delta","text":"a"}}"#,
            #"{"type":"content_block_delta","index":"0","delta":{"type":"text_delta","text":"a"}}"#,
            #"{"type":"content_block_delta","delta":{"type":"text_delta","text":"a"}}"#,
            #"{"type":"content_block_start","index":0,"delta":{"type":"text_delta","text":"a"}}"#,
            #"{"type":"error","index":0,"delta":{"type":"text_delta","text":"a"}}"#,
            #"{"index":0,"delta":{"type":"text_delta","text":"a"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}} x"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\x"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}"#,
            #"[{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"}}]"#,
        ])
    func otherShapes(_ text: String) {
        #expect(Self.scan(text) == nil)
    }

    @Test("ill-formed UTF-8 is left to the tree path")
    func illFormedText() {
        var bytes = Array(#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a"#.utf8)
        bytes += [0xD0, 0x22, 0x7D, 0x7D]
        var workspace = JSONScanner.Workspace(cachingStrings: true)
        #expect(AnthropicContentDelta.scan(bytes, reader: JSONReader(), workspace: &workspace) == nil)
    }
}
