import LinguaFranca
import LinguaFrancaConformance
import Testing

/// Gemini members OpenAI has no name for, carried across as extension members and written back
/// (`Mappings/gemini.md`, "Extensions"): usage members the codec does not name, a candidate's `tokenCount`, a
/// part's members beside its payload, and the native finish reason its OpenAI reason does not encode back to.
@Suite struct GeminiPassThroughTests {
    static let options = TranslationOptions(created: 1_764_547_200)
    let codec: GeminiChatCodec

    init() throws {
        codec = try GeminiChatCodec()
    }

    func decodeResponse(_ text: String) throws -> (ChatCompletion, TranslationReport) {
        var context = codec.makeContext(.decode, .chatResponse, model: "gemini-2.5-flash", options: Self.options)
        let completion = try codec.decodeResponse(try JSONReader().read(text), context: &context)
        return (completion, context.report)
    }

    func encodeResponse(_ completion: ChatCompletion) throws -> (JSONValue, TranslationReport) {
        var context = codec.makeContext(.encode, .chatResponse, model: "gemini-2.5-flash", options: Self.options)
        let native = try codec.encodeResponse(completion, context: &context)
        return (native, context.report)
    }

    func decodeRequest(_ native: JSONValue) throws -> (ChatCompletionRequest, TranslationReport) {
        var context = codec.makeContext(.decode, .chatRequest, model: "gemini-2.5-flash", options: Self.options)
        let request = try codec.decodeRequest(native, context: &context)
        return (request, context.report)
    }

    func encodeRequest(_ request: ChatCompletionRequest) throws -> (JSONValue, TranslationReport) {
        var context = codec.makeContext(.encode, .chatRequest, model: request.model, options: Self.options)
        let native = try codec.encodeRequest(request, context: &context)
        return (native.body, context.report)
    }

    /// The chunks of an SSE stream of `elements`, under any split.
    func decodeStream(_ elements: [String]) throws -> [ChatCompletionChunk] {
        let bytes = Array(elements.map { "data: " + $0 + "\r\n\r\n" }.joined().utf8)
        let context = codec.makeContext(.decode, .stream, model: "gemini-2.5-flash", options: Self.options)
        return try ChunkingVerifier(exhaustiveSplitLimit: 256, randomRuns: 8).verify(bytes) {
            codec.makeStreamDecoder(context: context)
        }
    }

    /// The elements of the Gemini stream `chunks` encode to (in the JSON-array framing, read as one document).
    func encodeStream(_ chunks: [ChatCompletionChunk]) throws -> [JSONValue] {
        var encoder = codec.makeStreamEncoder(
            context: codec.makeContext(.encode, .stream, model: nil), framing: .jsonArray)
        var bytes: [UInt8] = []
        for chunk in chunks { try encoder.encode(chunk, into: &bytes) }
        try encoder.finish(into: &bytes)
        return try JSONReader().read(bytes).arrayValue ?? []
    }

    // MARK: usageMetadata and tokenCount

    static let usage =
        #"{"promptTokenCount":3,"candidatesTokenCount":1,"totalTokenCount":4,"trafficType":"ON_DEMAND","serviceTier":"standard","laterMember":{"AUDIO":2},"toolUsePromptTokensDetails":null}"#

    @Test func usageMembersTheCodecDoesNotNameRoundTripVerbatim() throws {
        let (completion, report) = try decodeResponse(
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"ok"}]},"finishReason":"STOP","index":0}],"usageMetadata":\#(Self.usage),"modelVersion":"gemini-2.5-flash","responseId":"r"}"#
        )
        let extras = try #require(completion.usage?.additionalFields)
        #expect(extras["trafficType"] == "ON_DEMAND")
        #expect(extras["serviceTier"] == "standard")
        #expect(extras["laterMember"] == ["AUDIO": 2])
        #expect(extras.keys == ["trafficType", "serviceTier", "laterMember"], "\(extras)")
        #expect(report.entries.isEmpty)
        let (native, _) = try encodeResponse(completion)
        let usage = try #require(native["usageMetadata"])
        #expect(usage.canonical == (try JSONReader().read(Self.usage)).canonical)
    }

    /// The stream's text elements are read without a tree, its finish element through one: both keep the members.
    @Test(arguments: [false, true])
    func streamUsageKeepsTheMembersTheCodecDoesNotName(_ onTheFinishElement: Bool) throws {
        let text =
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"o"}]},"index":0}],"usageMetadata":\#(onTheFinishElement ? #"{"promptTokenCount":3}"# : Self.usage),"modelVersion":"gemini-2.5-flash","responseId":"r"}"#
        let finish =
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"k"}]},"finishReason":"STOP","index":0}]\#(onTheFinishElement ? #","usageMetadata":\#(Self.usage)"# : ""),"modelVersion":"gemini-2.5-flash","responseId":"r"}"#
        let chunks = try decodeStream([text, finish])
        let usage = try #require(chunks.last?.usage)
        #expect(usage.additionalFields["trafficType"] == "ON_DEMAND")
        #expect(usage.additionalFields["laterMember"] == ["AUDIO": 2])
        let elements = try encodeStream(chunks)
        #expect(
            elements.last?["usageMetadata"]?.canonical == (try JSONReader().read(Self.usage)).canonical,
            "\(elements)")
    }

    /// Another provider's usage members (snake_case, as OpenAI's) are not Gemini's: they are not sent, and the
    /// report says so, in responses and streams alike.
    @Test func anotherProvidersUsageMembersAreReported() throws {
        let usage = Usage(
            promptTokens: 5, completionTokens: 2, totalTokens: 7,
            additionalFields: ["cache_creation_input_tokens": 3, "serviceTier": "flex", "tool_use_prompt_tokens": 1])
        let completion = ChatCompletion(
            id: "r", created: 1, model: "gemini-2.5-flash",
            choices: [ChatCompletionChoice(index: 0, message: ChatMessage(role: .assistant), finishReason: .stop)],
            usage: usage)
        let (native, report) = try encodeResponse(completion)
        #expect(native["usageMetadata"]?["serviceTier"] == "flex")
        #expect(native["usageMetadata"]?["toolUsePromptTokenCount"] == 1)
        #expect(native["usageMetadata"]?["cache_creation_input_tokens"] == nil)
        let expected = [ReportedChange(kind: "dropped", path: "usage.cache_creation_input_tokens")]
        #expect(ReportedChange.of(report) == Set(expected))
        var encoder = codec.makeStreamEncoder(context: codec.makeContext(.encode, .stream, model: nil))
        var bytes: [UInt8] = []
        try encoder.encode(
            ChatCompletionChunk(id: "r", created: 1, model: "m", choices: [], usage: usage), into: &bytes)
        #expect(ReportedChange.of(encoder.report) == Set(expected))
    }

    @Test func aCandidatesTokenCountIsAChoiceExtension() throws {
        let (completion, report) = try decodeResponse(
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"ok"}]},"finishReason":"STOP","tokenCount":7,"index":0}],"modelVersion":"gemini-2.5-flash","responseId":"r"}"#
        )
        #expect(completion.choices.first?.additionalFields["token_count"] == 7)
        #expect(report.entries.isEmpty)
        let (native, _) = try encodeResponse(completion)
        #expect(native["candidates"]?[0]?["tokenCount"] == 7)
        let chunks = try decodeStream([
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"ok"}]},"finishReason":"STOP","tokenCount":7,"index":0}],"modelVersion":"gemini-2.5-flash","responseId":"r"}"#
        ])
        #expect(try accumulate(chunks).choices.first?.additionalFields["token_count"] == 7)
        #expect(try encodeStream(chunks).last?["candidates"]?[0]?["tokenCount"] == 7)
    }

    // MARK: Part members beside the payload

    /// The video-clipping request of Google's video guide: `videoMetadata` beside `fileData`.
    static let videoClip =
        #"{"contents":[{"role":"user","parts":[{"fileData":{"mimeType":"video/mp4","fileUri":"https://www.youtube.com/watch?v=9hE5-98ZeCg"},"videoMetadata":{"startOffset":"40s","endOffset":"80s"}},{"text":"Summarize"}]}]}"#

    @Test func aVideoClipSurvivesTheRoundTrip() throws {
        let native = try JSONReader().read(Self.videoClip)
        let (request, decodeReport) = try decodeRequest(native)
        guard case .parts(let parts)? = request.messages.first?.content else {
            Issue.record("expected content parts: \(request.json)")
            return
        }
        #expect(parts.first?.type == .file)
        #expect(parts.first?.additionalFields["videoMetadata"] == ["startOffset": "40s", "endOffset": "80s"])
        #expect(
            ReportedChange.of(decodeReport) == [
                ReportedChange(kind: "approximated", path: "contents[0].parts[0].fileData")
            ])
        let (body, encodeReport) = try encodeRequest(request)
        #expect(body.canonical == native.canonical, "\(body)")
        #expect(encodeReport.entries.isEmpty, "\(encodeReport.rendered)")
    }

    /// Every payload Gemini's user parts carry keeps its siblings: images, audio and files, inline or by URI.
    @Test(arguments: [
        #"{"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="},"mediaResolution":{"level":"MEDIA_RESOLUTION_HIGH"}}"#,
        #"{"inlineData":{"mimeType":"audio/mp3","data":"SUQz"},"partMetadata":{"clip":"intro"}}"#,
        #"{"inlineData":{"mimeType":"video/mp4","data":"AAAAIGZ0eXA="},"videoMetadata":{"fps":0.5}}"#,
        #"{"fileData":{"mimeType":"image/jpeg","fileUri":"gs://bucket/photo.jpg"},"mediaResolution":{"level":"MEDIA_RESOLUTION_LOW"}}"#,
        #"{"fileData":{"mimeType":"application/pdf","fileUri":"https://generativelanguage.googleapis.com/v1beta/files/abc-123"},"mediaResolution":{"level":"MEDIA_RESOLUTION_MEDIUM"}}"#,
    ])
    func partMembersBesideThePayloadComeBack(_ part: String) throws {
        let native = try JSONReader().read(#"{"contents":[{"role":"user","parts":[\#(part),{"text":"?"}]}]}"#)
        let (request, _) = try decodeRequest(native)
        let (body, encodeReport) = try encodeRequest(request)
        #expect(body.canonical == native.canonical, "\(request.json) → \(body)")
        #expect(encodeReport.entries.isEmpty, "\(encodeReport.rendered)")
    }

    /// Another provider's part extension, or a member of a part's payload object Gemini has no place for, is not
    /// sent to Gemini; it is reported.
    @Test func aForeignPartExtensionIsDroppedAndReported() throws {
        let request = try ChatCompletionRequest(
            json: JSONReader().read(
                #"{"model":"gemini-2.5-flash","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo=","vendor_hint":"hd"},"cache_control":{"type":"ephemeral"},"videoMetadata":{"fps":1}},{"type":"file","file":{"file_id":"gs://b/a.pdf","mime_type":"application/pdf","purpose":"x"}}]}]}"#
            ))
        let (body, report) = try encodeRequest(request)
        #expect(
            body["contents"]?[0]?["parts"]?[0]?.canonical
                == (try JSONReader().read(
                    #"{"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="},"videoMetadata":{"fps":1}}"#))
                .canonical)
        #expect(
            body["contents"]?[0]?["parts"]?[1] == [
                "fileData": ["mimeType": "application/pdf", "fileUri": "gs://b/a.pdf"]
            ])
        #expect(
            ReportedChange.of(report) == [
                ReportedChange(kind: "dropped", path: "messages[0].content[0].cache_control"),
                ReportedChange(kind: "dropped", path: "messages[0].content[0].image_url.vendor_hint"),
                ReportedChange(kind: "dropped", path: "messages[0].content[1].file.purpose"),
            ])
    }

    // MARK: Finish reasons

    static let keptReasons = [
        "RECITATION", "SPII", "BLOCKLIST", "PROHIBITED_CONTENT", "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT",
        "IMAGE_RECITATION", "MALFORMED_FUNCTION_CALL", "UNEXPECTED_TOOL_CALL", "TOO_MANY_TOOL_CALLS", "LANGUAGE",
        "OTHER", "NO_IMAGE", "IMAGE_OTHER",
    ]

    func candidate(_ reason: String, call: Bool = false) -> String {
        let part = call ? #"{"functionCall":{"name":"f","args":{}}}"# : #"{"text":"…"}"#
        return
            #"{"candidates":[{"content":{"role":"model","parts":[\#(part)]},"finishReason":"\#(reason)","index":0}],"modelVersion":"gemini-2.5-flash","responseId":"r"}"#
    }

    /// A finish reason its OpenAI reason does not encode back to is kept, in responses and on the stream's finish
    /// chunk, and encoding gives it back.
    @Test(arguments: keptReasons)
    func theNativeFinishReasonComesBack(_ reason: String) throws {
        let (completion, report) = try decodeResponse(candidate(reason))
        let choice = try #require(completion.choices.first)
        #expect(choice.additionalFields["native_finish_reason"] == .string(reason))
        let mapped = choice.finishReason == .contentFilter
        #expect(mapped || choice.finishReason == .stop)
        #expect(
            ReportedChange.of(report)
                == (mapped ? [] : [ReportedChange(kind: "approximated", path: "candidates[0].finishReason")]))
        let (native, _) = try encodeResponse(completion)
        #expect(native["candidates"]?[0]?["finishReason"] == .string(reason))

        let chunks = try decodeStream([candidate(reason)])
        let finish = try #require(chunks.last { $0.choices.first?.finishReason != nil }?.choices.first)
        #expect(finish.additionalFields["native_finish_reason"] == .string(reason))
        #expect(try encodeStream(chunks).last?["candidates"]?[0]?["finishReason"] == .string(reason))
    }

    /// The reasons encoding gives back by the table alone carry no extension.
    @Test(arguments: [
        ("STOP", false, "stop"), ("STOP", true, "tool_calls"), ("MAX_TOKENS", false, "length"),
        ("SAFETY", false, "content_filter"),
    ])
    func aReasonTheTableGivesBackIsNotKept(_ reason: String, _ call: Bool, _ openAI: String) throws {
        let (completion, _) = try decodeResponse(candidate(reason, call: call))
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason?.rawValue == openAI)
        #expect(choice.additionalFields["native_finish_reason"] == nil)
        let chunks = try decodeStream([candidate(reason, call: call)])
        #expect(chunks.allSatisfy { $0.choices.allSatisfy { $0.additionalFields["native_finish_reason"] == nil } })
    }

    /// An OpenAI choice with no native reason encodes by the table, as before.
    @Test func withoutTheExtensionTheTableDecides() throws {
        let completion = ChatCompletion(
            id: "r", created: 1, model: "gemini-2.5-flash",
            choices: [
                ChatCompletionChoice(index: 0, message: ChatMessage(role: .assistant), finishReason: .contentFilter)
            ])
        let (native, _) = try encodeResponse(completion)
        #expect(native["candidates"]?[0]?["finishReason"] == "SAFETY")
    }
}
