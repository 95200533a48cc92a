import Testing

@testable import LinguaFranca

/// The writer starts in a 1 KiB stack buffer, moves to heap buffers up to 16 KiB, and writes larger documents
/// once into an array of their estimated size (again, six times larger, when escapes outgrow the estimate). Every
/// size around those edges must give the same bytes by both entry points, and bytes that read back as the value.
@Suite("JSON writer: documents of every size class")
struct JSONWriterSizeTests {
    /// An object whose compact text is about `size` bytes: `parts` strings, a third of them full of characters
    /// that need escapes (so the estimate falls short), the rest Cyrillic and emoji.
    static func document(size: Int, parts: Int = 8) -> JSONValue {
        let each = max(1, size / parts)
        var members = JSONObject()
        for index in 0..<parts {
            let text =
                index % 3 == 0
                ? String(repeating: "\"\\\n\u{1}", count: max(1, each / 16))
                : String(repeating: "Жж🚆", count: max(1, each / 10))
            members.append(.string(text), forKey: "part \(index)")
        }
        members.append([1, 2.5, true, nil, ["nested": "значение"]], forKey: "tail")
        return .object(members)
    }

    @Test(arguments: [10, 900, 1_024, 1_100, 4_096, 5_000, 16_000, 16_384, 17_000, 70_000, 300_000])
    func bothEntryPointsWriteTheSameBytesThatReadBack(size: Int) throws {
        let value = Self.document(size: size)
        let writer = JSONWriter()
        let written = writer.write(value)
        var appended = Array("prefix ".utf8)
        writer.write(value, into: &appended)
        #expect(Array(appended.dropFirst(7)) == written)
        #expect(try JSONReader().read(written) == value)
        let pretty = JSONWriter(options: .init(prettyPrinted: true)).write(value)
        #expect(try JSONReader().read(pretty) == value)
    }

    @Test func aLargeDocumentHoldingRawTextWritesItAsTheTree() throws {
        let request = RawJSONTests.request(schema: RawJSONTests.messySchema)
        let scanned = try ChatCompletionRequest(jsonBytes: request)
        let schema = try #require(scanned.tools?.first?.function?.parameters)
        guard case .raw = schema else {
            Issue.record("the schema was read as a tree")
            return
        }
        var large = JSONObject()
        large.append(.string(String(repeating: "ж", count: 50_000)), forKey: "padding")
        large.append(schema, forKey: "schema")
        var tree = large
        tree["schema"] = schema.resolved
        #expect(JSONWriter().write(.object(large)) == JSONWriter().write(.object(tree)))
    }
}
