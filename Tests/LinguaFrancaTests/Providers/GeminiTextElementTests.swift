import Testing

@testable import LinguaFranca

/// The Gemini stream decoder reads text-only elements without a tree (`GeminiTextElement`); whatever that reader
/// does not accept exactly goes to the tree path. These tests pin what it accepts and what it leaves.
/// (`messy-text.sse` checks, through the whole decoder, that both paths give the same chunks.)
@Suite("Gemini text elements read without a tree")
struct GeminiTextElementTests {
    static func scan(_ text: String) -> GeminiTextElement? {
        var workspace = JSONScanner.Workspace(cachingStrings: true)
        return GeminiTextElement.scan(Array(text.utf8), reader: JSONReader(), workspace: &workspace)
    }

    @Test("the documented text element, in any key order, with usage, escapes and several parts")
    func documentedShapes() throws {
        let element = try #require(
            Self.scan(
                #"{"candidates":[{"content":{"parts":[{"text":"Привет "},{"text":"\u00e9 🌊"}],"role":"model"},"index":2}],"usageMetadata":{"promptTokenCount":9,"totalTokenCount":12},"modelVersion":"gemini-2.5-flash","responseId":"r-1"}"#
            ))
        #expect(element.candidateIndex == 2)
        #expect(element.texts == ["Привет ", "é 🌊"])
        #expect(element.usage?["totalTokenCount"] == 12)
        #expect(element.modelVersion == "gemini-2.5-flash")
        #expect(element.responseID == "r-1")
        let bare = try #require(
            Self.scan(
                #"{ "candidates" : [ { "content" : { "role" : "model" , "parts" : [ ] } } ] , "usageMetadata" : null }"#
            ))
        #expect(bare.candidateIndex == nil)
        #expect(bare.texts.isEmpty)
        #expect(bare.usage == nil)
    }

    @Test(
        "anything else is left to the tree path",
        arguments: [
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]},"finishReason":"STOP","index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a","thought":true}]},"index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a","thoughtSignature":"c2ln"}]},"index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"functionCall":{"name":"f","args":{}}}]},"index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a","text":"b"}]},"index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":null}]},"index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{}]},"index":0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]},"index":0.0}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]},"safetyRatings":[]}]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}},{"content":{"parts":[{"text":"b"}]},"index":1}]}"#,
            #"{"candidates":[]}"#,
            #"{"usageMetadata":{"totalTokenCount":3}}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"createTime":"2025-12-01T10:00:00Z"}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"promptFeedback":{"blockReason":"SAFETY"}}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"error":{"code":500}}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"responseId":7}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}]} ,"#,
            #"[{"candidates":[{"content":{"parts":[{"text":"a"}]}}]}]"#,
        ])
    func otherShapes(_ text: String) {
        #expect(Self.scan(text) == nil)
    }
}
