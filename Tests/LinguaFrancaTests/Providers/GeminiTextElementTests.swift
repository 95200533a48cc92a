import Testing

@testable import LinguaFranca

/// The Gemini stream decoder reads text-only elements without a tree (`GeminiTextElement`); whatever that reader
/// does not accept exactly goes to the tree path. These tests pin what it accepts and what it leaves.
/// (`messy-text.sse` checks, through the whole decoder, that both paths give the same chunks.)
@Suite("Gemini text elements read without a tree")
struct GeminiTextElementTests {
    static func scan(_ text: String) -> GeminiTextElement? {
        var workspace = JSONScanner.Workspace(cachingStrings: true)
        var details = GeminiUsage.RememberedDetails()
        return GeminiTextElement.scan(
            Array(text.utf8), reader: JSONReader(), workspace: &workspace, details: &details)
    }

    @Test("the documented text element, in any key order, with usage, escapes and several parts")
    func documentedShapes() throws {
        let element = try #require(
            Self.scan(
                #"{"candidates":[{"content":{"parts":[{"text":"Привет "},{"text":"\u00e9 🌊"}],"role":"model"},"index":2}],"usageMetadata":{"promptTokenCount":9,"totalTokenCount":12},"modelVersion":"gemini-2.5-flash","responseId":"r-1"}"#
            ))
        #expect(element.candidateIndex == 2)
        #expect(element.texts == ["Привет ", "é 🌊"])
        #expect(element.usage?.usage.promptTokens == 9)
        #expect(element.usage?.usage.totalTokens == 12)
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
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"usageMetadata":{"promptTokenCount":"9"}}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"usageMetadata":{"promptTokenCount":9.0}}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"usageMetadata":{"totalTokenCount":1,"totalTokenCount":2}}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}],"usageMetadata":[]}"#,
            #"{"candidates":[{"content":{"parts":[{"text":"a"}]}}]} ,"#,
            #"[{"candidates":[{"content":{"parts":[{"text":"a"}]}}]}]"#,
        ])
    func otherShapes(_ text: String) {
        #expect(Self.scan(text) == nil)
    }

    /// `usageMetadata` read from bytes gives the usage its tree gives, details, members the codec does not name
    /// and `null`s included.
    @Test(
        "usage read without a tree equals usage read from its tree",
        arguments: [
            #"{"promptTokenCount":1873,"candidatesTokenCount":2,"totalTokenCount":1875,"cachedContentTokenCount":1536,"promptTokensDetails":[{"modality":"TEXT","tokenCount":1873}]}"#,
            #"{"totalTokenCount":40,"thoughtsTokenCount":12,"toolUsePromptTokenCount":5,"promptTokenCount":20,"candidatesTokenCount":3,"candidatesTokensDetails":[{"modality":"TEXT","tokenCount":3}],"cacheTokensDetails":null,"toolUsePromptTokensDetails":[{"modality":"IMAGE","tokenCount":5}]}"#,
            #"{"promptTokenCount":null,"candidatesTokenCount":7}"#,
            #"{"trafficType":"ON_DEMAND"}"#,
            #"{"promptTokenCount":8,"serviceTier":"standard","totalTokenCount":8,"laterMember":{"tokens":[1,2]}}"#,
            #"{"cacheTokensDetails":[{"modality":"TEXT","tokenCount":4}],"promptTokensDetails":[{"modality":"AUDIO","tokenCount":2}],"promptTokenCount":2}"#,
            #"{}"#,
        ])
    func usageMatchesTheTreePath(_ text: String) throws {
        let tree = try JSONReader().read(Array(text.utf8))
        let fromTree = try GeminiUsage.counts(of: NativeObject(tree, at: ["usageMetadata"]))
        var workspace = JSONScanner.Workspace(cachingStrings: false)
        var details = GeminiUsage.RememberedDetails()
        let scanned = Array(text.utf8).withUnsafeBufferPointer { buffer in
            JSONScanner.scan(buffer, reader: JSONReader(), workspace: &workspace) {
                (scanner: inout JSONScanner) throws(JSONScanner.Stop) in
                try GeminiUsage.scan(&scanner, remembering: &details)
            }
        }
        #expect(scanned?.usage == fromTree.usage)
    }

    /// A stream repeats its details in every element, so the reader keeps the last ones; each element must still
    /// give exactly the usage its own tree gives, whether its details repeat, change, shrink to a prefix of the
    /// last ones, grow past them, vanish or come back.
    @Test("usage read element after element equals each element's tree")
    func usageAcrossElements() throws {
        let details = [
            #"[{"modality":"TEXT","tokenCount":1873}]"#,
            #"[{"modality":"TEXT","tokenCount":1873}]"#,
            #"[{"modality":"TEXT","tokenCount":1873},{"modality":"IMAGE","tokenCount":258}]"#,
            #"[{"modality":"TEXT","tokenCount":1873}]"#,
            #"[ {"modality":"TEXT","tokenCount":1873} ]"#,
            #"[{"modality":"TEXT","tokenCount":18}]"#,
            #"[]"#,
            #"[{"modality":"ТЕКСТ 🌊","tokenCount":1873}]"#,
        ]
        var workspace = JSONScanner.Workspace(cachingStrings: true)
        var memory = GeminiUsage.RememberedDetails()
        for (number, text) in details.enumerated() {
            let usage = #"{"promptTokenCount":1873,"totalTokenCount":\#(1873 + number),"promptTokensDetails":\#(text)}"#
            let fromTree = try GeminiUsage.counts(of: NativeObject(JSONReader().read(Array(usage.utf8)), at: .root))
            let element = #"{"candidates":[{"content":{"parts":[{"text":"ж"}]}}],"usageMetadata":\#(usage)}"#
            let scanned = GeminiTextElement.scan(
                Array(element.utf8), reader: JSONReader(), workspace: &workspace, details: &memory)
            #expect(scanned?.usage?.usage == fromTree.usage, "element \(number)")
            #expect(scanned?.usage?.details == fromTree.details, "element \(number)")
        }
    }
}
