/// A value kept behind one reference, so that a model which seldom holds it stays small to move and copy (a
/// stream chunk's usage is absent from all but the last chunk, yet inline it would triple every chunk's size).
/// Equality and hashing are the value's.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
