import Foundation
import LinguaFranca

/// Benchmarks for LinguaFranca. Run from the repository root:
///
///     swift run -c release --package-path Benchmarks LinguaFrancaBenchmarks [--filter TEXT] [--quick]
///
/// Prints one markdown table row per scenario: µs per operation and MB/s of input.

var harness = Harness()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--filter": harness.filter = arguments.popFirst()
    case "--count-only":
        guard let side = arguments.popFirst(), let repeats = arguments.popFirst().flatMap({ Int($0) }) else {
            print("usage: --count-only baseline|candidate N")
            exit(2)
        }
        harness.countOnly = (side == "candidate", repeats)
    case "--quick":
        harness.rounds = 3
        harness.roundTime = .milliseconds(50)
    default:
        print("usage: LinguaFrancaBenchmarks [--filter TEXT] [--quick] [--count-only baseline|candidate N]")
        exit(2)
    }
}

let corpusDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus")

func corpus(_ name: String) -> [UInt8] {
    let url = corpusDirectory.appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url) else {
        print("missing corpus file \(url.path)")
        exit(1)
    }
    return [UInt8](data)
}

let reader = JSONReader()
let writer = JSONWriter()

print("| scenario | µs/op (median) | MB/s (median) | MB/s (best round) |")
print("| --- | ---: | ---: | ---: |")

// Foundation's baselines run after all of this library's scenarios: interleaving them left the heap in a
// state that slowed the measurement right after each baseline by up to 2×.
for scenario in JSONScenario.all {
    let bytes = corpus(scenario.file)
    let value = try reader.read(bytes)
    try harness.measure("\(scenario.name): read", bytes: bytes.count) {
        _ = try reader.read(bytes)
    }
    harness.measure("\(scenario.name): write", bytes: bytes.count) {
        _ = writer.write(value)
    }
    try harness.measure("\(scenario.name): read+write", bytes: bytes.count) {
        _ = writer.write(try reader.read(bytes))
    }
    try harness.measure("\(scenario.name): read → typed → write", bytes: bytes.count) {
        _ = try scenario.typedRoundTrip(bytes)
    }
}
let typicalRequest = corpus("typical-request.json")
var tableOverheads: [String] = []
for provider in ["openai", "yandex-openai"] {
    guard let table = CapabilityCatalog.embedded.table(ProviderID(rawValue: provider)) else { continue }
    let codec = OpenAICompatibleChatCodec(table: table)
    let ratio = try harness.compare(
        "typical request (~6 KB): read → typed → \(provider) table → write", bytes: typicalRequest.count,
        baseline: { _ = try ChatCompletionRequest(jsonBytes: typicalRequest).jsonBytes() },
        candidate: {
            let request = try ChatCompletionRequest(jsonBytes: typicalRequest)
            var context = codec.makeContext(model: request.model)
            _ = try codec.encodeRequest(request, context: &context).bodyBytes()
        })
    if let ratio {
        let overhead = format((ratio - 1) * 100, digits: 1)
        tableOverheads.append(
            "- applying the \(provider) table adds \(overhead)% to read → typed → write (median of paired rounds)")
    }
}
for line in tableOverheads { print(line) }

let stream = corpus("stream-500.sse")
let streamChunkCount = try decodeStream(stream).count
try harness.measure("OpenAI SSE stream, \(streamChunkCount) chunks: decode", bytes: stream.count) {
    _ = try decodeStream(stream)
}
try harness.measure("OpenAI SSE stream, \(streamChunkCount) chunks: decode + re-encode", bytes: stream.count) {
    _ = try reencodeStream(stream)
}
try harness.measure("OpenAI SSE stream, \(streamChunkCount) chunks: decode + accumulate", bytes: stream.count) {
    var accumulator = ChunkAccumulator()
    for chunk in try decodeStream(stream) { try accumulator.add(chunk) }
    _ = try accumulator.makeCompletion()
}
for result in harness.results where result.name.hasPrefix("OpenAI SSE stream") {
    print(
        "- \(result.name): \(format(result.microsecondsPerOperation / Double(streamChunkCount), digits: 2)) µs per chunk (median), \(format(result.bestMicrosecondsPerOperation / Double(streamChunkCount), digits: 2)) µs (best round)"
    )
}

let openAIResponse = corpus("typical-response.json")
try measureNativeCodec(
    "Anthropic", NativeCodecScenario(codec: try AnthropicChatCodec(), model: "claude-sonnet-4-5"),
    response: corpus("anthropic-response.json"), stream: corpus("anthropic-stream-500.sse"))
try measureNativeCodec(
    "Gemini", NativeCodecScenario(codec: try GeminiChatCodec(), model: "gemini-2.5-flash"),
    response: corpus("gemini-response.json"), stream: corpus("gemini-stream-500.sse"))

try measureNativeCodec(
    "Yandex", NativeCodecScenario(codec: try YandexChatCodec(), model: "gpt://b1g/yandexgpt/latest"),
    response: nil, stream: nil)
let yandex = try YandexChatCodec()
for tokens in [200, 2_000] {
    let stream = yandexCumulativeStream(tokens: tokens)
    let name = "Yandex cumulative stream, \(tokens) tokens (\(stream.count / 1024) KiB): decode"
    try harness.measure(name, bytes: stream.count) { _ = try decodeYandexStream(yandex, stream) }
    if let result = harness.results.last, result.name == name {
        print(
            "- \(name): \(format(result.microsecondsPerOperation / Double(tokens), digits: 2)) µs per line, \(format(result.megabytesPerSecond, digits: 1)) MB/s of input (median)"
        )
    }
}
let timeweb = try TimewebChatCodec()
let threads = InMemoryThreadStore()
let fiftyTurns = timewebConversation(turns: 50, store: threads)
try harness.measure(
    "Timeweb: 50-turn history → /call with the in-memory thread store", bytes: fiftyTurns.jsonBytes().count
) {
    _ = try encodeTimeweb(timeweb, fiftyTurns, store: threads)
}

/// Times a native codec's request, response and stream scenarios and prints the per-event stream figures.
@MainActor func measureNativeCodec<Codec: ChatCodec>(
    _ name: String, _ scenario: NativeCodecScenario<Codec>, response: [UInt8]?, stream: [UInt8]?
) throws {
    let nativeRequest = try scenario.encodeRequest(typicalRequest)
    try harness.measure("\(name): typical request, OpenAI bytes → \(name) bytes", bytes: typicalRequest.count) {
        _ = try scenario.encodeRequest(typicalRequest)
    }
    try harness.measure("\(name): typical request, \(name) bytes → OpenAI bytes", bytes: nativeRequest.count) {
        _ = try scenario.decodeRequest(nativeRequest)
    }
    try harness.measure("\(name): response, OpenAI bytes → \(name) bytes", bytes: openAIResponse.count) {
        _ = try scenario.encodeResponse(openAIResponse)
    }
    guard let response, let stream else { return }
    try harness.measure("\(name): response, \(name) bytes → OpenAI bytes", bytes: response.count) {
        _ = try scenario.decodeResponse(response)
    }
    let events = stream.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        .filter { $0.starts(with: "data:".utf8) }.count
    let chunks = try scenario.decodeStream(stream)
    let prefix = "\(name) stream, \(events) events"
    try harness.measure("\(prefix): decode", bytes: stream.count) {
        _ = try scenario.decodeStream(stream)
    }
    try harness.measure("\(prefix): decode + OpenAI SSE encode", bytes: stream.count) {
        _ = try scenario.transcodeStream(stream)
    }
    try harness.measure("\(prefix): encode from chunks", bytes: stream.count) {
        _ = try scenario.encodeStream(chunks)
    }
    for result in harness.results where result.name.hasPrefix(prefix) {
        print(
            "- \(result.name): \(format(result.microsecondsPerOperation / Double(events), digits: 2)) µs per event (median), \(format(result.bestMicrosecondsPerOperation / Double(events), digits: 2)) µs (best round)"
        )
    }
}

for scenario in JSONScenario.all {
    let bytes = corpus(scenario.file)
    let data = Data(bytes)
    try harness.measure("\(scenario.name): JSONSerialization read+write (baseline)", bytes: bytes.count) {
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        _ = try JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed])
    }
}

print("")
print("ratios (this library's read+write over JSONSerialization's, same run):")
for scenario in JSONScenario.all {
    let ours = harness.results.first { $0.name == "\(scenario.name): read+write" }
    let typed = harness.results.first { $0.name == "\(scenario.name): read → typed → write" }
    let baseline = harness.results.first { $0.name == "\(scenario.name): JSONSerialization read+write (baseline)" }
    guard let ours, let baseline else { continue }
    var line =
        "- \(scenario.name): read+write \(format(baseline.microsecondsPerOperation / ours.microsecondsPerOperation, digits: 1))×"
    if let typed {
        line +=
            ", read → typed → write \(format(baseline.microsecondsPerOperation / typed.microsecondsPerOperation, digits: 1))×"
    }
    print(line)
}
