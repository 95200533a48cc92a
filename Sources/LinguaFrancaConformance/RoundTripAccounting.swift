import LinguaFranca

/// Decides which differences of an OpenAI → native → OpenAI round trip the two reports account for.
///
/// An encode entry names a place in the OpenAI document: it covers the differences under that place, and the
/// differences that contain it (a dropped `messages[1].name` covers `messages[1].name`). An entry at an array
/// element covers the whole array, since moving, merging or removing one element shifts the others (a system
/// `messages[2]` moved to the system prompt covers `messages[1]` coming back different). A decode entry names a place in the native document, which the OpenAI one
/// does not share, so it covers differences under the OpenAI member of the same top-level name. A rename covers
/// its target too, and `max_tokens` and `max_completion_tokens`, OpenAI's two spellings of one limit, cover each
/// other.
struct RoundTripAccounting {
    private var places: [JSONPath] = []
    private var members: Set<JSONPath.Component> = []

    init(encode: TranslationReport, decode: TranslationReport) {
        places = encode.entries.map { entry in
            guard case .index? = entry.path.components.last else { return entry.path }
            return JSONPath(Array(entry.path.components.dropLast()))
        }
        members = Set(decode.entries.compactMap(\.path.components.first))
        for entry in encode.entries + decode.entries where entry.kind == .renamed {
            guard entry.message.hasPrefix(Self.renamePrefix) else { continue }
            let target = entry.message.dropFirst(Self.renamePrefix.count).split(separator: ".").first
            if let target { members.insert(.key(String(target))) }
        }
        let limit: Set<JSONPath.Component> = [.key("max_tokens"), .key("max_completion_tokens")]
        let named = members.union(places.compactMap(\.components.first))
        if !named.isDisjoint(with: limit) { members.formUnion(limit) }
    }

    /// How the parameter rules word a rename's message: `sent as TARGET`.
    private static let renamePrefix = "sent as "

    /// The differences no entry covers.
    func unreported(_ differences: [JSONDifference]) -> [JSONDifference] {
        differences.filter { difference in
            let components = difference.path.components
            if let first = components.first, members.contains(first) { return false }
            return !places.contains { place in
                components.starts(with: place.components) || place.components.starts(with: components)
            }
        }
    }
}
