/// The dotted paths a dialect's layout reads in a native document, to find the members it does not read: those are
/// reported as dropped rather than lost without a word.
struct DialectPlaces: Sendable {
    /// Every place, as its keys.
    private let places: Set<[String]>
    /// Every proper prefix of a place: the objects on the way to one.
    private let routes: Set<[String]>
    /// The first key of every place: the top-level members the layout reads.
    let firstKeys: Set<String>

    init(_ places: [String?]) {
        let paths = places.compactMap { $0?.split(separator: ".").map(String.init) }
        self.places = Set(paths)
        routes = Set(paths.flatMap { path in (1..<max(path.count, 1)).map { Array(path.prefix($0)) } })
        firstKeys = Set(paths.compactMap(\.first))
    }

    /// The paths of the members of `object` that are no place and lie on the way to none, in document order.
    func unread(in object: JSONObject) -> [JSONPath] {
        var found: [JSONPath] = []
        collect(object, at: [], into: &found)
        return found
    }

    private func collect(_ object: JSONObject, at prefix: [String], into found: inout [JSONPath]) {
        for member in object {
            let path = prefix + [member.key]
            if places.contains(path) { continue }
            if case .object(let inner) = member.value, routes.contains(path) {
                collect(inner, at: path, into: &found)
            } else {
                found.append(JSONPath(path.map { JSONPath.Component.key($0) }))
            }
        }
    }
}
