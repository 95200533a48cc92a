public import LinguaFranca

/// Checks that a translation survives hostile variations of a real document: every member removed, every value's
/// type flipped, strings truncated and replaced by unknown enum values, arrays emptied, numbers made huge. Each
/// variant must translate or fail with a ``TranslationError`` — a trap would end the process, and any other error
/// type is reported as a failure.
///
/// Framework-agnostic: it throws ``RobustnessFailure`` naming the variant, so Swift Testing and XCTest can both use
/// it.
public struct RobustnessVerifier: Sendable {
    /// The most variants tried per document (a large document's later paths are sampled evenly beyond it).
    public var maxVariants: Int

    /// Creates a verifier.
    public init(maxVariants: Int = 4_000) {
        self.maxVariants = maxVariants
    }

    /// One way to damage a value.
    public enum Mutation: String, Sendable, CaseIterable {
        /// The member (or element) is removed.
        case removed
        /// The value is replaced by one of another JSON type.
        case typeFlipped
        /// A string loses its second half.
        case truncated
        /// A string becomes a value no enum has.
        case unknownValue
        /// An array or object becomes empty.
        case emptied
        /// A number becomes one no integer or double holds.
        case huge
        /// The value becomes `null`.
        case nulled
    }

    /// Runs `translate` on every variant of `document`.
    ///
    /// - Returns: how many variants ran, and how many of them `translate` refused with a ``TranslationError``.
    /// - Throws: ``RobustnessFailure`` for a variant whose translation threw anything but a ``TranslationError``.
    @discardableResult
    public func verify(
        _ document: JSONValue, translate: (JSONValue) throws -> Void
    ) throws(RobustnessFailure) -> (variants: Int, refused: Int) {
        let paths = Self.paths(in: document)
        let all = paths.flatMap { path in Mutation.allCases.map { (path, $0) } }
        let stride = max(1, (all.count + maxVariants - 1) / maxVariants)
        var variants = 0
        var refused = 0
        for index in Swift.stride(from: 0, to: all.count, by: stride) {
            let (path, mutation) = all[index]
            guard let variant = Self.apply(mutation, at: path.components[...], to: document) else { continue }
            variants += 1
            do {
                try translate(variant)
            } catch is TranslationError {
                refused += 1
            } catch {
                throw RobustnessFailure(path: path, mutation: mutation, error: "\(error)")
            }
        }
        return (variants, refused)
    }

    /// Every path in the document, the root excluded, in document order.
    static func paths(in value: JSONValue, at path: JSONPath = .root) -> [JSONPath] {
        var paths: [JSONPath] = []
        switch value {
        case .object(let object):
            for member in object {
                let child = path.appending(.key(member.key))
                paths.append(child)
                paths += Self.paths(in: member.value, at: child)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                let child = path.appending(.index(index))
                paths.append(child)
                paths += Self.paths(in: element, at: child)
            }
        default:
            break
        }
        return paths
    }

    /// `value` with the mutation applied at `path`; `nil` when the mutation does not apply there.
    static func apply(_ mutation: Mutation, at path: ArraySlice<JSONPath.Component>, to value: JSONValue) -> JSONValue?
    {
        guard let first = path.first else { return mutate(value, mutation) }
        let rest = path.dropFirst()
        switch (value, first) {
        case (.object(var object), .key(let key)):
            guard let child = object[key] else { return nil }
            if rest.isEmpty, mutation == .removed {
                object.removeValue(forKey: key)
                return .object(object)
            }
            guard let changed = apply(mutation, at: rest, to: child) else { return nil }
            object[key] = changed
            return .object(object)
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            if rest.isEmpty, mutation == .removed {
                elements.remove(at: index)
                return .array(elements)
            }
            guard let changed = apply(mutation, at: rest, to: elements[index]) else { return nil }
            elements[index] = changed
            return .array(elements)
        default:
            return nil
        }
    }

    private static func mutate(_ value: JSONValue, _ mutation: Mutation) -> JSONValue? {
        switch (mutation, value) {
        case (.removed, _): return nil
        case (.nulled, .null): return nil
        case (.nulled, _): return .null
        case (.typeFlipped, .string): return 7
        case (.typeFlipped, .number): return "7"
        case (.typeFlipped, .bool): return "true"
        case (.typeFlipped, .object): return ["unexpected"]
        case (.typeFlipped, .array): return ["unexpected": true]
        case (.typeFlipped, .null): return [:]
        case (.truncated, .string(let text)): return .string(String(text.prefix(text.count / 2)))
        case (.unknownValue, .string): return "LINGUA_UNKNOWN_VALUE"
        case (.emptied, .array(let elements)) where !elements.isEmpty: return []
        case (.emptied, .object(let object)) where !object.isEmpty: return [:]
        case (.huge, .number): return .number(JSONNumber(literal: "-99999999999999999999e400") ?? 0)
        default: return nil
        }
    }
}

/// A robustness failure: the variant whose translation failed with something other than a `TranslationError`.
public struct RobustnessFailure: Error, CustomStringConvertible {
    /// Where the document was changed.
    public var path: JSONPath
    /// How.
    public var mutation: RobustnessVerifier.Mutation
    /// What the translation threw.
    public var error: String

    /// One line naming the variant and the error.
    public var description: String {
        "the document with \(path.components.isEmpty ? "its root" : "'\(path)'") \(mutation.rawValue) failed with a non-translation error: \(error)"
    }
}
