/// At most a few values, the oldest replaced first once every place is taken: the direct coders' small caches of
/// the layouts they met last.
struct RecentValues<Element> {
    /// The values kept, in no particular order.
    private(set) var elements: [Element] = []
    /// The place the next value takes once all are taken.
    private var next = 0
    /// How many values are kept at most.
    let capacity: Int

    /// An empty cache of at most `capacity` values (no storage until the first).
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Keeps `element`, in place of the oldest value when the cache is full.
    mutating func insert(_ element: Element) {
        if elements.count < capacity {
            elements.append(element)
        } else {
            elements[next] = element
            next = (next + 1) % capacity
        }
    }
}

extension RecentValues: Sendable where Element: Sendable {}
