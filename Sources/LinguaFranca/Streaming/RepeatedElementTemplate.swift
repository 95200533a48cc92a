/// A string member that changes from one element of a stream to the next while the rest of the element repeats
/// byte for byte — a chunk's content fragment, its random padding — named by its path from the element's root,
/// with how to read it from the decoded value and how to replace it there.
struct VaryingString<Value>: Sendable {
    /// Where the string is in the element: object members and array elements from the root.
    let path: [JSONPath.Component]
    /// The string decoding put at ``path``, if any.
    let value: @Sendable (Value) -> String?
    /// Puts a string where decoding would have put the string at ``path``.
    let replace: @Sendable (inout Value, String) -> Void
}

/// An element type whose streams repeat each element but for a few strings, which it names.
protocol RepeatingStreamElement {
    /// The strings that change from element to element.
    static var varyingStrings: [VaryingString<Self>] { get }
}

/// The last element of a stream that was read in full, with where its varying strings sit in its bytes, so that an
/// element that differs from it only inside those strings is made from its value instead of being read again.
///
/// This changes what reading costs, never what it yields. Outside the varying strings' contents the new element
/// has the template's bytes, and a JSON value is decided by its bytes: every other member decodes as it did. Each
/// varying string is read with the reader's own string rules and limits (escapes, UTF-8, length) and set where
/// decoding puts it, which the template checks when it is made: the decoded value must hold exactly the string
/// found at that path, else the element is not used as a template. Only elements read by the scanner become
/// templates; the scanner refuses a repeated key, so a path names one member.
///
/// A stream whose elements never match would pay for making templates in vain; after a miss the next template is
/// made only when the misses since the last match reach a power of two.
struct RepeatedElementTemplate<Value: Sendable>: Sendable {
    /// Where one varying string's content is in the template's bytes.
    private struct Hole: Sendable {
        /// The offset of the content's first byte (after the opening quote).
        var contentStart: Int
        /// The offset of the closing quote.
        var closingQuote: Int
        /// Which of ``varying`` it is.
        var member: Int
    }

    private let varying: [VaryingString<Value>]
    private var bytes: [UInt8] = []
    private var value: Value?
    private var holes: [Hole] = []
    private var missesSinceMatch = 0

    /// A template for elements whose `varying` strings change; none is made until ``remember(_:readFrom:reader:)``.
    init(varying: [VaryingString<Value>]) {
        self.varying = varying
    }

    /// A template for the elements of `Element`'s streams: those of a ``RepeatingStreamElement``, else none (so it
    /// never matches).
    init(for element: Value.Type) {
        guard let repeating = element as? any RepeatingStreamElement.Type else {
            self.init(varying: [])
            return
        }
        self.init(varying: Self.varyingStrings(of: repeating) as? [VaryingString<Value>] ?? [])
    }

    private static func varyingStrings<Element: RepeatingStreamElement>(of element: Element.Type) -> Any {
        Element.varyingStrings
    }

    /// The element whose JSON fills `input`, made from the template: `nil` when `input` differs from it outside its
    /// varying strings' contents, or holds a string the reader would refuse (the caller then reads it in full).
    mutating func element(in input: UnsafeBufferPointer<UInt8>, reader: JSONReader) -> Value? {
        guard let value, input.count <= reader.limits.maxDocumentBytes, let newBase = input.baseAddress else {
            return nil
        }
        let element = bytes.withUnsafeBufferPointer { old -> Value? in
            guard let oldBase = old.baseAddress else { return nil }
            var parser = JSONParser(
                input: input, limits: reader.limits, options: reader.options, reservingCapacity: false)
            var result = value
            var oldPosition = 0
            var newPosition = 0
            for hole in holes {
                let fixedCount = hole.contentStart - oldPosition
                guard input.count - newPosition >= fixedCount,
                    SWAR.sameBytes(newBase + newPosition, oldBase + oldPosition, count: fixedCount)
                else { return nil }
                newPosition += fixedCount
                let oldCount = hole.closingQuote - hole.contentStart
                if input.count - newPosition > oldCount, input[newPosition + oldCount] == .quote,
                    SWAR.sameBytes(newBase + newPosition, oldBase + hole.contentStart, count: oldCount)
                {
                    // The same complete content followed by a quote: the same string, closed there.
                    newPosition += oldCount
                } else {
                    parser.position = newPosition
                    guard let string = try? parser.readString() else { return nil }
                    varying[hole.member].replace(&result, string)
                    newPosition = parser.position - 1
                }
                oldPosition = hole.closingQuote
            }
            let restCount = old.count - oldPosition
            guard input.count - newPosition == restCount,
                SWAR.sameBytes(newBase + newPosition, oldBase + oldPosition, count: restCount)
            else { return nil }
            return result
        }
        if element != nil { missesSinceMatch = 0 }
        return element
    }

    /// Notes that `value` was read in full from `input` because ``element(in:reader:)`` gave nothing; it becomes
    /// the template when the misses since the last match reach a power of two and its varying strings are where
    /// decoding put them.
    mutating func remember(_ value: Value, readFrom input: UnsafeBufferPointer<UInt8>, reader: JSONReader) {
        guard !varying.isEmpty else { return }
        missesSinceMatch += 1
        guard missesSinceMatch & (missesSinceMatch - 1) == 0 else { return }
        self.value = nil
        var holes: [Hole] = []
        for (member, string) in varying.enumerated() {
            let decoded = string.value(value)
            guard let content = Self.stringContent(at: string.path, in: input, reader: reader) else {
                // Absent, or not a string (a null content, say): its bytes are part of the template.
                continue
            }
            guard let decoded, decoded.hasSameUTF8(as: content.string) else { return }
            holes.append(Hole(contentStart: content.start, closingQuote: content.closingQuote, member: member))
        }
        holes.sort { $0.contentStart < $1.contentStart }
        for (earlier, later) in zip(holes, holes.dropFirst()) where earlier.closingQuote >= later.contentStart {
            return
        }
        self.holes = holes
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: input)
        self.value = value
    }

    /// The string at `path` in the JSON document that fills `input`, with where its content starts and where its
    /// closing quote is; `nil` when the path leads nowhere or to another kind of value.
    private static func stringContent(
        at path: [JSONPath.Component], in input: UnsafeBufferPointer<UInt8>, reader: JSONReader
    ) -> (string: String, start: Int, closingQuote: Int)? {
        var parser = JSONParser(input: input, limits: reader.limits, options: reader.options, reservingCapacity: false)
        do {
            try parser.startDocument()
            for step in path {
                switch step {
                case .key(let key): guard try enterMember(key, with: &parser) else { return nil }
                case .index(let index): guard try enterElement(index, with: &parser) else { return nil }
                }
            }
            guard parser.position < input.count, input[parser.position] == .quote else { return nil }
            let start = parser.position + 1
            parser.position = start
            let string = try parser.readString()
            return (string, start, parser.position - 1)
        } catch {
            return nil
        }
    }

    /// Steps into the value of the object member `key` at the parser's position: `false` when the value there is
    /// not an object or has no such member.
    private static func enterMember(_ key: String, with parser: inout JSONParser) throws(JSONError) -> Bool {
        guard parser.position < parser.input.count, parser.input[parser.position] == .openBrace else { return false }
        parser.position += 1
        while true {
            parser.skipWhitespace()
            guard parser.position < parser.input.count, parser.input[parser.position] == .quote else { return false }
            parser.position += 1
            let name = try parser.readString(isKey: true)
            parser.skipWhitespace()
            guard parser.position < parser.input.count, parser.input[parser.position] == .colon else { return false }
            parser.position += 1
            parser.skipWhitespace()
            if name.hasSameUTF8(as: key) { return true }
            _ = try parser.parseValue()
            parser.skipWhitespace()
            guard parser.position < parser.input.count, parser.input[parser.position] == .comma else { return false }
            parser.position += 1
        }
    }

    /// Steps into the element `index` of the array at the parser's position: `false` when the value there is not
    /// an array or is shorter.
    private static func enterElement(_ index: Int, with parser: inout JSONParser) throws(JSONError) -> Bool {
        guard parser.position < parser.input.count, parser.input[parser.position] == .openBracket else {
            return false
        }
        parser.position += 1
        parser.skipWhitespace()
        guard parser.position < parser.input.count, parser.input[parser.position] != .closeBracket else { return false }
        for _ in 0..<index {
            _ = try parser.parseValue()
            parser.skipWhitespace()
            guard parser.position < parser.input.count, parser.input[parser.position] == .comma else { return false }
            parser.position += 1
            parser.skipWhitespace()
        }
        return true
    }
}
