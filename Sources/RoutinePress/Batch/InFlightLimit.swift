import Foundation

/// How many plans a batch may have between reading and writing at once: the reader waits for a
/// free place, and the writer frees one as each plan's files are written. So a slow plan holds
/// back the reading, not memory: the documents rendered behind it while it waits are at most this
/// many, however long the input.
final class InFlightLimit: @unchecked Sendable {
    private let condition = NSCondition()
    private var taken = 0
    private var open = false
    /// The most plans in flight.
    let limit: Int

    init(limit: Int) { self.limit = max(1, limit) }

    /// Takes a place, waiting while all are taken (returns at once after `openAll`).
    func take() {
        condition.lock(); defer { condition.unlock() }
        while taken >= limit && !open { condition.wait() }
        taken += 1
    }

    /// Frees a place.
    func free() {
        condition.lock(); defer { condition.unlock() }
        taken -= 1
        condition.signal()
    }

    /// Lets every waiting and later `take` through (a cancelled batch stops waiting).
    func openAll() {
        condition.lock(); defer { condition.unlock() }
        open = true
        condition.broadcast()
    }
}
