import LinguaFranca

/// Decides which differences of an OpenAI → native → OpenAI round trip the two reports account for.
///
/// An encode entry names a place in the OpenAI document. It covers the differences under that place and the one
/// that is the place itself missing (a dropped `messages[1].name`). An entry at an array element covers that element
/// and the ones after it, which shift when it is removed (a dropped `messages[3]` covers `messages[3]`,
/// `messages[4]`, … coming back different), but not the ones before it; a converted one — an element merged into the
/// one before — covers that one too; an approximated one — an element moved elsewhere, such as a system message moved
/// to the system prompt and decoded back at the front — covers the whole array. A decode entry
/// names a place in the native document: one at a top-level native member covers the OpenAI member of that name (a
/// `thinking` budget that comes back as another `reasoning_effort` is under neither name, so it must be reported
/// by encode), and a deeper one covers the same place in the OpenAI document, as an encode entry does. A rename
/// covers its target too, and `max_tokens` and `max_completion_tokens`, OpenAI's two spellings of one limit, cover
/// each other.
struct RoundTripAccounting {
    /// What one entry covers.
    private enum Cover {
        /// The differences at or under the place, or containing it.
        case place([JSONPath.Component])
        /// The array at the place and its elements from `index` on.
        case elements(array: [JSONPath.Component], from: Int)
        /// The differences under a top-level member.
        case member(JSONPath.Component)
    }

    private var covers: [Cover] = []

    init(encode: TranslationReport, decode: TranslationReport) {
        for entry in encode.entries { covers.append(Self.cover(entry)) }
        for entry in decode.entries {
            if entry.path.components.count == 1, let first = entry.path.components.first {
                covers.append(.member(first))
            } else {
                covers.append(Self.cover(entry))
            }
        }
        var members: Set<JSONPath.Component> = []
        for entry in encode.entries + decode.entries where entry.kind == .renamed {
            guard entry.message.hasPrefix(Self.renamePrefix) else { continue }
            let target = entry.message.dropFirst(Self.renamePrefix.count).split(separator: ".").first
            if let target { members.insert(.key(String(target))) }
        }
        let limit: Set<JSONPath.Component> = [.key("max_tokens"), .key("max_completion_tokens")]
        let named = Set((encode.entries + decode.entries).compactMap(\.path.components.first))
        if !named.isDisjoint(with: limit) { members.formUnion(limit) }
        covers += members.map(Cover.member)
    }

    /// How the parameter rules word a rename's message: `sent as TARGET`.
    private static let renamePrefix = "sent as "

    private static func cover(_ entry: TranslationReport.Entry) -> Cover {
        guard case .index(let index)? = entry.path.components.last else { return .place(entry.path.components) }
        let first: Int
        switch entry.kind {
        case .approximated: first = 0
        case .converted: first = max(0, index - 1)
        default: first = index
        }
        return .elements(array: Array(entry.path.components.dropLast()), from: first)
    }

    /// The differences no entry covers.
    func unreported(_ differences: [JSONDifference]) -> [JSONDifference] {
        differences.filter { difference in !covers.contains { Self.covers($0, difference.path.components) } }
    }

    private static func covers(_ cover: Cover, _ path: [JSONPath.Component]) -> Bool {
        switch cover {
        case .place(let place):
            return path.starts(with: place) || place.starts(with: path)
        case .elements(let array, let first):
            guard path.starts(with: array) else { return false }
            guard path.count > array.count, case .index(let index) = path[array.count] else {
                return path.count == array.count
            }
            return index >= first
        case .member(let name):
            return path.first == name
        }
    }
}
