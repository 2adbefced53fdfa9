import Foundation

/// A first-in, first-out queue between threads; `push` waits while it is full, `pop` while it is empty.
final class Channel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?] = []
    private var head = 0
    private let capacity: Int
    private var closed = false

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an element; false when the channel was closed.
    @discardableResult
    func push(_ element: Element) -> Bool {
        condition.lock(); defer { condition.unlock() }
        while items.count - head >= capacity && !closed { condition.wait() }
        if closed { return false }
        items.append(element)
        condition.broadcast()
        return true
    }

    /// The next element, or nil once the channel is closed and empty.
    func pop() -> Element? {
        condition.lock(); defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let element = items[head]
        items[head] = nil // let go of it now: outcomes carry whole documents
        head += 1
        if head >= 64 && head * 2 >= items.count { items.removeFirst(head); head = 0 }
        condition.broadcast()
        return element!
    }

    /// Stops new elements; those already queued can still be taken unless `dropPending`.
    func close(dropPending: Bool = false) {
        condition.lock(); defer { condition.unlock() }
        closed = true
        if dropPending { items.removeAll(); head = 0 }
        condition.broadcast()
    }
}

/// A flag set from one thread (a signal handler's queue) and read from others.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
