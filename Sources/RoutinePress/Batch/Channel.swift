import Foundation

/// A first-in, first-out queue between threads, without a bound; `pop` waits while it is empty.
final class Channel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?] = []
    private var head = 0

    /// Adds an element.
    func push(_ element: Element) {
        condition.lock(); defer { condition.unlock() }
        items.append(element)
        condition.broadcast()
    }

    /// The next element, waiting for one.
    func pop() -> Element {
        condition.lock(); defer { condition.unlock() }
        while head == items.count { condition.wait() }
        let element = items[head]
        items[head] = nil // let go of it now: outcomes carry whole documents
        head += 1
        if head >= 64 && head * 2 >= items.count { items.removeFirst(head); head = 0 }
        return element!
    }
}

/// A flag set from one thread (a signal handler's queue) and read from others.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
