import Testing

@testable import LinguaFranca

/// A remembered layout puts a tree's members back in the document's order and restores its `null`s: the
/// remembered members first, in the remembered order, then the others in theirs.
@Suite("Member layout: arranging a tree")
struct MemberLayoutArrangeTests {
    static let layout = MemberLayout(of: [
        "model": "m", "messages": [], "temperature": 1, "max_tokens": 5, "stream": false,
    ])

    static let cases: [(JSONObject, JSONObject)] = [
        // In order, some remembered members missing: as it is.
        (["temperature": 0.5, "stream": true] as JSONObject, ["temperature": 0.5, "stream": true] as JSONObject),
        // In order, then members the layout does not know: as it is.
        (["max_tokens": 9, "top_k": 3, "seed": 1], ["max_tokens": 9, "top_k": 3, "seed": 1]),
        // Out of order: put back in the remembered order.
        (["stream": true, "temperature": 0.5], ["temperature": 0.5, "stream": true]),
        // An unknown member before a remembered one: the remembered ones first, the rest after.
        (["top_k": 3, "temperature": 0.5], ["temperature": 0.5, "top_k": 3]),
        (["temperature": 0.5, "top_k": 3, "stream": true], ["temperature": 0.5, "stream": true, "top_k": 3]),
        ([:], [:]),
    ]

    @Test(arguments: cases)
    func arrangingPutsRememberedMembersFirstInOrder(object: JSONObject, expected: JSONObject) {
        let arranged = Self.layout.arrange(object)
        #expect(arranged == expected)
        #expect(arranged.keys == expected.keys, "JSONObject equality is order-sensitive, and so are the keys")
    }

    @Test func rememberedNullsAreRestoredWhereTheyWere() {
        let layout = MemberLayout(of: ["model": "m", "user": nil, "temperature": 1])
        let arranged = layout.arrange(["model": "m", "temperature": 0.5])
        #expect(arranged.keys == ["model", "user", "temperature"])
        #expect(arranged["user"] == .null)
    }
}
