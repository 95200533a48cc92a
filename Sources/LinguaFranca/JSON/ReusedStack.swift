/// The parser's stack of finished elements: its storage keeps its length when elements are popped, the popped
/// slots holding `vacant` (a value that owns nothing), so that closing a container moves its elements out and
/// lowers a count instead of removing a range from an array (which costs more than the moves).
struct ReusedStack<Element> {
    private var slots: [Element] = []
    private let vacant: Element
    /// The number of elements on the stack.
    private(set) var count = 0

    /// An empty stack whose popped slots hold `vacant`.
    init(vacant: Element) {
        self.vacant = vacant
    }

    /// The element at `index`, counted from the bottom; `index` must be below ``count``.
    subscript(index: Int) -> Element { slots[index] }

    /// Makes room for `capacity` elements.
    mutating func reserveCapacity(_ capacity: Int) {
        slots.reserveCapacity(capacity)
    }

    /// Pushes `element`.
    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count < slots.count {
            slots[count] = element
        } else {
            slots.append(element)
        }
        count += 1
    }

    /// Gives `body` the elements from `start` to the top, which it must move out (leaving the memory
    /// uninitialised), and pops them.
    mutating func popMoving<Result>(from start: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Result) -> Result
    {
        let popped = count - start
        count = start
        let vacant = vacant
        return slots.withUnsafeMutableBufferPointer { buffer in
            let range = UnsafeMutableBufferPointer(rebasing: buffer[start..<start + popped])
            let result = body(range)
            range.initialize(repeating: vacant)
            return result
        }
    }

    /// Empties the stack and releases what it held, keeping its capacity.
    mutating func removeAll() {
        slots.removeAll(keepingCapacity: true)
        count = 0
    }
}

extension ReusedStack: Sendable where Element: Sendable {}
