import LinguaFranca
import LinguaFrancaConformance

extension JSONValue {
    /// This value with every object's members sorted by key and `null` members removed: two documents are the
    /// same to a client when their canonical forms are equal (key order and explicit nulls carry no meaning in
    /// the API formats under test).
    var canonical: JSONValue {
        switch self {
        case .object(let object):
            let members = object.members.filter { !$0.value.isNull }.sorted { $0.key < $1.key }
            return .object(
                JSONObject(members: members.map { JSONObject.Member(key: $0.key, value: $0.value.canonical) }))
        case .array(let elements):
            return .array(elements.map(\.canonical))
        default:
            return self
        }
    }

    /// The paths at which two canonical documents differ: members present on one side only, values that
    /// differ, and arrays of different lengths (at the array).
    func differences(from other: JSONValue, at path: JSONPath = .root) -> [JSONPath] {
        switch (self, other) {
        case (.object(let mine), .object(let theirs)):
            var keys = mine.keys
            for key in theirs.keys where mine[key] == nil { keys.append(key) }
            return keys.flatMap { key -> [JSONPath] in
                guard let left = mine[key], let right = theirs[key] else { return [path.appending(key)] }
                return left.differences(from: right, at: path.appending(key))
            }
        case (.array(let mine), .array(let theirs)) where mine.count == theirs.count:
            return zip(mine, theirs).enumerated().flatMap {
                $0.element.0.differences(from: $0.element.1, at: path.appending(.index($0.offset)))
            }
        default:
            return self == other ? [] : [path]
        }
    }
}

extension ReportedChange {
    /// The changes a fixture's `report.json` lists under `direction` (`encode`, `decode`), skipping malformed entries.
    static func listed(in report: JSONValue, _ direction: String) -> Set<ReportedChange> {
        Set(
            (report[direction]?.arrayValue ?? []).compactMap { entry in
                guard let kind = entry["kind"]?.stringValue, let path = entry["path"]?.stringValue else { return nil }
                return ReportedChange(kind: kind, path: path)
            })
    }
}

/// The differences that lie under no top-level member a report entry names (a rename names its target too, and
/// `max_tokens` and `max_completion_tokens`, OpenAI's two spellings of one limit, name each other): what a
/// translation changed without saying so.
func unreported(_ differences: [JSONPath], by reports: TranslationReport...) -> [JSONPath] {
    let entries = reports.flatMap(\.entries)
    var named = Set(entries.compactMap(\.path.components.first))
    let limit: Set<JSONPath.Component> = [.key("max_tokens"), .key("max_completion_tokens")]
    if !named.isDisjoint(with: limit) { named.formUnion(limit) }
    for entry in entries where entry.kind == .renamed && entry.message.hasPrefix("sent as ") {
        named.insert(.key(String(entry.message.dropFirst("sent as ".count))))
    }
    return differences.filter { difference in
        guard let first = difference.components.first else { return true }
        return !named.contains(first)
    }
}
